import {
  avitoChatSchema,
  avitoChatsResponseSchema,
  avitoErrorBodySchema,
  avitoMessagesResponseSchema,
  avitoOkSchema,
  avitoSelfSchema,
  avitoSendResponseSchema,
  avitoUploadResponseSchema,
} from "@/lib/marketplaces/avito/schemas";
import { requestJson, type HttpContext, type VendorErrorDescription } from "@/lib/marketplaces/http/request";
import type { RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";

// Avito Messenger API calls. Authorization: Bearer <access token> (added by the connector's token provider).

/** The spec gives no numbers (only X-RateLimit-* headers, per minute); stay at 1 req/s with a small burst. */
export const AVITO_RATE_LIMITS: Record<"messenger" | "token", RateLimitInput> = {
  messenger: { burst: 10, intervalMs: 1000 },
  token: { burst: 3, intervalMs: 1000 },
};

export function describeAvitoError({ body }: { body: unknown }): VendorErrorDescription | null {
  const parsed = avitoErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const { error, error_description, message } = parsed.data;
  if (typeof error === "string") return { message: error_description || error, vendorCode: error };
  const text = error?.message || message || "";
  return text ? { message: text, vendorCode: error?.code == null ? null : String(error.code) } : null;
}

export type AvitoApi = { ctx: HttpContext; api: string };

const get = (a: AvitoApi, path: string, query?: Record<string, string | number | boolean | undefined>) => ({
  method: "GET" as const,
  url: `${a.api}${path}`,
  query,
  bucket: "messenger",
});
const post = (a: AvitoApi, path: string, json?: unknown, write = false) => ({
  method: "POST" as const,
  url: `${a.api}${path}`,
  json,
  bucket: "messenger",
  write,
});

/** Not in the messenger spec: Avito's user API, used only when the seller did not give their profile id. */
export function avitoSelf({ a }: { a: AvitoApi }) {
  return requestJson(a.ctx, get(a, "/core/v1/accounts/self"), avitoSelfSchema);
}

export function avitoListChats({
  a,
  userId,
  offset,
  limit = 100,
  unreadOnly = false,
}: {
  a: AvitoApi;
  userId: string;
  offset: number;
  limit?: number;
  unreadOnly?: boolean;
}) {
  return requestJson(
    a.ctx,
    get(a, `/messenger/v2/accounts/${userId}/chats`, {
      chat_types: "u2i,u2u",
      limit,
      offset,
      unread_only: unreadOnly || undefined,
    }),
    avitoChatsResponseSchema,
  );
}

export function avitoGetChat({ a, userId, chatId }: { a: AvitoApi; userId: string; chatId: string }) {
  return requestJson(
    a.ctx,
    get(a, `/messenger/v2/accounts/${userId}/chats/${encodeURIComponent(chatId)}`),
    avitoChatSchema,
  );
}

/** v3, with the trailing slash the spec has. Newest first; does not mark anything read. */
export function avitoListMessages({
  a,
  userId,
  chatId,
  offset,
  limit = 100,
}: {
  a: AvitoApi;
  userId: string;
  chatId: string;
  offset: number;
  limit?: number;
}) {
  return requestJson(
    a.ctx,
    get(a, `/messenger/v3/accounts/${userId}/chats/${encodeURIComponent(chatId)}/messages/`, { limit, offset }),
    avitoMessagesResponseSchema,
  );
}

export function avitoSendText({
  a,
  userId,
  chatId,
  text,
}: {
  a: AvitoApi;
  userId: string;
  chatId: string;
  text: string;
}) {
  return requestJson(
    a.ctx,
    post(
      a,
      `/messenger/v1/accounts/${userId}/chats/${encodeURIComponent(chatId)}/messages`,
      { message: { text }, type: "text" },
      true,
    ),
    avitoSendResponseSchema,
  );
}

export async function avitoSendImage({
  a,
  userId,
  chatId,
  file,
}: {
  a: AvitoApi;
  userId: string;
  chatId: string;
  file: OutgoingFile;
}) {
  const form = new FormData();
  form.append("uploadfile[]", new Blob([file.bytes], { type: file.mimeType }), file.fileName);
  const uploaded = await requestJson(
    a.ctx,
    {
      method: "POST",
      url: `${a.api}/messenger/v1/accounts/${userId}/uploadImages`,
      form,
      bucket: "messenger",
      write: true,
    },
    avitoUploadResponseSchema,
  );
  const imageId = Object.keys(uploaded)[0];
  if (!imageId) throw new Error("avito: uploadImages returned no image id");
  return requestJson(
    a.ctx,
    post(
      a,
      `/messenger/v1/accounts/${userId}/chats/${encodeURIComponent(chatId)}/messages/image`,
      { image_id: imageId },
      true,
    ),
    avitoSendResponseSchema,
  );
}

export function avitoReadChat({ a, userId, chatId }: { a: AvitoApi; userId: string; chatId: string }) {
  return requestJson(
    a.ctx,
    post(a, `/messenger/v1/accounts/${userId}/chats/${encodeURIComponent(chatId)}/read`),
    avitoOkSchema,
  );
}

export function avitoSubscribeWebhook({ a, url }: { a: AvitoApi; url: string }) {
  return requestJson(a.ctx, post(a, "/messenger/v3/webhook", { url }, true), avitoOkSchema);
}
