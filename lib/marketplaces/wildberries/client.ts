import { z } from "zod";

import { MarketplaceResponseError } from "@/lib/marketplaces/http/errors";
import { parseJson } from "@/lib/marketplaces/http/json";
import {
  requestJson,
  sendRequest,
  type HttpContext,
  type VendorErrorDescription,
} from "@/lib/marketplaces/http/request";
import type { RateLimitInput } from "@/lib/marketplaces/http/rate-limit";
import type { OutgoingFile } from "@/lib/marketplaces/schemas";
import type { DownloadResult } from "@/lib/marketplaces/types";
import type { WildberriesBaseUrls } from "@/lib/marketplaces/wildberries/credentials";
import {
  wbArchiveFeedbacksResponseSchema,
  wbChatsResponseSchema,
  wbDownloadPendingSchema,
  wbErrorBodySchema,
  wbEventsResponseSchema,
  wbFeedbacksResponseSchema,
  wbQuestionPatchResponseSchema,
  wbQuestionsResponseSchema,
  wbSendResponseSchema,
} from "@/lib/marketplaces/wildberries/schemas";

// Thin typed calls to the WB APIs. Auth header is the bare token (the spec defines no "Bearer" prefix).

/** Documented per-seller limits: chat 10 req / 10 s (1 per s, burst 10); feedbacks+questions 3 per s, burst 6. */
export const WB_RATE_LIMITS: Record<"chat" | "feedbacks", RateLimitInput> = {
  chat: { burst: 10, intervalMs: 1000 },
  feedbacks: { burst: 6, intervalMs: 333 },
};

export function describeWbError({ body }: { body: unknown }): VendorErrorDescription | null {
  const parsed = wbErrorBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const listed = [...(b.errors ?? []), ...(b.additionalErrors ?? [])].filter(Boolean).join("; ");
  const message = b.detail || b.errorText || listed || (typeof b.error === "string" ? b.error : "") || b.title || "";
  return message ? { message, vendorCode: b.title ?? null } : null;
}

const DEFAULT_DOWNLOAD_RETRY_SECONDS = 30;

export type WbApi = { ctx: HttpContext; base: WildberriesBaseUrls };

export function wbPing({ api, service }: { api: WbApi; service: "chat" | "feedbacks" }) {
  return requestJson(api.ctx, { method: "GET", url: `${api.base[service]}/ping`, bucket: service }, z.unknown());
}

export function wbListEvents({ api, next }: { api: WbApi; next: number | null }) {
  return requestJson(
    api.ctx,
    { method: "GET", url: `${api.base.chat}/api/v1/seller/events`, query: { next: next ?? undefined }, bucket: "chat" },
    wbEventsResponseSchema,
  );
}

export function wbListChats({ api }: { api: WbApi }) {
  return requestJson(
    api.ctx,
    { method: "GET", url: `${api.base.chat}/api/v1/seller/chats`, bucket: "chat" },
    wbChatsResponseSchema,
  );
}

export function wbSendMessage({
  api,
  replySign,
  text,
  files = [],
}: {
  api: WbApi;
  replySign: string;
  text: string;
  files?: OutgoingFile[];
}) {
  const form = new FormData();
  form.append("replySign", replySign);
  if (text) form.append("message", text);
  for (const file of files) form.append("file", new Blob([file.bytes], { type: file.mimeType }), file.fileName);
  return requestJson(
    api.ctx,
    { method: "POST", url: `${api.base.chat}/api/v1/seller/message`, form, bucket: "chat", write: true },
    wbSendResponseSchema,
  );
}

export async function wbDownload({ api, downloadId }: { api: WbApi; downloadId: string }): Promise<DownloadResult> {
  const spec = {
    method: "GET" as const,
    url: `${api.base.chat}/api/v1/seller/download/${encodeURIComponent(downloadId)}`,
    bucket: "chat",
    passStatuses: [202, 451],
  };
  const res = await sendRequest(api.ctx, spec);
  if (res.status === 200) return { status: "ready", bytes: res.bytes, mimeType: res.headers.get("content-type") };
  const text = new TextDecoder().decode(res.bytes);
  let body: unknown = null;
  try {
    body = parseJson(text);
  } catch {
    body = null;
  }
  if (res.status === 202) {
    const pending = wbDownloadPendingSchema.safeParse(body);
    if (!pending.success) {
      throw new MarketplaceResponseError({
        marketplace: "wildberries",
        status: 202,
        message: `wildberries: bad 202 body: ${text.slice(0, 120)}`,
      });
    }
    return { status: "pending", retryAfterSeconds: pending.data.retrySeconds ?? DEFAULT_DOWNLOAD_RETRY_SECONDS };
  }
  return { status: "rejected", reason: describeWbError({ body })?.message ?? "moderation error" };
}

type WbPage = { api: WbApi; take: number; skip: number };

/** One page of the feedbacks API's lists, newest first. */
function wbListPage<S extends z.ZodType>(api: WbApi, path: string, query: Record<string, boolean | number>, schema: S) {
  return requestJson(
    api.ctx,
    { method: "GET", url: `${api.base.feedbacks}${path}`, query: { ...query, order: "dateDesc" }, bucket: "feedbacks" },
    schema,
  );
}

export function wbListFeedbacks({ api, isAnswered, take, skip }: WbPage & { isAnswered: boolean }) {
  return wbListPage(api, "/api/v1/feedbacks", { isAnswered, take, skip }, wbFeedbacksResponseSchema);
}

/** Reviews answered, or unanswered for 30 days, or without text and photos (take max 5000, skip unbounded). */
export function wbListArchivedFeedbacks({ api, take, skip }: WbPage) {
  return wbListPage(api, "/api/v1/feedbacks/archive", { take, skip }, wbArchiveFeedbacksResponseSchema);
}

export function wbListQuestions({ api, isAnswered, take, skip }: WbPage & { isAnswered: boolean }) {
  return wbListPage(api, "/api/v1/questions", { isAnswered, take, skip }, wbQuestionsResponseSchema);
}

/** 204 on success; PATCH edits an existing answer (allowed once, within 60 days). */
export async function wbAnswerFeedback({
  api,
  id,
  text,
  edit,
}: {
  api: WbApi;
  id: string;
  text: string;
  edit: boolean;
}) {
  await sendRequest(api.ctx, {
    method: edit ? "PATCH" : "POST",
    url: `${api.base.feedbacks}/api/v1/feedbacks/answer`,
    json: { id, text },
    bucket: "feedbacks",
    write: true,
  });
}

export function wbAnswerQuestion({ api, id, text }: { api: WbApi; id: string; text: string }) {
  return requestJson(
    api.ctx,
    {
      method: "PATCH",
      url: `${api.base.feedbacks}/api/v1/questions`,
      json: { id, answer: { text }, state: "wbRu" },
      bucket: "feedbacks",
      write: true,
    },
    wbQuestionPatchResponseSchema,
  );
}
