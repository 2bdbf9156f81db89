import { guideFor } from "@/lib/ai/offline/marketplace-guide";
import { presentableOrder } from "@/lib/ai/offline/order-facts";
import type { Classification, DraftContext, Intent } from "@/lib/ai/types";

// Sentences of an offline reply. `optional` sentences are dropped first when the reply is too long
// for the marketplace.
export type ReplyParts = { opening: string[]; body: string[]; optional: string[]; closing: string[] };

type ReplyInput = { context: DraftContext; classification: Classification; buyerText: string; variant: number };

const pick = <T>(options: readonly T[], variant: number): T => options[variant % options.length] as T;

// Quoted product names keep their own gender, so the noun "товар" carries the case: "товару «Куртка»".
function product(context: DraftContext, noun: "товар" | "товаром" | "товару" | "товара"): string {
  return context.product?.name ? `${noun} «${context.product.name}»` : noun;
}

function orderLabel(context: DraftContext): string {
  const { number } = presentableOrder(context.order, false);
  return number ? `заказ № ${number}` : "ваш заказ";
}

// Finer cases inside one intent, read off the buyer's words.
const WRONG_ITEM_RE = /не\s+т(от|а|о|у)(?![а-яё])|вместо|другой\s+цвет|перепутал|не\s+соответству/i;
const MISSING_RE = /не\s+хвата|нет\s+в\s+комплект|в\s+комплекте\s+нет|пуст|без\s+одн/i;
const COMPATIBILITY_RE = /совмест|подойд\S*\s+(на|к|для)(?![а-яё])|подходит\s+(на|к|для)(?![а-яё])|влез|встан/i;
const CANCEL_RE = /отмен|отказ|передумал/i;
const REFUND_STATUS_RE =
  /(деньг|средств|компенсац|рефанд).*(не\s+(при|вер)|когда|где|до\s+сих)|(когда|где).*(деньг|средств)/i;
const EXCHANGE_RE = /обмен|поменя/i;
const DELAY_RE = /до\s+сих|недел|обещал|долго|задерж|не\s+пришл|не\s+приход|не\s+привез|потерял/i;
const WHOLESALE_RE = /опт|парти|\d{2,}\s*(шт|штук)/i;

function deliveryReply({ context, classification, buyerText, variant }: ReplyInput): ReplyParts {
  const guide = guideFor(context.marketplace);
  const delayed = classification.sentiment === "negative" || DELAY_RE.test(buyerText);
  const opening = delayed
    ? [
        pick(
          [
            "Понимаем, как неприятно ждать, и приносим извинения за задержку.",
            "Извините, что заказ идёт дольше обещанного, — понимаем ваше беспокойство.",
          ],
          variant,
        ),
      ]
    : [pick(["Спасибо за вопрос!", "Спасибо, что написали!"], variant)];
  const body = [`Мы уже проверяем ${orderLabel(context)} со своей стороны.`];
  const status = presentableOrder(context.order, false).status;
  if (status) body.push(`Сейчас его статус — «${status}».`);
  if (context.order?.deliveryDate) body.push(`Ориентировочная дата доставки — ${context.order.deliveryDate}.`);
  if (context.order?.pickupPoint) body.push(`Пункт выдачи: ${context.order.pickupPoint}.`);
  body.push(guide.tracking);
  const optional = delayed
    ? [
        `Если в течение двух дней статус не изменится, напишите нам здесь — мы сами свяжемся ${guide.logistics} и поможем ускорить доставку.`,
      ]
    : ["Если появятся вопросы по доставке, напишите здесь — ответим."];
  return { opening, body, optional, closing: [] };
}

function sizeReply({ context, buyerText, variant }: ReplyInput): ReplyParts {
  const guide = guideFor(context.marketplace);
  if (COMPATIBILITY_RE.test(buyerText) && !/размер|рост|обхват/i.test(buyerText)) {
    return {
      opening: ["Спасибо за вопрос!"],
      body: [
        `Чтобы не ошибиться с совместимостью, напишите, пожалуйста, точную модель вашего устройства или размеры места — сверим их с характеристиками ${product(context, "товара")} и ответим здесь.`,
      ],
      optional: [
        "Основные размеры и список совместимых моделей также указаны в карточке товара, в разделе «Характеристики».",
      ],
      closing: [],
    };
  }
  const body: string[] = [];
  if (context.product?.sizeChartHint) body.push(`По нашей размерной сетке: ${context.product.sizeChartHint}.`);
  body.push(
    pick(
      [
        "Сверьте, пожалуйста, свои замеры (обхват груди, талии и бёдер или длину стопы) с таблицей размеров.",
        "Надёжнее всего ориентироваться на ваши замеры, а не на привычный размер: сравните их с таблицей размеров.",
      ],
      variant,
    ),
    guide.sizeChart,
  );
  return {
    opening: [pick(["С удовольствием поможем с размером!", "Спасибо за вопрос, поможем подобрать размер."], variant)],
    body,
    optional: [
      "Если вы между двумя размерами, для свободной посадки лучше взять больший.",
      "Напишите рост и обхваты — подскажем точнее.",
    ],
    closing: [],
  };
}

function defectReply({ context, buyerText, variant }: ReplyInput): ReplyParts {
  const guide = guideFor(context.marketplace);
  const opening = WRONG_ITEM_RE.test(buyerText)
    ? ["Приносим извинения: похоже, при сборке заказа перепутали товар."]
    : MISSING_RE.test(buyerText)
      ? ["Приносим извинения за некомплект — так быть не должно."]
      : [
          pick(
            [
              `Очень жаль, что ${product(context, "товар")} пришёл с дефектом, — приносим извинения.`,
              `Нам очень жаль, что с ${product(context, "товаром")} возникла проблема.`,
            ],
            variant,
          ),
        ];
  return {
    opening,
    body: [
      guide.defectHow,
      "После одобрения заявки деньги вернутся полностью, а если захотите — закажите замену: мы дополнительно проверим её перед отправкой.",
    ],
    optional: ["Спасибо, что сообщили: мы передали информацию на склад, чтобы проверить партию и упаковку."],
    closing: [],
  };
}

