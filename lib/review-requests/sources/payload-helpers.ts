import { createHash } from "node:crypto";

import { z } from "zod";

import { normalizePhone } from "@/lib/review-requests/normalize-phone";
import { MalformedPayloadError } from "@/lib/review-requests/sources/malformed-payload-error";
import type { PhoneProblem, WebhookReason } from "@/lib/review-requests/webhook-reason";
import type { SkippedEvent, WebhookOutcome, WebhookSkipCode } from "@/lib/review-requests/sources/webhook-outcome";

// Shared building blocks of the four source parsers.

/** Ids arrive as numbers in JSON and as strings in form bodies. */
export const idSchema = z.union([z.string(), z.number()]);
export const phoneValueSchema = z.union([z.string(), z.number()]);
export const textValueSchema = z.union([z.string(), z.number()]);

/** A buyer as the sources send one (customer, client, contact): each field may be missing or null. */
export const personSchema = z.looseObject({
  name: textValueSchema.nullish(),
  phone: phoneValueSchema.nullish(),
  email: z.string().nullish(),
});

/** The body read by the source's schema; a body it refuses is a MalformedPayloadError naming the fields. */
export function readPayload<S extends z.ZodType>({
  source,
  schema,
  body,
}: {
  source: string;
  schema: S;
  body: unknown;
}): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw MalformedPayloadError.fromZod({ source, error: parsed.error });
  return parsed.data;
}

export function idToString(value: string | number | null | undefined): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return text === "" ? undefined : text;
}

/** First non-empty string among the candidates, trimmed. */
export function firstText(...values: unknown[]): string | undefined {
  for (const value of values) {
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value)) return String(value);
  }
  return undefined;
}

export function firstEmail(...values: unknown[]): string | undefined {
  for (const value of values) {
    const parsed = z.email().safeParse(typeof value === "string" ? value.trim() : value);
    if (parsed.success) return parsed.data;
  }
  return undefined;
}

/**
 * qs turns `a[0]=x` into an array but `a[150]=x` (past arrayLimit) into an object with
 * numeric keys; JSON senders sometimes do the same. Used as a zod preprocess step so both
 * read as one list.
 */
export function toList(value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const entries = Object.entries(value);
    if (entries.length > 0 && entries.every(([key]) => /^\d+$/.test(key))) {
      return entries.sort(([a], [b]) => Number(a) - Number(b)).map(([, item]) => item);
    }
  }
  return value;
}

/**
 * A timestamp we can trust: unix seconds or ms (number or digits) or ISO 8601 with an explicit
 * offset. A zone-less "2024-01-15T14:30:00" (iiko's eventTime is in the venue's local time)
 * is dropped rather than guessed: read as UTC it would be off by the venue's offset.
 */
export function parseTimestamp(value: unknown): Date | undefined {
  if (typeof value === "number" || (typeof value === "string" && /^\d{9,13}$/.test(value.trim()))) {
    const number = Number(value);
    if (!Number.isFinite(number) || number <= 0) return undefined;
    // Seconds until the year 5138; anything larger is already milliseconds.
    return new Date(number < 1e11 ? number * 1000 : number);
  }
  if (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(value.trim())
  ) {
    const date = new Date(value.trim().replace(" ", "T"));
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  return undefined;
}

/**
 * Fallback idempotency key for payloads without an order id (the seed's own test curls have
 * none): a hash of the canonical payload, so a retried delivery of the same body is still
 * recognised. Key order does not matter.
 */
export function fingerprintPayload(body: unknown): string {
  return `payload-sha256:${createHash("sha256").update(canonicalJson(body)).digest("hex").slice(0, 32)}`;
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

export type PhonePick = { ok: true; phone: string } | { ok: false; skip: Omit<SkippedEvent, "sourceEventId"> };

/** Tries the candidate fields in priority order; the first usable number wins. */
export function pickPhone(candidates: readonly unknown[]): PhonePick {
  let firstProblem: PhoneProblem | undefined;
  for (const candidate of candidates) {
    if (candidate === null || candidate === undefined || candidate === "") continue;
    const result = normalizePhone({ raw: candidate });
    if (result.ok) return { ok: true, phone: result.e164 };
    firstProblem ??= result.problem;
  }
  return firstProblem
    ? {
        ok: false,
        skip: {
          outcome: "skipped",
          code: "invalid_phone",
          reason: { code: "invalid_phone", params: { problem: firstProblem } },
        },
      }
    : { ok: false, skip: { outcome: "skipped", code: "no_phone", reason: { code: "no_phone" } } };
}

/** The event counts: eligible with the first usable phone among the candidates, else skipped for want of one. */
export function eventWithPhone({
  sourceEventId,
  phones,
  ...buyer
}: {
  sourceEventId: string;
  phones: readonly unknown[];
  customerName: string | undefined;
  email: string | undefined;
  occurredAt: Date | undefined;
}): WebhookOutcome {
  const phone = pickPhone(phones);
  if (!phone.ok) return { ...phone.skip, sourceEventId };
  return { outcome: "eligible", sourceEventId, phone: phone.phone, ...buyer };
}

export function skippedEvent({
  code,
  reason,
  sourceEventId,
}: {
  code: WebhookSkipCode;
  reason: WebhookReason;
  sourceEventId: string;
}): SkippedEvent {
  return { outcome: "skipped", code, reason, sourceEventId };
}

/** Status comparison tolerant to case, spaces and ё/е ("Выполнен", " выполнен "). */
export function normalizeStatus(value: string): string {
  return value.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");
}
