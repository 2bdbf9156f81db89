import {
  AMAZON_MESSAGES,
  DIALOGUES,
  FIRST_NAMES,
  LAST_INITIALS,
  NEGATIVE_REVIEW_DIALOGUE,
  NEGATIVE_REVIEW_TEMPLATE,
  PRODUCTS,
  QUESTIONS,
  REVIEWS,
  type Turn,
} from "@/lib/seed/demo-content";

export type DemoMarketplace = "WILDBERRIES" | "OZON" | "YANDEX_MARKET" | "AVITO" | "AMAZON";
type Author = "BUYER" | "SELLER" | "MARKETPLACE" | "SYSTEM";

export type DemoMessage = { id: string; chatId: string; externalId: string; author: Author; text: string; createdAt: Date; readAt: Date | null; status: "SENT" | null; senderUserId: string | null };
export type DemoChat = {
  id: string;
  marketplace: DemoMarketplace;
  kind: "CHAT" | "QUESTION" | "REVIEW";
  externalId: string;
  contextType: "ORDER" | "PRODUCT" | "ITEM" | "NONE";
  orderId: string | null;
  productId: string | null;
  itemId: string | null;
  productTitle: string;
  customerName: string;
  /** Amazon states the buyer's language per order (GetAttributes); demo orders are not in the simulator. */
  buyerLocale: string | null;
  status: "OPEN" | "RESOLVED";
  marketplaceStatus: string | null;
  rating: number | null;
  unreadCount: number;
  lastMessageAt: Date;
  lastMessagePreview: string;
  awaitingReplySince: Date | null;
  assigneeId: string | null;
  createdAt: Date;
  messages: DemoMessage[];
};

// Not drawn from the generator, so adding them changed no other demo data.
const DEMO_BUYER_LOCALES = ["en-US", "de-DE", "en-GB", "fr-FR"];

// mulberry32: small, fast, deterministic.
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join("");
  return { next, int, pick, digits };
}

const PLAN: { marketplace: DemoMarketplace; chats: number; questions: number; reviews: number; negative: number }[] = [
  { marketplace: "WILDBERRIES", chats: 52, questions: 12, reviews: 8, negative: 5 },
  { marketplace: "OZON", chats: 38, questions: 0, reviews: 0, negative: 0 },
  { marketplace: "YANDEX_MARKET", chats: 30, questions: 6, reviews: 6, negative: 0 },
  { marketplace: "AVITO", chats: 30, questions: 0, reviews: 0, negative: 0 },
  { marketplace: "AMAZON", chats: 13, questions: 0, reviews: 0, negative: 0 },
];
const TOPICS = Object.keys(DIALOGUES) as (keyof typeof DIALOGUES)[];
const MINUTE = 60_000;

