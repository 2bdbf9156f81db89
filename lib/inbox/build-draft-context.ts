import type { DraftContextInput } from "@/lib/ai/types";
import { prisma } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { ensureBuyerLocale } from "@/lib/inbox/ensure-buyer-locale";
import { displayOrderNumber } from "@/lib/text/order-number";
import { getShopFacts } from "@/lib/shop-facts/get-shop-facts";
import { FULL_MESSAGE_TEXT_SELECT, fullMessageText } from "@/lib/text/review-text";

// Fetched a little deeper than lib/ai keeps (MAX_CONTEXT_MESSAGES = 12): failed sends are skipped.
const RECENT_MESSAGES = 20;
// Wildberries opens a chat with a template like "Покупатель оставил отзыв с оценкой 2★..." when a
// buyer leaves a bad review; that chat is answered like a negative review.
const REVIEW_NOTICE = /отзыв|review/i;

const KIND = { CHAT: "chat", QUESTION: "question", REVIEW: "review" } as const;
const AUTHOR = { BUYER: "buyer", SELLER: "seller", MARKETPLACE: "marketplace", SYSTEM: "system" } as const;

/**
 * What the model is told about a chat: recent delivered messages, the marketplace and kind, order and
 * product, whether it is a negative review, the owner's shop facts and the workspace's tone. Tone has no settings yet, so
 * the defaults apply: formal "вы", signed with the store (workspace) name.
 */
export async function buildDraftContext({ workspaceId, chatId }: { workspaceId: string; chatId: string }) {
  const chat = await prisma().chat.findFirst({
    where: { id: chatId, workspaceId },
    select: {
      id: true,
      accountId: true,
      externalId: true,
      buyerLocale: true,
      marketplace: true,
      kind: true,
      rating: true,
      orderId: true,
      productId: true,
      itemId: true,
      productTitle: true,
      customerName: true,
      workspace: { select: { name: true } },
    },
  });
  if (!chat) throw notFound("Chat not found");
  const rows = await prisma().message.findMany({
    where: { chatId: chat.id, OR: [{ status: null }, { status: "SENT" }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_MESSAGES,
    select: { author: true, ...FULL_MESSAGE_TEXT_SELECT, createdAt: true, attachments: { select: { fileName: true } } },
  });
  const messages = rows
    .reverse()
    .map((m) => ({
      author: AUTHOR[m.author],
      // A review's whole text: its pros and cons are the buyer's words too.
      text:
        fullMessageText(m).trim() ||
        (m.attachments.length ? `[вложение: ${m.attachments.map((a) => a.fileName).join(", ")}]` : ""),
      createdAt: m.createdAt,
    }))
    .filter((m) => m.text);
  if (messages.length === 0) throw new AppError("unprocessable", "The chat has no messages to answer yet");

  const rating = chat.rating !== null && chat.rating >= 1 && chat.rating <= 5 ? chat.rating : undefined;
  const negativeReview = isNegativeReviewChat({
    kind: chat.kind,
    rating: chat.rating,
    marketplaceTexts: messages.filter((m) => m.author === "marketplace").map((m) => m.text),
  });

  const [buyerLocale, shopFacts] = await Promise.all([ensureBuyerLocale({ chat }), getShopFacts({ workspaceId })]);
  const orderNumber = displayOrderNumber(chat.orderId);
  const context: DraftContextInput = {
    marketplace: chat.marketplace,
    buyerLocale: buyerLocale ?? undefined,
    kind: KIND[chat.kind],
    messages,
    buyerName: clean(chat.customerName, 120),
    // marketplaceStatus is the chat's or review's state on the marketplace (OPENED, NEED_REACTION), not
    // the order's: it never goes into a draft. An internal order id (a hash) is no «заказ №» either.
    order: orderNumber ? { number: orderNumber } : undefined,
    product:
      chat.productTitle || chat.productId
        ? { name: clean(chat.productTitle, 300), article: clean(chat.productId ?? chat.itemId, 100) }
        : undefined,
    isNegativeReview: negativeReview,
    rating,
    tone: { formality: "вы", sellerName: clean(chat.workspace.name, 120) },
    seed: chat.id,
    shopFacts,
  };
  return { context, negativeReview, kind: chat.kind };
}

function clean(value: string | null | undefined, max: number): string | undefined {
  const v = value?.trim();
  return v ? v.slice(0, max) : undefined;
}

/** A review rated 3 or lower, or a chat the marketplace opened about a review (and no good rating). */
export function isNegativeReviewChat({
  kind,
  rating,
  marketplaceTexts,
}: {
  kind: keyof typeof KIND;
  rating: number | null;
  marketplaceTexts: string[];
}): boolean {
  const low = rating !== null && rating >= 1 && rating <= 3;
  if (kind === "REVIEW") return low;
  return kind === "CHAT" && marketplaceTexts.some((t) => REVIEW_NOTICE.test(t)) && (rating === null || low);
}
