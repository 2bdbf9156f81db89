import { optionalDate, requireDate, requireField } from "@/lib/marketplaces/parse-each";
import type { OzonChatListItem, OzonMessage } from "@/lib/marketplaces/ozon/schemas";
import type { Attachment, Chat, Message, MessageAuthor } from "@/lib/marketplaces/schemas";

// The official examples spell the customer type "Сustomer" with a Cyrillic "С" (U+0421): fold lookalikes.
const CYRILLIC_LOOKALIKES: Record<string, string> = {
  С: "C",
  с: "c",
  О: "O",
  о: "o",
  Е: "E",
  е: "e",
  А: "A",
  а: "a",
  Р: "P",
  р: "p",
};

export function normalizeOzonUserType(type: string): string {
  return [...type]
    .map((ch) => CYRILLIC_LOOKALIKES[ch] ?? ch)
    .join("")
    .toLowerCase();
}

const AUTHORS: Record<string, MessageAuthor> = {
  customer: "buyer",
  seller: "seller",
  support: "marketplace",
  crm: "marketplace",
  notificationuser: "marketplace",
  courier: "system",
};

export function mapOzonAuthor(type: string | null | undefined): MessageAuthor {
  return (type && AUTHORS[normalizeOzonUserType(type)]) || "system";
}

export function isOzonBuyerChat(chatType: string | null | undefined): boolean {
  const t = (chatType ?? "").toLowerCase();
  return t === "buyer_seller" || t === "buyer_seller_select";
}

const IMAGE_MARKDOWN = /!\[[^\]]*\]\((https?:[^)\s]+)\)/g;

function imageAttachments(message: OzonMessage): Attachment[] {
  const urls = new Set<string>();
  for (const part of message.data ?? []) {
    for (const match of part.matchAll(IMAGE_MARKDOWN)) urls.add(match[1]!);
    if (message.is_image && /^https?:\/\/\S+$/.test(part.trim())) urls.add(part.trim());
  }
  return [...urls].map((url) => ({
    externalId: null,
    url,
    fileName: url.split("?")[0]!.split("/").pop() || "image",
    mimeType: null,
    size: null,
    kind: "image",
  }));
}

export function mapOzonMessage({ message, chatId }: { message: OzonMessage; chatId: string }): Message {
  return {
    externalId: requireField(message.message_id, "message_id"),
    chatExternalId: chatId,
    author: mapOzonAuthor(message.user?.type),
    text: (message.data ?? []).join("\n"),
    createdAt: requireDate(message.created_at, "created_at"),
    attachments: imageAttachments(message),
    isRead: message.is_read ?? null,
  };
}

export function mapOzonChat({ item, messages = [] }: { item: OzonChatListItem; messages?: OzonMessage[] }): Chat {
  const withContext = messages.find((m) => m.context?.order_number || m.context?.sku);
  const last = messages.reduce<string | null>((acc, m) => {
    const at = optionalDate(m.created_at);
    return at && (!acc || at > acc) ? at : acc;
  }, null);
  return {
    externalId: requireField(item.chat?.chat_id, "chat.chat_id"),
    kind: "chat",
    customerName: null, // Ozon does not expose the buyer's name
    context: {
      orderId: withContext?.context?.order_number ?? null,
      returnId: null,
      productId: withContext?.context?.sku ?? null,
      itemTitle: null,
      itemUrl: null,
    },
    marketplaceStatus: item.chat?.chat_status ?? null,
    awaitingReply: null,
    unreadCount: item.unread_count ?? null,
    createdAt: optionalDate(item.chat?.created_at),
    lastMessageAt: last,
    replyToken: null,
  };
}
