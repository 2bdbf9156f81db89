import { parseJson } from "@/lib/marketplaces/http/json";
import { skipRecord } from "@/lib/marketplaces/parse-each";
import type { WebhookResult } from "@/lib/marketplaces/schemas";
import { ymNotificationSchema } from "@/lib/marketplaces/yandex-market/schemas";

// Yandex Market calls POST {our base}/notification. Every accepted notification (not only PING) must get
// 200 {version, name, time}; a malformed one gets 400 {error: {type: WRONG_EVENT_FORMAT, message}}.
// CHAT_MESSAGE_SENT carries ids only: fetch the message with `fetchMessage`.

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
    return { events: [], response: { status: 400, body: { error: { type: "WRONG_EVENT_FORMAT", message: "Тело уведомления — не JSON" } } } };
  }
  const type = (raw as { notificationType?: unknown } | null)?.notificationType;
  const parsed = ymNotificationSchema.safeParse(raw);
  if (!parsed.success) {
    const known = ["PING", "CHAT_CREATED", "CHAT_MESSAGE_SENT", "GOODS_FEEDBACK_CREATED"];
    if (typeof type === "string" && !known.includes(type)) return { events: [{ type: "ignored", vendorType: type }], response: ok };
    // A notification of a known type that we cannot use: acknowledged (the same body would come again)
    // and kept aside for the owner. A body that is not a notification at all still gets 400.
    if (typeof type === "string") return { events: [], response: ok, skipped: [skipRecord({ kind: "yandex_market.push", raw, error: parsed.error })] };
    const message = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    return { events: [], response: { status: 400, body: { error: { type: "WRONG_EVENT_FORMAT", message } } } };
  }
  const n = parsed.data;
  switch (n.notificationType) {
    case "PING":
      return { events: [{ type: "ping" }], response: ok };
    case "CHAT_CREATED":
      return { events: [{ type: "chat.created", chatExternalId: n.chatId }], response: ok };
    case "CHAT_MESSAGE_SENT":
      return { events: [{ type: "message.created", chatExternalId: n.chatId, messageExternalId: n.messageId, message: null }], response: ok };
    case "GOODS_FEEDBACK_CREATED":
      return { events: [{ type: "review.created", reviewExternalId: n.feedbackId, kind: "review" }], response: ok };
  }
}
