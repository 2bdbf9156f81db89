import { AMAZON_TEXT_MESSAGE_TYPES } from "@/lib/marketplaces/amazon/descriptor";
import type { Capabilities } from "@/lib/marketplaces/schemas";

// Whether the seller may write first into an existing chat (a follow-up, a scheduled message).
// Pure: the caller supplies what it knows about the chat and, for marketplaces that offer message
// types per order (Amazon), the types offered right now. Checked when a message is scheduled and
// again just before it is sent, so a window that closed in between fails the send with the reason.

export type ProactivePolicy = Capabilities["proactive"];

export type ProactiveChat = {
  kind: "CHAT" | "QUESTION" | "REVIEW";
  status: "OPEN" | "RESOLVED" | "CLOSED";
  contextType: "NONE" | "ORDER" | "RETURN" | "PRODUCT" | "ITEM";
  /** Messages the buyer wrote in this chat. */
  buyerMessages: number;
  optedOut: boolean;
};

export type ProactiveRefusalCode =
  | "not_a_chat"
  | "chat_closed"
  | "opted_out"
  | "buyer_not_opened"
  | "direct_chat"
  | "types_unknown"
  | "type_required"
  | "type_not_offered"
  | "nothing_offered"
  | "rules_not_allowed";

export type ProactiveRefusal = { code: ProactiveRefusalCode; ru: string; en: string };

export type ProactiveVerdict = { ok: true; messageType: string | null } | { ok: false; refusal: ProactiveRefusal };

/** Types we can send as text (no attachments): Amazon's text-only message types. */
export const TEXT_MESSAGE_TYPES = AMAZON_TEXT_MESSAGE_TYPES;

export function canSendProactive({
  policy,
  chat,
  purpose,
  offeredTypes = null,
  requestedType = null,
}: {
  policy: ProactivePolicy;
  chat: ProactiveChat;
  /** manual: an operator wrote and timed it; rule: an automatic follow-up from a template. */
  purpose: "manual" | "rule";
  /** offered_types only: what the marketplace offers for the order now; null when it could not be asked. */
  offeredTypes?: string[] | null;
  requestedType?: string | null;
}): ProactiveVerdict {
  const refuse = (code: ProactiveRefusalCode, ru: string, en: string): ProactiveVerdict => ({ ok: false, refusal: { code, ru, en } });
  if (chat.kind !== "CHAT") return refuse("not_a_chat", "Отзывы и вопросы не бывают адресатом повторных сообщений: только чаты", "Follow-ups go into chats only, not reviews or questions");
  if (chat.status === "CLOSED") return refuse("chat_closed", "Чат закрыт маркетплейсом", "The marketplace closed this chat");
  if (chat.optedOut) return refuse("opted_out", "Покупатель отказался от повторных сообщений в этом чате", "The buyer opted out of follow-ups in this chat");

  switch (policy) {
    case "buyer_opened":
      if (chat.buyerMessages === 0) {
        return refuse("buyer_not_opened", "Маркетплейс разрешает писать только в чаты, которые открыл покупатель", "The marketplace only allows messages in chats the buyer opened");
      }
      return { ok: true, messageType: null };
    case "order_context":
      if (chat.contextType !== "ORDER" && chat.contextType !== "RETURN") {
        return refuse("direct_chat", "Яндекс Маркет разрешает продавцу писать первым только в чатах о заказе или возврате, не в прямых чатах", "Yandex Market lets the seller write first only in chats about an order or a return, never in direct chats");
      }
      return { ok: true, messageType: null };
    case "offered_types": {
      if (purpose === "rule") {
        return refuse("rules_not_allowed", "Amazon разрешает только типы сообщений по заказу, маркетинговых среди них нет: запланируйте сообщение вручную с нужным типом", "Amazon only allows order-related message types, none of them for marketing: schedule a message by hand with the right type");
      }
      if (offeredTypes === null) return refuse("types_unknown", "Не удалось узнать у Amazon, какие сообщения сейчас можно отправить по заказу", "Could not ask Amazon which messages the order allows now");
      const sendable = TEXT_MESSAGE_TYPES.filter((t) => offeredTypes.includes(t));
      if (!sendable.length) return refuse("nothing_offered", "Amazon сейчас не предлагает по этому заказу ни одного текстового сообщения (окно закрыто)", "Amazon offers no text message for this order now (the window is closed)");
      if (!requestedType) return refuse("type_required", `Выберите тип сообщения Amazon: ${sendable.join(", ")}`, `Choose an Amazon message type: ${sendable.join(", ")}`);
      if (!sendable.includes(requestedType as (typeof TEXT_MESSAGE_TYPES)[number])) {
        return refuse("type_not_offered", `Amazon сейчас не предлагает тип «${requestedType}» для этого заказа (доступно: ${sendable.join(", ")})`, `Amazon does not offer “${requestedType}” for this order now (available: ${sendable.join(", ")})`);
      }
      return { ok: true, messageType: requestedType };
    }
  }
}
