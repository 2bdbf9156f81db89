import { guideFor } from "@/lib/ai/offline/marketplace-guide";
import { praisedAspect, reviewProblem } from "@/lib/ai/offline/review-problem";
import type { ReplyParts } from "@/lib/ai/offline/russian-replies";
import type { Classification, DraftContext } from "@/lib/ai/types";

// A public answer to a review that fits its rating and what the buyer wrote: 4-5 stars get thanks
// that name the product (and what the buyer praised); 1-3 stars get the buyer's problem named in their
// own words, one apology and the marketplace's own route to a fix. Wording varies with the seed (the
// review's id), so a page of answers does not repeat one template.

const pick = <T>(options: readonly T[], variant: number): T => options[variant % options.length] as T;

type Input = { context: DraftContext; classification: Classification; buyerText: string; variant: number };

function isLow(context: DraftContext, classification: Classification): boolean {
  return context.rating !== undefined ? context.rating <= 3 : classification.sentiment === "negative";
}

export function russianReviewReply({ context, classification, buyerText, variant }: Input): ReplyParts {
  const name = context.product?.name;
  if (!isLow(context, classification)) {
    const aspect = praisedAspect({ text: buyerText, english: false });
    return {
      opening: [
        pick(
          name
            ? [
                `Спасибо за высокую оценку «${name}»!`,
                `Благодарим за отзыв о «${name}»!`,
                `Спасибо, что выбрали «${name}» и поделились впечатлениями!`,
              ]
            : ["Спасибо за высокую оценку!", "Благодарим за тёплый отзыв!", "Спасибо, что поделились впечатлениями!"],
          variant,
        ),
      ],
      body: [
        aspect
          ? `Особенно приятно читать о ${aspect}.`
          : pick(
              [
                "Очень рады, что покупка понравилась.",
                "Нам приятно, что товар оправдал ожидания.",
                "Такие отзывы очень вдохновляют нашу команду.",
              ],
              variant,
            ),
      ],
      optional: [],
      closing: [pick(["Будем рады видеть вас снова!", "Ждём вас снова!", "Приятных покупок!"], variant + 1)],
    };
  }
  const guide = guideFor(context.marketplace);
  const problem = reviewProblem({ text: buyerText, english: false });
  const apology = problem
    ? pick(
        [
          `Нам очень жаль, что ${problem}, — приносим извинения.`,
          `Приносим извинения: ${problem} — так быть не должно.`,
          `Простите, что так вышло: ${problem}.`,
        ],
        variant,
      )
    : pick(
        [
          "Нам очень жаль, что покупка вас расстроила, — приносим извинения.",
          "Приносим извинения за испорченное впечатление от покупки.",
        ],
        variant,
      );
  const route =
    classification.intent === "size_fit" || /размер|маломер|большемер|мал[аоы]?(?![а-яё])|велик/iu.test(buyerText)
      ? guide.returnHow
      : classification.intent === "delivery"
        ? guide.tracking
        : guide.defectHow;
  return {
    opening: [apology],
    body: [route],
    optional: [
      pick(
        [
          "Мы передали ваш отзыв на склад и производство, чтобы проверить партию.",
          "Ваше замечание уже передано команде: проверим партию и упаковку.",
        ],
        variant,
      ),
    ],
    closing: [],
  };
}

export function englishReviewReply({ context, classification, buyerText, variant }: Input): ReplyParts {
  const name = context.product?.name;
  if (!isLow(context, classification)) {
    const aspect = praisedAspect({ text: buyerText, english: true });
    return {
      opening: [
        pick(
          name
            ? [
                `Thank you for the great review of ${name}!`,
                `Thanks for choosing ${name} and sharing your impressions!`,
              ]
            : ["Thank you for the great review!", "Thanks for sharing your impressions!"],
          variant,
        ),
      ],
      body: [aspect ? `We are especially glad you liked ${aspect}.` : "We are glad you like your purchase."],
      optional: [],
      closing: ["We hope to see you again."],
    };
  }
  const problem = reviewProblem({ text: buyerText, english: true });
  return {
    opening: [problem ? `We are sorry to hear that ${problem}.` : "We are sorry your purchase disappointed you."],
    body: ["You can request a replacement or a refund from Your Orders, and we will make sure it is handled quickly."],
    optional: ["We have passed your feedback on to our quality team."],
    closing: [],
  };
}
