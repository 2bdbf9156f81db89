import { createSeededRandom, seededDraws, type SeededDraws } from "@/lib/marketplaces/simulator/random";
import type { DemoChat, DemoMessage } from "@/lib/marketplaces/simulator/demo-world-types";
import { createDemoBuyers } from "@/lib/seed/demo-buyers";
import { fullMessageText } from "@/lib/text/review-text";
import {
  demoConversationId,
  demoMessageId,
  demoOrderNumber,
  demoReplySign,
  type DemoMarketplace,
} from "@/lib/seed/demo-ids";
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
  SELLER_CLOSINGS,
  type Turn,
} from "@/lib/seed/demo-content";

const DEMO_BUYER_LOCALES = ["en-US", "de-DE", "en-GB", "fr-FR"];

const PLAN: { marketplace: DemoMarketplace; chats: number; questions: number; reviews: number; negative: number }[] = [
  { marketplace: "wildberries", chats: 52, questions: 12, reviews: 8, negative: 5 },
  { marketplace: "ozon", chats: 38, questions: 0, reviews: 0, negative: 0 },
  // Yandex Market questions are answered in its cabinet only (their methods are not in the API we use).
  { marketplace: "yandex_market", chats: 30, questions: 0, reviews: 12, negative: 0 },
  { marketplace: "avito", chats: 30, questions: 0, reviews: 0, negative: 0 },
  { marketplace: "amazon", chats: 13, questions: 0, reviews: 0, negative: 0 },
];
const TOPICS = Object.keys(DIALOGUES) as (keyof typeof DIALOGUES)[];
const MINUTE = 60_000;
// The reply deadline the inbox gives such a conversation (lib/inbox/chat-sla.ts): questions an hour, the rest a day.
const SLA_MINUTES = { CHAT: 24 * 60, QUESTION: 60, REVIEW: 24 * 60 } as const;
/** About one conversation in six awaiting a reply is overdue; the rest are within their deadline. */
export const DEMO_OVERDUE_SHARE = 1 / 6;

/** How long ago the newest message was: recent for those awaiting a reply (a few overdue), up to two weeks for the rest. */
function ageMinutes(r: SeededDraws, kind: DemoChat["kind"], awaiting: boolean): number {
  if (!awaiting) return Math.floor(r.next() ** 2 * 14 * 24 * 60) + r.int(1, 50);
  const sla = SLA_MINUTES[kind];
  return r.next() < DEMO_OVERDUE_SHARE
    ? sla + r.int(20, kind === "QUESTION" ? 6 * 60 : 36 * 60)
    : r.int(3, Math.floor(sla * 0.85));
}

