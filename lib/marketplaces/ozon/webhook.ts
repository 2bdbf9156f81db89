import { parseJson } from "@/lib/marketplaces/http/json";
import { isOzonBuyerChat, mapOzonMessage } from "@/lib/marketplaces/ozon/map";
import { skipRecord } from "@/lib/marketplaces/parse-each";
import { ozonPushSchema } from "@/lib/marketplaces/ozon/schemas";
import type { WebhookResult } from "@/lib/marketplaces/schemas";

// Ozon push notifications: discriminator `message_type`; PING wants {version, name, time}, the rest {result: true}.

export function handleOzonWebhook({
  body,
  integration,
  now,
}: {
  body: string;
  integration: { name: string; version: string };
  now: Date;
}): WebhookResult {
  let raw: unknown;
  try {
    raw = parseJson(body);
  } catch {
    return errorResult("ERROR_UNKNOWN", "Тело уведомления — не JSON");
  }
  const type = (raw as { message_type?: unknown } | null)?.message_type;
  const parsed = ozonPushSchema.safeParse(raw);
  if (!parsed.success) {
    if (typeof type === "string" && type.startsWith("TYPE_") && !isChatType(type)) {
      return { events: [{ type: "ignored", vendorType: type }], response: { status: 200, body: { result: true } } };
    }
    // A chat push we know but cannot use: acknowledged (Ozon would resend the same body and, after a day
    // of errors, suspend every push) and kept aside for the owner.
    if (typeof type === "string" && isChatType(type)) {
      return { events: [], response: { status: 200, body: { result: true } }, skipped: [skipRecord({ kind: "ozon.push", raw, error: parsed.error })] };
    }
    return errorResult("ERROR_PARAMETER_VALUE_MISSED", parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
  const push = parsed.data;
  const ok = { status: 200, body: { result: true } };
  switch (push.message_type) {
    case "TYPE_PING":
      return { events: [{ type: "ping" }], response: { status: 200, body: { version: integration.version, name: integration.name, time: now.toISOString() } } };
    case "TYPE_NEW_MESSAGE":
    case "TYPE_UPDATE_MESSAGE": {
      if (!isOzonBuyerChat(push.chat_type)) return { events: [{ type: "ignored", vendorType: `${push.message_type}:${push.chat_type}` }], response: ok };
      const message = mapOzonMessage({
        chatId: push.chat_id,
        message: { message_id: push.message_id, created_at: push.created_at, user: push.user, data: push.data ?? [] },
      });
      return { events: [{ type: "message.created", chatExternalId: push.chat_id, messageExternalId: push.message_id, message }], response: ok };
    }
    case "TYPE_CHAT_CLOSED":
      return { events: [{ type: "chat.closed", chatExternalId: push.chat_id }], response: ok };
    case "TYPE_MESSAGE_READ":
      return { events: [{ type: "ignored", vendorType: push.message_type }], response: ok };
  }
}

function isChatType(type: string): boolean {
  return ["TYPE_PING", "TYPE_NEW_MESSAGE", "TYPE_UPDATE_MESSAGE", "TYPE_MESSAGE_READ", "TYPE_CHAT_CLOSED"].includes(type);
}

function errorResult(code: string, message: string): WebhookResult {
  return { events: [], response: { status: 400, body: { error: { code, message, details: null } } } };
}
