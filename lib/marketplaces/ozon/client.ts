import { requestJson, type HttpContext, type VendorErrorDescription } from "@/lib/marketplaces/http/request";
import type { RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import type { OzonBaseUrls } from "@/lib/marketplaces/ozon/credentials";
import {
  ozonChatHistoryResponseSchema,
  ozonChatListResponseSchema,
  ozonChatReadResponseSchema,
  ozonChatStartResponseSchema,
  ozonErrorBodySchema,
  ozonResultSuccessSchema,
} from "@/lib/marketplaces/ozon/schemas";

// Ozon Seller API chat methods: all POST + JSON, headers Client-Id and Api-Key.

/** The captured spec has no chat limits; Ozon's general per-Client-Id limits are far higher, so stay modest. */
export const OZON_RATE_LIMITS: Record<"chat", RateLimitInput> = { chat: { burst: 10, intervalMs: 200 } };

export function describeOzonError({ body }: { body: unknown }): VendorErrorDescription | null {
  const parsed = ozonErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const message = parsed.data.message || parsed.data.error?.message || "";
  const code = parsed.data.code ?? parsed.data.error?.code ?? null;
  return message ? { message, vendorCode: code === null ? null : String(code) } : null;
}

export type OzonApi = { ctx: HttpContext; base: OzonBaseUrls };

function post(api: OzonApi, path: string, json: unknown, write = false) {
  return { method: "POST" as const, url: `${api.base.api}${path}`, json, bucket: "chat", write };
}

/**
 * The captured spec states no maximum for `limit` here (its example sends 1), so pages use Ozon's own
 * default unless a caller passes a value the spec shows.
 */
export function ozonListChats({
  api,
  cursor,
  limit,
  unreadOnly = false,
}: {
  api: OzonApi;
  cursor?: string | null;
  limit?: number;
  unreadOnly?: boolean;
}) {
  return requestJson(
    api.ctx,
    post(api, "/v3/chat/list", {
      ...(cursor ? { cursor } : {}),
      filter: { unread_only: unreadOnly },
      ...(limit ? { limit } : {}),
    }),
    ozonChatListResponseSchema,
  );
}

export function ozonChatHistory({
  api,
  chatId,
  direction,
  fromMessageId,
  messageIds,
  limit = 100,
}: {
  api: OzonApi;
  chatId: string;
  direction: "Forward" | "Backward";
  fromMessageId?: string | null;
  messageIds?: string[];
  /** Spec: default 50, maximum 1000. */
  limit?: number;
}) {
  return requestJson(
    api.ctx,
    post(api, "/v3/chat/history", {
      chat_id: chatId,
      direction,
      ...(fromMessageId ? { from_message_id: BigInt(fromMessageId) } : {}),
      ...(messageIds ? { filter: { message_ids: messageIds } } : {}),
      limit,
    }),
    ozonChatHistoryResponseSchema,
  );
}

export function ozonSendMessage({ api, chatId, text }: { api: OzonApi; chatId: string; text: string }) {
  return requestJson(
    api.ctx,
    post(api, "/v1/chat/send/message", { chat_id: chatId, text }, true),
    ozonResultSuccessSchema,
  );
}

export function ozonSendFile({
  api,
  chatId,
  name,
  bytes,
}: {
  api: OzonApi;
  chatId: string;
  name: string;
  bytes: Uint8Array;
}) {
  return requestJson(
    api.ctx,
    post(
      api,
      "/v1/chat/send/file",
      { base64_content: Buffer.from(bytes).toString("base64"), chat_id: chatId, name },
      true,
    ),
    ozonResultSuccessSchema,
  );
}

export function ozonStartChat({ api, postingNumber }: { api: OzonApi; postingNumber: string }) {
  return requestJson(
    api.ctx,
    post(api, "/v1/chat/start", { posting_number: postingNumber }, true),
    ozonChatStartResponseSchema,
  );
}

export function ozonReadChat({ api, chatId, fromMessageId }: { api: OzonApi; chatId: string; fromMessageId: string }) {
  return requestJson(
    api.ctx,
    post(api, "/v2/chat/read", { chat_id: chatId, from_message_id: BigInt(fromMessageId) }),
    ozonChatReadResponseSchema,
  );
}