/** The demo workspace's conversations, relative to `now`; same seed, same conversations and ids. */
export function buildDemoChats({ seed, now, userIds }: { seed: number; now: Date; userIds: string[] }): DemoChat[] {
  const r = seededDraws(createSeededRandom(seed));
  const chats: DemoChat[] = [];
  const nextBuyer = createDemoBuyers(seed);
  let n = 0;

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
      const drawnName = `${r.pick(FIRST_NAMES)} ${r.pick(LAST_INITIALS)}.`;
      const buyer =
        kind === "CHAT" ? nextBuyer({ marketplace: plan.marketplace, drawnName }) : { name: drawnName, buyerId: null };
      const name = buyer.name;
      const size = product.sizes.length ? r.pick(product.sizes) : "";
      const order = demoOrderNumber(r, plan.marketplace);
      const externalId = demoConversationId(r, plan.marketplace, kind, order);
      const productId = r.number(8);
      const fill = (text: string) =>
        text
          .replaceAll("{name}", name.split(" ")[0]!)
          .replaceAll("{product}", product.title.toLowerCase())
          .replaceAll("{size}", size || "этот")
          .replaceAll("{order}", order ?? "");
      const negative = kind === "CHAT" && i < plan.negative;

      let turns: (Turn | ["m", string])[] = [];
      let rating: number | null = null;
      let reviewParts: { reviewPros?: string; reviewCons?: string } = {};
      if (plan.marketplace === "amazon") {
        turns = Array.from({ length: r.int(1, 3) }, () => ["s", r.pick(AMAZON_MESSAGES)] as Turn);
      } else if (kind === "QUESTION") {
        turns = [["b", r.pick(QUESTIONS)]];
        if (r.next() < 0.4)
          turns.push([
            "s",
            "Здравствуйте! Спасибо за вопрос, подробности есть в описании товара, а если что-то неясно — напишите, ответим.",
          ]);
      } else if (kind === "REVIEW") {
        const review = r.pick(REVIEWS);
        rating = review.rating;
        turns = [["b", review.text]];
        reviewParts = {
          ...(review.pros ? { reviewPros: review.pros } : {}),
          ...(review.cons ? { reviewCons: review.cons } : {}),
        };
      } else if (negative) {
        rating = r.int(1, 3);
        turns = [
          ["m", NEGATIVE_REVIEW_TEMPLATE.replace("{rating}", String(rating))],
          ...NEGATIVE_REVIEW_DIALOGUE.slice(0, r.int(1, 3)),
        ];
      } else {
        const target = r.int(7, 18);
        while (turns.length < target) turns.push(...r.pick(DIALOGUES[r.pick(TOPICS)]));
        // About a third of conversations stop on a buyer message that still needs an answer; the rest were
        // answered to the end (a buyer's last "ок" gets the seller's closing line).
        if (r.next() < 0.35) {
          const lastBuyer = turns.map((t) => t[0]).lastIndexOf("b");
          turns = turns.slice(0, lastBuyer + 1);
        } else if (turns.at(-1)![0] === "b") {
          turns.push(["s", r.pick(SELLER_CLOSINGS)]);
        }
      }
      const awaiting = turns.at(-1)![0] === "b";
      const lastAt = new Date(now.getTime() - ageMinutes(r, kind, awaiting) * MINUTE);

      // Space the turns backwards from lastAt: minutes inside a topic, occasionally a day apart (not
      // among the buyer's unanswered messages, which the deadline counts from).
      let trailingBuyer = 0;
      for (let k = turns.length - 1; k >= 0 && turns[k]![0] === "b"; k--) trailingBuyer++;
      const times: Date[] = [];
      let t = lastAt.getTime();
      for (let k = turns.length - 1; k >= 0; k--) {
        times[k] = new Date(t);
        const waiting = k > turns.length - trailingBuyer;
        t -= (!waiting && r.next() < 0.12 ? r.int(600, 2880) : r.int(2, waiting ? 5 : 90)) * MINUTE;
      }
      const unread = awaiting && r.next() < 0.7 ? trailingBuyer : 0;
      const assigneeId = r.next() < 0.45 ? r.pick(userIds) : null;
      const answerable = kind === "CHAT" ? null : `${kind.toLowerCase()}:${externalId}`;
      const messages: DemoMessage[] = turns.map(([who, text], k) => {
        const author: DemoMessage["author"] = who === "b" ? "BUYER" : who === "s" ? "SELLER" : "MARKETPLACE";
        const createdAt = times[k]!;
        const isUnread = author === "BUYER" && k >= turns.length - unread;
        return {
          id: `${id}_m${String(k).padStart(2, "0")}`,
          chatId: id,
          // Reviews and questions: what review import names the text and the answer (lib/ingest/sync-reviews.ts).
          externalId: answerable
            ? k === 0
              ? answerable
              : `${answerable}:answer`
            : demoMessageId({ r, marketplace: plan.marketplace, n, k }),
          author,
          text: fill(text),
          ...(k === 0 ? reviewParts : {}),
          createdAt,
          readAt: author === "BUYER" && !isUnread ? new Date(createdAt.getTime() + MINUTE) : null,
          status: author === "SELLER" ? "SENT" : null,
          senderUserId: author === "SELLER" && plan.marketplace !== "amazon" && r.next() < 0.6 ? r.pick(userIds) : null,
        };
      });
      const awaitingSince = awaiting ? times[turns.length - trailingBuyer]! : null;
      const resolved =
        !awaiting && kind === "CHAT" && !negative && lastAt.getTime() < now.getTime() - 2 * 24 * 60 * MINUTE;
      chats.push({
        id,
        marketplace: plan.marketplace,
        kind,
        externalId,
        contextType: kind === "CHAT" ? (plan.marketplace === "avito" ? "ITEM" : "ORDER") : "PRODUCT",
        orderId: kind === "CHAT" || plan.marketplace === "yandex_market" ? order : null,
        productId: plan.marketplace === "avito" ? null : productId,
        itemId: plan.marketplace === "avito" ? productId : null,
        productTitle: product.title,
        customerName: plan.marketplace === "amazon" ? "Amazon buyer" : name,
        buyerId: buyer.buyerId,
        buyerLocale: plan.marketplace === "amazon" ? DEMO_BUYER_LOCALES[n % DEMO_BUYER_LOCALES.length]! : null,
        status: resolved ? "RESOLVED" : "OPEN",
        marketplaceStatus: demoMarketplaceStatus({ marketplace: plan.marketplace, kind, awaiting }),
        rating,
        unreadCount: unread,
        lastMessageAt: lastAt,
        lastMessagePreview: fullMessageText(messages.at(-1)!).slice(0, 140),
        awaitingReplySince: awaitingSince,
        assigneeId,
        replyToken: plan.marketplace === "wildberries" && kind === "CHAT" ? demoReplySign(r, externalId) : null,
        createdAt: times[0]!,
        messages,
      });
    });
  }
  return chats;
}

/** What the marketplace reports: Yandex Market's chat status; review import marks reviews and questions awaiting an answer. */
function demoMarketplaceStatus({
  marketplace,
  kind,
  awaiting,
}: {
  marketplace: DemoMarketplace;
  kind: DemoChat["kind"];
  awaiting: boolean;
}): string | null {
  if (kind !== "CHAT") return awaiting ? "NEED_REACTION" : "ANSWERED";
  if (marketplace === "yandex_market") return awaiting ? "WAITING_FOR_PARTNER" : "WAITING_FOR_CUSTOMER";
  return null;
}
