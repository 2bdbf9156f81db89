import { toIso } from "@/lib/marketplaces/connector-kit";
import { parseJson } from "@/lib/marketplaces/http/json";
import { skipRecord } from "@/lib/marketplaces/parse-each";
import type { WebhookEvent, WebhookResult } from "@/lib/marketplaces/schemas";
import { questionNotice } from "@/lib/marketplaces/yandex_market/question-notice";
import { ymNotificationSchema, type YmNotification } from "@/lib/marketplaces/yandex_market/schemas";

// Yandex Market calls POST {our base}/notification. Every accepted notification (not only PING) must get
// 200 {version, name, time}; a malformed one gets 400 {error: {type: WRONG_EVENT_FORMAT, message}}.
// CHAT_MESSAGE_SENT carries ids only: fetch the message with `fetchMessage`.

/**
 * Notification types acknowledged and deliberately not stored: orders and returns are not conversations
 * (a chat about an order is announced by CHAT_CREATED / CHAT_MESSAGE_SENT, and its order number comes
 * with the chat).
 */
export const YM_IGNORED_NOTIFICATIONS = [
  "ORDER_CREATED",
  "ORDER_CANCELLED",
  "ORDER_STATUS_UPDATED",
  "ORDER_RETURN_CREATED",
  "ORDER_CANCELLATION_REQUEST",
  "ORDER_RETURN_STATUS_UPDATED",
  "ORDER_UPDATED",
] as const;

const HANDLED = ymNotificationSchema.options.map((o) => o.shape.notificationType.value) as string[];

export function handleYmWebhook({
  body,
  integration,
  now,
}: {
  body: string;
  integration: { name: string; version: string };
  now: Date;
}): WebhookResult {
  const ok = { status: 200, body: { version: integration.version, name: integration.name, time: now.toISOString() } };
  let raw: unknown;
  try {
    raw = parseJson(body);
  } catch {
    return {
      events: [],
      response: {
        status: 400,
        body: { error: { type: "WRONG_EVENT_FORMAT", message: "The notification body is not JSON" } },
      },
    };
  }
  const type = (raw as { notificationType?: unknown } | null)?.notificationType;
  const parsed = ymNotificationSchema.safeParse(raw);
  if (!parsed.success) {
    // Types this version does not store (and ones added to the API later) are acknowledged, not refused.
    if (typeof type === "string" && !HANDLED.includes(type))
      return { events: [{ type: "ignored", vendorType: type }], response: ok };
    // A notification of a known type that we cannot use: acknowledged (the same body would come again)
    // and kept aside for the owner. A body that is not a notification at all still gets 400.
    if (typeof type === "string")
      return {
        events: [],
        response: ok,
        skipped: [skipRecord({ kind: "yandex_market.push", raw, error: parsed.error })],
      };
    const message = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { events: [], response: { status: 400, body: { error: { type: "WRONG_EVENT_FORMAT", message } } } };
  }
  return { events: [eventOf(parsed.data)], response: ok };
}

function eventOf(n: YmNotification): WebhookEvent {
  switch (n.notificationType) {
    case "PING":
      return { type: "ping" };
    case "CHAT_CREATED":
      return { type: "chat.created", chatExternalId: n.chatId };
    case "CHAT_MESSAGE_SENT":
      return { type: "message.created", chatExternalId: n.chatId, messageExternalId: n.messageId, message: null };
    case "GOODS_FEEDBACK_CREATED":
      return { type: "review.created", reviewExternalId: n.feedbackId, kind: "review" };
    case "GOODS_FEEDBACK_COMMENT_CREATED":
      return { type: "review.comment", commentExternalId: n.commentId, at: toIso(n.createdAt) };
    case "CHAT_ARBITRAGE_STARTED":
      return { type: "chat.dispute", chatExternalId: n.chatId, state: "open", at: toIso(n.startedAt) };
    case "CHAT_ARBITRAGE_FINISHED":
      return { type: "chat.dispute", chatExternalId: n.chatId, state: "finished", at: toIso(n.finishedAt) };
    case "QUESTION_CREATED":
      return {
        type: "conversation.message",
        ...questionNotice({ kind: "question", questionId: n.questionId, at: toIso(n.createdAt) }),
      };
    case "QUESTION_ANSWER_CREATED":
      return {
        type: "conversation.message",
        ...questionNotice({ kind: "answer", answerId: n.answerId, at: toIso(n.createdAt) }),
      };
    case "QUESTION_COMMENT_CREATED":
      return {
        type: "conversation.message",
        ...questionNotice({ kind: "comment", answerId: n.answerId, commentId: n.commentId, at: toIso(n.createdAt) }),
      };
  }
}
