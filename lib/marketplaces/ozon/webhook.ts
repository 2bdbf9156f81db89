import { parseJson } from "@/lib/marketplaces/http/json";
import { toIso } from "@/lib/marketplaces/connector-kit";
import { isOzonBuyerChat, mapOzonAuthor, mapOzonMessage } from "@/lib/marketplaces/ozon/map";
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
    return errorResult("ERROR_UNKNOWN", "The notification body is not JSON");
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
      return {
        events: [],
        response: { status: 200, body: { result: true } },
        skipped: [skipRecord({ kind: "ozon.push", raw, error: parsed.error })],
      };
    }
    return errorResult(
      "ERROR_PARAMETER_VALUE_MISSED",
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  }
  const push = parsed.data;
  const ok = { status: 200, body: { result: true } };
  switch (push.message_type) {
    case "TYPE_PING":
      return {
        events: [{ type: "ping" }],
        response: {
          status: 200,
          body: { version: integration.version, name: integration.name, time: now.toISOString() },
        },
      };
    case "TYPE_NEW_MESSAGE":
    case "TYPE_UPDATE_MESSAGE": {
      if (!isOzonBuyerChat(push.chat_type))
        return { events: [{ type: "ignored", vendorType: `${push.message_type}:${push.chat_type}` }], response: ok };
      const message = mapOzonMessage({
        chatId: push.chat_id,
        message: { message_id: push.message_id, created_at: push.created_at, user: push.user, data: push.data ?? [] },
      });
      const ids = { chatExternalId: push.chat_id, messageExternalId: push.message_id, message };
      if (push.message_type === "TYPE_NEW_MESSAGE")
        return { events: [{ type: "message.created", ...ids }], response: ok };
      // An edit: its own fact (a new text at updated_at), not a redelivery of the message. Without
      // updated_at (the spec always sends it) the message's own time stands in: the body is parsed again
      // when the stored push is processed, so the value must not depend on when that happens.
      return {
        events: [{ type: "message.updated", ...ids, editedAt: toIso(push.updated_at ?? push.created_at) }],
        response: ok,
      };
    }
    case "TYPE_CHAT_CLOSED":
      return { events: [{ type: "chat.closed", chatExternalId: push.chat_id }], response: ok };
    case "TYPE_MESSAGE_READ": {
      // The buyer read the chat up to last_read_message_id (the spec's user is the Customer); other readers
      // (Support, notifications) say nothing about the buyer.
      const byBuyer = !push.user || mapOzonAuthor(push.user.type) === "buyer";
      if (!isOzonBuyerChat(push.chat_type) || !byBuyer || !push.last_read_message_id) {
        return { events: [{ type: "ignored", vendorType: push.message_type }], response: ok };
      }
      return {
        events: [
          { type: "messages.read", chatExternalId: push.chat_id, upToMessageExternalId: push.last_read_message_id },
        ],
        response: ok,
      };
    }
  }
}

function isChatType(type: string): boolean {
  return ["TYPE_PING", "TYPE_NEW_MESSAGE", "TYPE_UPDATE_MESSAGE", "TYPE_MESSAGE_READ", "TYPE_CHAT_CLOSED"].includes(
    type,
  );
}

function errorResult(code: string, message: string): WebhookResult {
  return { events: [], response: { status: 400, body: { error: { code, message, details: null } } } };
}
