import { mapAvitoMessage } from "@/lib/marketplaces/avito/map";
import { avitoWebhookSchema } from "@/lib/marketplaces/avito/schemas";
import { parseJson } from "@/lib/marketplaces/http/json";
import { isUnusable, requireField, skipRecord } from "@/lib/marketplaces/parse-each";
import type { WebhookResult } from "@/lib/marketplaces/schemas";

// Avito messenger webhook v3. Avito only needs a 200 within 2 s. Our own sent messages arrive too
// (author_id == user_id): they come back as seller messages, and ingestion dedupes by id.

export function handleAvitoWebhook({ body }: { body: string }): WebhookResult {
  const ok = { status: 200, body: { ok: true } };
  let raw: unknown;
  try {
    raw = parseJson(body);
  } catch {
    return { events: [], response: { status: 400, body: { error: "not json" } } };
  }
  const parsed = avitoWebhookSchema.safeParse(raw);
  if (!parsed.success) {
    // Avito's own reachability check posts "{}": answer 200 so the subscription stays healthy.
    const payload = (raw as { payload?: unknown } | null)?.payload;
    if (payload === undefined || payload === null)
      return { events: [{ type: "ignored", vendorType: "unknown" }], response: ok };
    return { events: [], response: ok, skipped: [skipRecord({ kind: "avito.push", raw, error: parsed.error })] };
  }
  const { payload } = parsed.data;
  if (payload.type !== "message") return { events: [{ type: "ignored", vendorType: payload.type }], response: ok };
  const v = payload.value;
  try {
    const chatId = requireField(v.chat_id, "payload.value.chat_id");
    const message = mapAvitoMessage({
      chatId,
      userId: v.user_id ?? null,
      message: {
        id: v.id,
        author_id: v.author_id,
        created: v.created,
        type: v.type,
        content: v.content,
        direction: null,
      },
    });
    return {
      events: [{ type: "message.created", chatExternalId: chatId, messageExternalId: message.externalId, message }],
      response: ok,
    };
  } catch (error) {
    if (!isUnusable(error)) throw error;
    return { events: [], response: ok, skipped: [skipRecord({ kind: "avito.push", raw, error })] };
  }
}
