import { fromUnixSeconds } from "@/lib/marketplaces/connector-kit";
import { requireField } from "@/lib/marketplaces/parse-each";
import type { AvitoChat, AvitoContent, AvitoMessage } from "@/lib/marketplaces/avito/schemas";
import type { MessageNotice } from "@/lib/marketplaces/message-notice";
import type { Attachment, Chat, Message, MessageAuthor } from "@/lib/marketplaces/schemas";

function largestImage(sizes: Record<string, string> | null | undefined): string | null {
  const entries = Object.entries(sizes ?? {});
  if (entries.length === 0) return null;
  const area = (k: string) =>
    k
      .split("x")
      .map(Number)
      .reduce((a, b) => a * (b || 0), 1);
  return entries.sort((a, b) => area(b[0]) - area(a[0]))[0]![1];
}

export function avitoText({ type, content }: { type?: string | null; content?: AvitoContent }): string {
  if (content?.text) return content.text;
  if (type === "link") return content?.link?.text || content?.link?.url || "";
  if (type === "item") return [content?.item?.title, content?.item?.price_string].filter(Boolean).join(", ");
  if (type === "location") return content?.location?.text || content?.location?.title || "";
  return "";
}

const NOTICES: Record<string, MessageNotice["code"]> = { call: "missed_call", deleted: "deleted", voice: "voice" };

/** What a message without words of its own reports (a missed call, a deletion, a voice message), as a code. */
export function avitoNotice({ type, content }: { type?: string | null; content?: AvitoContent }): MessageNotice | null {
  const code = type ? NOTICES[type] : undefined;
  return code && !content?.text ? { code } : null;
}

export function avitoAttachments({ type, content }: { type?: string | null; content?: AvitoContent }): Attachment[] {
  const base = { externalId: null, mimeType: null, size: null };
  const image = largestImage(content?.image?.sizes);
  if (type === "image" && image)
    return [{ ...base, url: image, fileName: image.split("/").pop() || "image.jpg", kind: "image" }];
  if (type === "item" && content?.item?.item_url)
    return [
      { ...base, url: content.item.item_url, fileName: content.item.title ?? content.item.item_url, kind: "item" },
    ];
  if (type === "link" && content?.link?.url)
    return [{ ...base, url: content.link.url, fileName: content.link.text ?? content.link.url, kind: "link" }];
  if (type === "voice" && content?.voice?.voice_id)
    return [{ ...base, externalId: content.voice.voice_id, url: null, fileName: "voice", kind: "voice" }];
  return [];
}

function author({
  type,
  direction,
  authorId,
  userId,
}: {
  type?: string | null;
  direction?: string | null;
  authorId?: string | null;
  userId: string | null;
}): MessageAuthor {
  if (type === "system") return "marketplace";
  if (direction === "out" || (userId && authorId === userId)) return "seller";
  if (direction === "in" || authorId) return "buyer";
  return "system";
}

export function mapAvitoMessage({
  message,
  chatId,
  userId,
}: {
  message: AvitoMessage;
  chatId: string;
  userId: string | null;
}): Message {
  return {
    externalId: requireField(message.id, "id"),
    chatExternalId: chatId,
    author: author({ type: message.type, direction: message.direction, authorId: message.author_id, userId }),
    text: avitoText(message),
    notice: avitoNotice(message),
    createdAt: fromUnixSeconds(requireField(message.created, "created")),
    attachments: avitoAttachments(message),
    isRead: message.is_read ?? null,
  };
}

export function mapAvitoChat({ chat, userId }: { chat: AvitoChat; userId: string | null }): Chat {
  const buyer = (chat.users ?? []).find((u) => u.id != null && u.id !== userId);
  const item = chat.context?.type === "item" ? chat.context.value : null;
  const direction = chat.last_message?.direction;
  return {
    externalId: requireField(chat.id, "id"),
    kind: "chat",
    customerName: buyer?.name ?? null,
    buyerId: buyer?.id != null ? String(buyer.id) : null,
    context: {
      orderId: null,
      returnId: null,
      productId: item?.id ?? null,
      itemTitle: item?.title ?? null,
      itemUrl: item?.url ?? null,
    },
    marketplaceStatus: null,
    awaitingReply: direction === "in" ? true : direction === "out" ? false : null,
    unreadCount: null,
    createdAt: chat.created ? fromUnixSeconds(chat.created) : null,
    lastMessageAt: chat.updated
      ? fromUnixSeconds(chat.updated)
      : chat.last_message?.created
        ? fromUnixSeconds(chat.last_message.created)
        : null,
    replyToken: null,
  };
}