function returnReply({ context, classification, buyerText, variant }: ReplyInput): ReplyParts {
  const guide = guideFor(context.marketplace);
  const apology = classification.sentiment === "negative" ? ["Приносим извинения за неудобства — разберёмся."] : [];
  if (CANCEL_RE.test(buyerText)) {
    return {
      opening: [...apology, "Конечно, поможем."],
      body: [guide.cancel],
      optional: ["Деньги вернутся тем же способом, которым вы оплачивали заказ."],
      closing: [],
    };
  }
  if (REFUND_STATUS_RE.test(buyerText)) {
    return {
      opening: apology.length ? apology : ["Спасибо, что написали."],
      body: [guide.refundTiming],
      optional: ["Если срок уже прошёл, напишите здесь номер заказа — проверим возврат со своей стороны."],
      closing: [],
    };
  }
  if (EXCHANGE_RE.test(buyerText)) {
    return {
      opening: [...apology, "Конечно, поможем с заменой."],
      body: [guide.exchange, guide.returnHow],
      optional: [],
      closing: [],
    };
  }
  return {
    opening: [...apology, pick(["Конечно, товар можно вернуть.", "Вернуть товар можно, расскажем как."], variant)],
    body: [guide.returnHow],
    optional: ["Сохраните, пожалуйста, бирки, этикетки и товарный вид — так возврат пройдёт без вопросов."],
    closing: [],
  };
}

function availabilityReply({ context, buyerText, variant }: ReplyInput): ReplyParts {
  const guide = guideFor(context.marketplace);
  // A marketplace of listings (its guide says what to say) has no card with sizes and no stock alerts.
  const body = guide.availability
    ? [guide.availability]
    : ["Актуальное наличие размеров и цветов видно в карточке товара.", guide.stockWatch];
  const optional = WHOLESALE_RE.test(buyerText)
    ? ["Для большого количества напишите, сколько штук нужно, — подскажем сроки и возможность поставки."]
    : ["Если нужного варианта нет, напишите, какой размер или цвет ищете, — сообщим о поступлении здесь."];
  return {
    opening: [
      pick(
        [
          `Спасибо за интерес к ${context.product?.name ? product(context, "товару") : "нашему товару"}!`,
          "Спасибо за вопрос!",
        ],
        variant,
      ),
    ],
    body,
    optional,
    closing: [],
  };
}

function thanksReply({ variant }: ReplyInput): ReplyParts {
  return {
    opening: [pick(["Спасибо за тёплые слова!", "Большое спасибо за обратную связь!"], variant)],
    body: [pick(["Очень рады, что покупка вас порадовала.", "Нам очень приятно, что всё понравилось."], variant)],
    optional: ["Будем рады видеть вас снова."],
    closing: [],
  };
}

function otherReply({ context, classification, variant }: ReplyInput): ReplyParts {
  const negative = classification.sentiment === "negative";
  return {
    opening: [
      negative ? "Приносим извинения за неудобства." : pick(["Спасибо за вопрос!", "Спасибо, что написали!"], variant),
    ],
    body: [
      context.product?.name
        ? `Уточним информацию по ${product(context, "товару")} и ответим здесь же.`
        : "Уточним информацию и ответим здесь же.",
    ],
    optional: ["Основные характеристики также указаны в карточке товара, в разделе «Характеристики и описание»."],
    closing: [],
  };
}

const BY_INTENT: Record<Intent, (input: ReplyInput) => ReplyParts> = {
  delivery: deliveryReply,
  size_fit: sizeReply,
  defect: defectReply,
  return: returnReply,
  availability: availabilityReply,
  thanks: thanksReply,
  other: otherReply,
  no_reply: () => ({ opening: ["Спасибо!"], body: ["Если появятся вопросы, пишите сюда."], optional: [], closing: [] }),
};

// A negative review is answered in public: empathy first, a concrete fix, and a gentle invitation to
// update the review once the problem is solved. Never a request for a particular score.
export function russianReply(input: ReplyInput): ReplyParts {
  const parts = BY_INTENT[input.classification.intent](input);
  if (!isNegativeReview(input.context, input.classification)) return parts;
  const empathy = "Нам очень жаль, что покупка вас расстроила, — спасибо, что честно рассказали об этом.";
  const fix = ["thanks", "other", "no_reply"].includes(input.classification.intent) ? [] : parts.body;
  return {
    opening: [empathy],
    body: fix.length
      ? fix
      : [
          input.context.kind === "chat"
            ? "Мы уже разбираемся в ситуации и готовы помочь: расскажите, пожалуйста, здесь, что случилось, и мы предложим решение — замену или возврат денег через маркетплейс."
            : "Мы уже разбираемся в ситуации и готовы помочь: напишите нам в чат заказа, и мы предложим решение — замену или возврат денег.",
        ],
    optional: parts.optional,
    closing: [
      "Если после решения вопроса ваше впечатление изменится, будем признательны, если вы дополните отзыв — это поможет другим покупателям.",
    ],
  };
}

export function isNegativeReview(context: DraftContext, classification: Classification): boolean {
  // A chat the marketplace opened about a negative review (Wildberries) is a chat, not a public answer;
  // the caller says so explicitly and it gets the same empathetic treatment.
  if (context.isNegativeReview) return true;
  if (context.kind !== "review") return false;
  return (context.rating !== undefined && context.rating <= 3) || classification.sentiment === "negative";
}
