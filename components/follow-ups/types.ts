// Shapes of the follow-up API responses as the browser receives them (dates as ISO strings).
import type { Jsonified } from "@/components/inbox/types";
import { findingText } from "@/lib/ai/finding-text";
import type { draftFollowUp } from "@/lib/follow-ups/draft-follow-up";
import type { getFollowUpRules } from "@/lib/follow-ups/get-follow-up-rules";
import type { getProactiveOptions } from "@/lib/follow-ups/get-proactive-options";
import type { listChatScheduledMessages } from "@/lib/follow-ups/list-chat-scheduled-messages";
import type { listProductSettings } from "@/lib/follow-ups/list-product-settings";
import type { listScheduledMessages } from "@/lib/follow-ups/list-scheduled-messages";

export type ChatScheduledList = Jsonified<Awaited<ReturnType<typeof listChatScheduledMessages>>>;
export type ScheduledItem = ChatScheduledList["messages"][number];
export type ScheduledList = Jsonified<Awaited<ReturnType<typeof listScheduledMessages>>>;
export type ScheduledWithChat = ScheduledList["messages"][number];
export type ProactiveOptions = Jsonified<Awaited<ReturnType<typeof getProactiveOptions>>>;
export type FollowUpDraft = Jsonified<Awaited<ReturnType<typeof draftFollowUp>>>;
export type FollowUpRule = Jsonified<Awaited<ReturnType<typeof getFollowUpRules>>>[number];
export type ProductSettingList = Jsonified<Awaited<ReturnType<typeof listProductSettings>>>;
export type ProductSettingRow = ProductSettingList["products"][number];

/** The API's error body as fetch-json throws it is only the message: read details here instead. */
export async function sendJson<T>(url: string, method: string, body?: unknown): Promise<T> {
  const res = await fetch(url, { method, headers: body === undefined ? undefined : { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw new ApiError(json?.error?.message ?? `HTTP ${res.status}`, json?.error?.details);
  return json as T;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly details?: { reason?: string; ru?: string; en?: string; findings?: { message: string; messageEn?: string; kind?: string; severity?: string }[] },
  ) {
    super(message);
  }
}

/** The reason to show for a refused request, in the page's language. */
export function errorText(error: unknown, locale: string): string {
  if (error instanceof ApiError) {
    const d = error.details;
    if (d?.ru && d.en) return locale === "en" ? d.en : d.ru;
    if (d?.findings?.length) return d.findings.map((f) => findingText(f, locale)).join("; ");
  }
  return error instanceof Error ? error.message : String(error);
}
