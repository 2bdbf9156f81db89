import { toIso } from "@/lib/marketplaces/connector-kit";
import { chatWithIdOnly, type Attachment, type Chat, type Message, type MessageAuthor, type Review } from "@/lib/marketplaces/schemas";
import type { WbChat, WbEvent, WbFeedback, WbQuestion } from "@/lib/marketplaces/wildberries/schemas";

const AUTHORS: Record<string, MessageAuthor> = { client: "buyer", seller: "seller", wb: "marketplace" };

function mimeFromUrl(url: string | undefined): string | null {
  const ext = url?.split("?")[0]?.split(".").pop()?.toLowerCase();
  if (ext === "jpg" || ext === "jpeg") return "image/jpeg";
  if (ext === "png") return "image/png";
  if (ext === "pdf") return "application/pdf";
  return null;
}

function baseName(url: string | undefined, fallback: string): string {
  const name = url?.split("?")[0]?.split("/").pop();
  return name && name.length > 0 ? name : fallback;
}

export function mapWbAttachments({ event }: { event: WbEvent }): Attachment[] {
  const attachments = event.message?.attachments;
  const files: Attachment[] = (attachments?.files ?? []).map((f) => ({
    externalId: f.downloadID,
    url: f.url ?? null,
    fileName: f.name ?? baseName(f.url, f.downloadID),
    mimeType: f.contentType ?? mimeFromUrl(f.url),
    size: f.size ?? null,
    kind: "file",
  }));
  const images: Attachment[] = (attachments?.images ?? []).map((img) => ({
    externalId: img.downloadID,
    url: img.url ?? null,
    fileName: baseName(img.url, `${img.downloadID}.jpg`),
    mimeType: mimeFromUrl(img.url) ?? "image/jpeg",
    size: null,
    kind: "image",
  }));
  return [...images, ...files];
}

export function mapWbEventToMessage({ event }: { event: WbEvent }): Message {
  return {
    externalId: event.eventID,
    chatExternalId: event.chatID,
    author: AUTHORS[event.sender] ?? "system",
    text: event.message?.text ?? "",
    createdAt: toIso(event.addTimestamp),
    attachments: mapWbAttachments({ event }),
    isRead: null,
  };
}

function emptyContext(): Chat["context"] {
  return { orderId: null, returnId: null, productId: null, itemTitle: null, itemUrl: null };
}

export function mapWbChat({ chat }: { chat: WbChat }): Chat {
  return {
    externalId: chat.chatID,
    kind: "chat",
    customerName: chat.clientName || null,
    context: {
      ...emptyContext(),
      productId: chat.goodCard ? String(chat.goodCard.nmID) : null,
      orderId: chat.goodCard?.rid ?? null,
    },
    marketplaceStatus: null,
    awaitingReply: null,
    unreadCount: null,
    createdAt: null,
    lastMessageAt: chat.lastMessage ? toIso(chat.lastMessage.addTimestamp) : null,
    replyToken: chat.replySign,
  };
}

/**
 * Chats seen in an events batch. The chat list endpoint may be empty, so events are the source of truth;
 * `known` (GET /seller/chats) only fills gaps such as replySign, which events carry only when isNewChat.
 */
export function mapWbEventsToChats({ events, known = [] }: { events: WbEvent[]; known?: WbChat[] }): Chat[] {
  const byId = new Map<string, Chat>();
  const knownById = new Map(known.map((c) => [c.chatID, c]));
  for (const event of events) {
    const fromList = knownById.get(event.chatID);
    const chat = byId.get(event.chatID) ?? (fromList ? mapWbChat({ chat: fromList }) : null) ?? chatWithIdOnly({ externalId: event.chatID });
    const at = toIso(event.addTimestamp);
    if (event.isNewChat) chat.createdAt = at;
    if (!chat.lastMessageAt || at > chat.lastMessageAt) chat.lastMessageAt = at;
    if (event.replySign) chat.replyToken = event.replySign;
    // clientName is the buyer's; the marketplace's own first message (a review chat) carries it too.
    if (event.clientName && (event.sender === "client" || !chat.customerName)) chat.customerName = event.clientName;
    const card = event.message?.attachments?.goodCard;
    if (card) chat.context = { ...chat.context, productId: String(card.nmID), orderId: card.rid ?? chat.context.orderId };
    byId.set(event.chatID, chat);
  }
  return [...byId.values()];
}

export function mapWbFeedback({ feedback }: { feedback: WbFeedback }): Review {
  return {
    externalId: feedback.id,
    kind: "review",
    rating: feedback.productValuation ?? null,
    text: feedback.text ?? "",
    pros: feedback.pros || null,
    cons: feedback.cons || null,
    productId: String(feedback.productDetails.nmId),
    productTitle: feedback.productDetails.productName ?? null,
    orderId: null,
    customerName: feedback.userName || null,
    createdAt: toIso(feedback.createdDate),
    answered: Boolean(feedback.answer?.text),
    answerText: feedback.answer?.text ?? null,
    answerEditable: feedback.answer ? (feedback.answer.editable ?? null) : null,
    photoUrls: (feedback.photoLinks ?? []).map((p) => p.fullSize),
    parentExternalId: feedback.parentFeedbackId ?? null,
  };
}

export function mapWbQuestion({ question }: { question: WbQuestion }): Review {
  return {
    externalId: question.id,
    kind: "question",
    rating: null,
    text: question.text,
    pros: null,
    cons: null,
    productId: String(question.productDetails.nmId),
    productTitle: question.productDetails.productName ?? null,
    orderId: null,
    customerName: null,
    createdAt: toIso(question.createdDate),
    answered: Boolean(question.answer?.text),
    answerText: question.answer?.text ?? null,
    answerEditable: question.answer ? (question.answer.editable ?? null) : null,
    photoUrls: [],
  };
}