export function buildDemoChats({ seed, now, userIds }: { seed: number; now: Date; userIds: string[] }): DemoChat[] {
  const r = rng(seed);
  const chats: DemoChat[] = [];
  let n = 0;
  const orderId = (m: DemoMarketplace) =>
    m === "OZON" ? `${r.digits(8)}-${r.digits(4)}-1` : m === "AMAZON" ? `${r.int(111, 408)}-${r.digits(7)}-${r.digits(7)}` : m === "AVITO" ? r.digits(10) : r.digits(9);

  for (const plan of PLAN) {
    const kinds = [
      ...Array<"CHAT">(plan.chats).fill("CHAT"),
      ...Array<"QUESTION">(plan.questions).fill("QUESTION"),
      ...Array<"REVIEW">(plan.reviews).fill("REVIEW"),
    ];
    kinds.forEach((kind, i) => {
      n += 1;
      const id = `demo_chat_${String(n).padStart(3, "0")}`;
      const product = r.pick(PRODUCTS);
      const name = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_INITIALS)}.`;
      const size = product.sizes.length ? r.pick(product.sizes) : "";
      const order = orderId(plan.marketplace);
      const productId = r.digits(8);
      const fill = (text: string) =>
        text.replaceAll("{name}", name.split(" ")[0]!).replaceAll("{product}", product.title.toLowerCase()).replaceAll("{size}", size || "этот").replaceAll("{order}", order);
      const negative = kind === "CHAT" && i < plan.negative;
      // Recent chats are denser, as in a real inbox: squares skew the ages toward now.
      const lastAt = new Date(now.getTime() - Math.floor(r.next() ** 2 * 14 * 24 * 60) * MINUTE - r.int(1, 50) * MINUTE);

      let turns: (Turn | ["m", string])[] = [];
      let rating: number | null = null;
      if (plan.marketplace === "AMAZON") {
        turns = Array.from({ length: r.int(1, 3) }, () => ["s", r.pick(AMAZON_MESSAGES)] as Turn);
      } else if (kind === "QUESTION") {
        turns = [["b", r.pick(QUESTIONS)]];
        if (r.next() < 0.4) turns.push(["s", "Здравствуйте! Спасибо за вопрос, подробности есть в описании товара, а если что-то неясно — напишите, ответим."]);
      } else if (kind === "REVIEW") {
        const review = r.pick(REVIEWS);
        rating = review.rating;
        turns = [["b", review.text]];
      } else if (negative) {
        rating = r.int(1, 3);
        turns = [["m", NEGATIVE_REVIEW_TEMPLATE.replace("{rating}", String(rating))], ...NEGATIVE_REVIEW_DIALOGUE.slice(0, r.int(1, 3))];
      } else {
        const target = r.int(7, 18);
        while (turns.length < target) turns.push(...r.pick(DIALOGUES[r.pick(TOPICS)]));
        // About a third of conversations stop on a buyer message that still needs an answer.
        if (r.next() < 0.35) {
          const lastBuyer = turns.map((t) => t[0]).lastIndexOf("b");
          turns = turns.slice(0, lastBuyer + 1);
        }
      }

      // Space the turns backwards from lastAt: minutes inside a topic, occasionally a day apart.
      const times: Date[] = [];
      let t = lastAt.getTime();
      for (let k = turns.length - 1; k >= 0; k--) {
        times[k] = new Date(t);
        t -= (r.next() < 0.12 ? r.int(600, 2880) : r.int(2, 90)) * MINUTE;
      }
      const lastTurn = turns.at(-1)!;
      const awaiting = lastTurn[0] === "b";
      let trailingBuyer = 0;
      for (let k = turns.length - 1; k >= 0 && turns[k]![0] === "b"; k--) trailingBuyer++;
      const unread = awaiting && r.next() < 0.7 ? trailingBuyer : 0;
      const assigneeId = r.next() < 0.45 ? r.pick(userIds) : null;
      const messages: DemoMessage[] = turns.map(([who, text], k) => {
        const author: Author = who === "b" ? "BUYER" : who === "s" ? "SELLER" : "MARKETPLACE";
        const createdAt = times[k]!;
        const isUnread = author === "BUYER" && k >= turns.length - unread;
        return {
          id: `${id}_m${String(k).padStart(2, "0")}`,
          chatId: id,
          // Ozon and Yandex Market number their messages (Ozon's ids pass 2^53; the connector reads them as BigInt).
          externalId: plan.marketplace === "OZON" || plan.marketplace === "YANDEX_MARKET" ? String(3_000_000_000_000_000n + BigInt(n * 100 + k)) : `${plan.marketplace.toLowerCase()}-${n}-${k}`,
          author,
          text: fill(text),
          createdAt,
          readAt: author === "BUYER" && !isUnread ? new Date(createdAt.getTime() + MINUTE) : null,
          status: author === "SELLER" ? "SENT" : null,
          senderUserId: author === "SELLER" && plan.marketplace !== "AMAZON" && r.next() < 0.6 ? r.pick(userIds) : null,
        };
      });
      const awaitingSince = awaiting ? times[turns.length - trailingBuyer]! : null;
      const resolved = !awaiting && kind === "CHAT" && !negative && lastAt.getTime() < now.getTime() - 2 * 24 * 60 * MINUTE;
      chats.push({
        id,
        marketplace: plan.marketplace,
        kind,
        externalId: plan.marketplace === "WILDBERRIES" && kind === "CHAT" ? `1:${r.digits(8)}-${r.digits(4)}` : `${plan.marketplace.toLowerCase()}-${kind.toLowerCase()}-${n}`,
        contextType: kind === "CHAT" ? (plan.marketplace === "AVITO" ? "ITEM" : "ORDER") : "PRODUCT",
        orderId: kind === "CHAT" && plan.marketplace !== "AVITO" ? order : null,
        productId: plan.marketplace === "AVITO" ? null : productId,
        itemId: plan.marketplace === "AVITO" ? r.digits(10) : null,
        productTitle: product.title,
        customerName: plan.marketplace === "AMAZON" ? "Amazon buyer" : name,
        buyerLocale: plan.marketplace === "AMAZON" ? DEMO_BUYER_LOCALES[n % DEMO_BUYER_LOCALES.length]! : null,
        status: resolved ? "RESOLVED" : "OPEN",
        marketplaceStatus: plan.marketplace === "YANDEX_MARKET" && kind === "CHAT" ? (awaiting ? "WAITING_FOR_PARTNER" : "WAITING_FOR_CUSTOMER") : null,
        rating,
        unreadCount: unread,
        lastMessageAt: lastAt,
        lastMessagePreview: messages.at(-1)!.text.slice(0, 140),
        awaitingReplySince: awaitingSince,
        assigneeId,
        createdAt: times[0]!,
        messages,
      });
    });
  }
  return chats;
}
