import { createSeededRandom, seededDraws } from "@/lib/marketplaces/simulator/random";
import { WB_REVIEW_TEMPLATE } from "@/lib/marketplaces/simulator/negative-reviews";
import type {
  DemoCaseMessage,
  DemoCasePlan,
  DemoWbCase,
  DemoYmCase,
} from "@/lib/marketplaces/simulator/demo-world-types";
import { demoConversationId, demoReplySign } from "@/lib/seed/demo-ids";

// The demo's negative-review cases (what the database seed stores and the simulator's demo world holds),
// relative to now: Wildberries cases in every state — two held until the buyer replies, one in its last
// 12 hours, one with days left, a handled and a published one — and a Yandex Market review to answer.

const H = 3_600_000;
const SELLER_TEXT = "Здравствуйте! Нам очень жаль. Предлагаем замену или возврат — как вам удобнее?";
const REVIEW_ANSWER = "Спасибо, что рассказали! Мы связались с вами в чате и помогли решить вопрос.";

const WB_CASES: DemoCasePlan[] = [
  {
    name: "Ольга Смирнова",
    product: "Платье льняное миди",
    nmId: "204518733",
    rating: 2,
    text: "Село после первой стирки на размер",
    reviewAgoH: 0.2,
    buyerReplyAgoH: null,
    sellerAgoH: null,
    status: "AWAITING_BUYER",
    link: "HIGH",
  },
  {
    name: "Игорь",
    product: "Кроссовки беговые",
    nmId: "187220451",
    rating: 1,
    text: "Подошва отклеилась через неделю",
    reviewAgoH: 3,
    buyerReplyAgoH: null,
    sellerAgoH: null,
    status: "AWAITING_BUYER",
    link: "MEDIUM",
  },
  {
    name: "Анна К.",
    product: "Джинсы прямые",
    nmId: "176330912",
    rating: 2,
    text: "Цвет не как на фото",
    reviewAgoH: 66,
    buyerReplyAgoH: 64,
    sellerAgoH: 63.5,
    status: "IN_PROGRESS",
    link: "HIGH",
  },
  {
    name: "Сергей",
    product: "Рубашка оксфорд",
    nmId: "165110823",
    rating: 3,
    text: "Пуговица оторвалась",
    reviewAgoH: 15,
    buyerReplyAgoH: 14,
    sellerAgoH: null,
    status: "IN_PROGRESS",
    link: "LOW",
  },
  {
    name: "Мария",
    product: "Свитер вязаный",
    nmId: "154900117",
    rating: 2,
    text: "Колется",
    reviewAgoH: 120,
    buyerReplyAgoH: 118,
    sellerAgoH: 117.5,
    status: "RESOLVED",
    link: "HIGH",
    finalRating: 5,
  },
  {
    name: "Павел",
    product: "Шарф кашемировый",
    nmId: "143800229",
    rating: 1,
    text: "Пришёл с затяжкой",
    reviewAgoH: 200,
    buyerReplyAgoH: 190,
    sellerAgoH: 170,
    status: "PUBLISHED",
    link: "HIGH",
  },
];

/** Same seed, same ids; dates relative to `now`. */
export function buildDemoNegativeReviews({ seed, now }: { seed: number; now: Date }): {
  wb: DemoWbCase[];
  ym: DemoYmCase;
} {
  const r = seededDraws(createSeededRandom(seed + 1));
  const ago = (h: number) => new Date(now.getTime() - h * H);
  const wb = WB_CASES.map((c, i): DemoWbCase => {
    const feedbackId = demoConversationId(r, "wildberries", "REVIEW", null);
    const chatId = demoConversationId(r, "wildberries", "CHAT", null);
    const message = (k: string, author: DemoCaseMessage["author"], text: string, at: Date): DemoCaseMessage =>
      // Ids sort after the generated demo content ("zz-…"), which the seed test compares.
      ({ id: `zz-demo-nr-wb-${i}-${k}`, externalId: r.uuid(), author, text, createdAt: at });
    const messages = [
      message("t", "MARKETPLACE", WB_REVIEW_TEMPLATE(c.rating, c.product), ago(c.reviewAgoH - 0.05)),
      ...(c.buyerReplyAgoH !== null
        ? [message("b", "BUYER", `Здравствуйте. ${c.text}, очень расстроена покупкой.`, ago(c.buyerReplyAgoH))]
        : []),
      ...(c.sellerAgoH !== null ? [message("s", "SELLER", SELLER_TEXT, ago(c.sellerAgoH))] : []),
    ];
    const reply = c.buyerReplyAgoH !== null ? ago(c.buyerReplyAgoH) : null;
    return {
      ...c,
      feedbackId,
      chatId,
      replySign: demoReplySign(r, chatId),
      orderId: r.number(10),
      messages,
      reviewCreatedAt: ago(c.reviewAgoH),
      firstBuyerReplyAt: reply,
      deadlineAt: reply ? new Date(reply.getTime() + 72 * H) : null,
      firstSellerResponseAt: c.sellerAgoH !== null ? ago(c.sellerAgoH) : null,
      answer:
        c.status === "RESOLVED" || c.status === "PUBLISHED"
          ? { text: REVIEW_ANSWER, createdAt: ago(c.sellerAgoH! - 1) }
          : null,
    };
  });
  const ym: DemoYmCase = {
    feedbackId: demoConversationId(r, "yandex_market", "REVIEW", null),
    orderId: r.number(9),
    offerId: "SKU-4410",
    product: "Пальто демисезонное",
    name: "Екатерина",
    rating: 2,
    text: "Маломерит на размер, рукава короткие",
    createdAt: ago(2),
  };
  return { wb, ym };
}
