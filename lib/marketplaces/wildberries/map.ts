import { optionalDate, requireDate, requireField } from "@/lib/marketplaces/parse-each";
import {
  chatWithIdOnly,
  type Attachment,
  type Chat,
  type Message,
  type MessageAuthor,
  type Review,
} from "@/lib/marketplaces/schemas";
import type { WbChat, WbEvent, WbFeedback, WbQuestion } from "@/lib/marketplaces/wildberries/schemas";

const AUTHORS: Record<string, MessageAuthor> = { client: "buyer", seller: "seller", wb: "marketplace" };

/** An event we can store: it names its chat, has an id and a time (addTimestamp, else addTime). */
export type UsableWbEvent = WbEvent & { chatID: string; eventID: string; at: string };
/** A chat list entry we can use: it has an id (replySign may be missing: the chat is then read-only). */
export type UsableWbChat = WbChat & { chatID: string };

export function checkWbEvent(event: WbEvent): UsableWbEvent {
  return {
    ...event,
    chatID: requireField(event.chatID, "chatID"),
    eventID: requireField(event.eventID, "eventID"),
    at: requireDate(event.addTimestamp ?? event.addTime, "addTimestamp"),
  };
}

export function checkWbChat(chat: WbChat): UsableWbChat {
  return { ...chat, chatID: requireField(chat.chatID, "chatID") };
}

function mimeFromUrl(url: string | null | undefined): string | null {
  const ext = url?.split("?")[0]?.split(".").pop()?.toLowerCase();
  if (ext === "jpg" || ext === "jpeg") return "image/jpeg";
  if (ext === "png") return "image/png";
  if (ext === "pdf") return "application/pdf";
  return null;
}

function baseName(url: string | null | undefined, fallback: string): string {
  const name = url?.split("?")[0]?.split("/").pop();
  return name && name.length > 0 ? name : fallback;
}

export function mapWbAttachments({ event }: { event: WbEvent }): Attachment[] {
  const attachments = event.message?.attachments;
  // An attachment with neither a downloadID nor a url cannot be shown or fetched: left out, the text stays.
  const files: Attachment[] = (attachments?.files ?? [])
    .flatMap((f) => (f.downloadID || f.url ? [f] : []))
    .map((f) => ({
      externalId: f.downloadID ?? null,
      url: f.url ?? null,
      fileName: f.name || baseName(f.url, f.downloadID ?? "file"),
      mimeType: f.contentType ?? mimeFromUrl(f.url),
      size: f.size ?? null,
      kind: "file",
    }));
  const images: Attachment[] = (attachments?.images ?? [])
    .flatMap((i) => (i.downloadID || i.url ? [i] : []))
    .map((img) => ({
      externalId: img.downloadID ?? null,
      url: img.url ?? null,
      fileName: baseName(img.url, `${img.downloadID ?? "image"}.jpg`),
      mimeType: mimeFromUrl(img.url) ?? "image/jpeg",
      size: null,
      kind: "image",
    }));
  return [...images, ...files];
}

export function mapWbEventToMessage({ event }: { event: UsableWbEvent }): Message {
  return {
    externalId: event.eventID,
    chatExternalId: event.chatID,
    author: (event.sender && AUTHORS[event.sender]) || "system",
    text: event.message?.text ?? "",
    createdAt: event.at,
    attachments: mapWbAttachments({ event }),
    isRead: null,
  };
}

function emptyContext(): Chat["context"] {
  return { orderId: null, returnId: null, productId: null, itemTitle: null, itemUrl: null };
}

export function mapWbChat({ chat }: { chat: UsableWbChat }): Chat {
  return {
    externalId: chat.chatID,
    kind: "chat",
    customerName: chat.clientName || null,
    buyerId: chat.clientID || null,
    context: {
      ...emptyContext(),
      productId: chat.goodCard?.nmID != null ? String(chat.goodCard.nmID) : null,
      orderId: chat.goodCard?.rid ?? null,
    },
    marketplaceStatus: null,
    awaitingReply: null,
    unreadCount: null,
    createdAt: null,
    lastMessageAt: optionalDate(chat.lastMessage?.addTimestamp),
    replyToken: chat.replySign || null,
  };
}

/**
 * Chats seen in an events batch. The chat list endpoint may be empty, so events are the source of truth;
 * `known` (GET /seller/chats) only fills gaps such as replySign, which events carry only when isNewChat.
 */
export function mapWbEventsToChats({
  events,
  known = [],
}: {
  events: UsableWbEvent[];
  known?: UsableWbChat[];
}): Chat[] {
  const byId = new Map<string, Chat>();
  const knownById = new Map(known.map((c) => [c.chatID, c]));
  for (const event of events) {
    const fromList = knownById.get(event.chatID);
    const chat =
      byId.get(event.chatID) ??
      (fromList ? mapWbChat({ chat: fromList }) : null) ??
      chatWithIdOnly({ externalId: event.chatID });
    const at = event.at;
    if (event.isNewChat) chat.createdAt = at;
    if (!chat.lastMessageAt || at > chat.lastMessageAt) chat.lastMessageAt = at;
    if (event.replySign) chat.replyToken = event.replySign;
    // clientName is the buyer's; the marketplace's own first message (a review chat) carries it too.
    if (event.clientName && (event.sender === "client" || !chat.customerName)) chat.customerName = event.clientName;
    if (event.clientID && event.sender === "client") chat.buyerId = event.clientID;
    const card = event.message?.attachments?.goodCard;
    if (card) {
      const productId = card.nmID != null ? String(card.nmID) : chat.context.productId;
      chat.context = { ...chat.context, productId, orderId: card.rid ?? chat.context.orderId };
    }
    byId.set(event.chatID, chat);
  }
  return [...byId.values()];
}

export function mapWbFeedback({ feedback }: { feedback: WbFeedback }): Review {
  const rating = feedback.productValuation;
  return {
    externalId: requireField(feedback.id, "id"),
    kind: "review",
    rating: rating != null && rating >= 1 && rating <= 5 ? rating : null,
    text: feedback.text ?? "",
    pros: feedback.pros || null,
    cons: feedback.cons || null,
    productId: feedback.productDetails?.nmId != null ? String(feedback.productDetails.nmId) : null,
    productTitle: feedback.productDetails?.productName ?? null,
    orderId: null,
    customerName: feedback.userName || null,
    createdAt: requireDate(feedback.createdDate, "createdDate"),
    answered: Boolean(feedback.answer?.text),
    answerText: feedback.answer?.text ?? null,
    answerEditable: feedback.answer ? (feedback.answer.editable ?? null) : null,
    photoUrls: (feedback.photoLinks ?? []).flatMap((p) =>
      p.fullSize || p.miniSize ? [(p.fullSize || p.miniSize)!] : [],
    ),
    parentExternalId: feedback.parentFeedbackId ?? null,
  };
}

export function mapWbQuestion({ question }: { question: WbQuestion }): Review {
  return {
    externalId: requireField(question.id, "id"),
    kind: "question",
    rating: null,
    text: question.text ?? "",
    pros: null,
    cons: null,
    productId: question.productDetails?.nmId != null ? String(question.productDetails.nmId) : null,
    productTitle: question.productDetails?.productName ?? null,
    orderId: null,
    customerName: null,
    createdAt: requireDate(question.createdDate, "createdDate"),
    answered: Boolean(question.answer?.text),
    answerText: question.answer?.text ?? null,
    answerEditable: question.answer ? (question.answer.editable ?? null) : null,
    photoUrls: [],
  };
}
