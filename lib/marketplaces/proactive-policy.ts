import { formatMessage } from "@/lib/i18n/format";
import { proactiveRefusalsEn, proactiveRefusalsRu } from "@/lib/i18n/proactive-refusals";
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

/** The values some refusals name: the types offered now, the type asked for. */
export type ProactiveRefusalParams = { types?: string; requested?: string };

export type ProactiveRefusal = { code: ProactiveRefusalCode; params: ProactiveRefusalParams; ru: string; en: string };

/** A refusal worded in `locale`. */
export function proactiveRefusalText(
  { code, params = {} }: { code: ProactiveRefusalCode; params?: ProactiveRefusalParams },
  locale: "ru" | "en",
): string {
  return formatMessage(locale, (locale === "en" ? proactiveRefusalsEn : proactiveRefusalsRu)[code], params);
}

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
  const refuse = (code: ProactiveRefusalCode, params: ProactiveRefusalParams = {}): ProactiveVerdict => ({
    ok: false,
    refusal: {
      code,
      params,
      ru: proactiveRefusalText({ code, params }, "ru"),
      en: proactiveRefusalText({ code, params }, "en"),
    },
  });
  if (chat.kind !== "CHAT") return refuse("not_a_chat");
  if (chat.status === "CLOSED") return refuse("chat_closed");
  if (chat.optedOut) return refuse("opted_out");

  switch (policy) {
    case "buyer_opened":
      if (chat.buyerMessages === 0) {
        return refuse("buyer_not_opened");
      }
      return { ok: true, messageType: null };
    case "order_context":
      if (chat.contextType !== "ORDER" && chat.contextType !== "RETURN") {
        return refuse("direct_chat");
      }
      return { ok: true, messageType: null };
    case "offered_types": {
      if (purpose === "rule") {
        return refuse("rules_not_allowed");
      }
      if (offeredTypes === null) return refuse("types_unknown");
      const sendable = TEXT_MESSAGE_TYPES.filter((t) => offeredTypes.includes(t));
      if (!sendable.length) return refuse("nothing_offered");
      if (!requestedType) return refuse("type_required", { types: sendable.join(", ") });
      if (!sendable.includes(requestedType as (typeof TEXT_MESSAGE_TYPES)[number])) {
        return refuse("type_not_offered", { types: sendable.join(", "), requested: requestedType });
      }
      return { ok: true, messageType: requestedType };
    }
  }
}
