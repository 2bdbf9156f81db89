import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import type { SendFailureReason } from "@/lib/review-requests/send-review-request";

// Why a review request was skipped, is retried or failed: a code with values in ReviewRequest.reason and
// reasonParams, worded in the reader's language where the log shows it. Rows stored before the codes hold
// the Russian sentence: a known one is read back into its code; any other is shown as it was stored.

type Simple =
  | "duplicate_event"
  | "opted_out"
  | "not_configured"
  | "no_review_link"
  | "no_channel"
  | "no_email"
  | "not_sent"
  | "send_error"
  | "interrupted";
type Final =
  | { code: Simple; params?: undefined }
  | { code: "frequency_limit"; params: { last: string; days: number } }
  | Exclude<SendFailureReason, { code: "not_configured" | "no_email" }>
  | { code: "undelivered"; params: { detail: string } };
export type RequestReason =
  Final | { code: "retry"; params: { reason: Final; minutes: number } } | { code: "stored"; params: { text: string } };

const SIMPLE = [
  "duplicate_event",
  "opted_out",
  "not_configured",
  "no_review_link",
  "no_channel",
  "no_email",
  "not_sent",
  "send_error",
  "interrupted",
] as const;
const finalSchema = z.discriminatedUnion("code", [
  z.object({ code: z.enum(SIMPLE) }),
  z.object({
    code: z.literal("frequency_limit"),
    params: z.object({ last: z.string(), days: z.number().int().positive() }),
  }),
  z.object({ code: z.literal("missing_fields"), params: z.object({ fields: z.string() }) }),
  z.object({ code: z.literal("provider_timeout"), params: z.object({ provider: z.string() }) }),
  z.object({ code: z.enum(["provider_failed", "undelivered"]), params: z.object({ detail: z.string() }) }),
]);
const retrySchema = z.object({
  code: z.literal("retry"),
  params: z.object({ reason: finalSchema, minutes: z.number().int().positive() }),
});

/** The columns a reason is stored in. */
export function reasonColumns(reason: RequestReason): {
  reason: string;
  reasonParams: Prisma.InputJsonValue | typeof Prisma.DbNull;
} {
  return { reason: reason.code, reasonParams: reason.params ?? Prisma.DbNull };
}

const words = dictionaries.ru.reviewRequestReasons;
const exact = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "u");
const LEGACY: [RegExp, (m: RegExpExecArray) => Final][] = [
  ...SIMPLE.map((code): [RegExp, () => Final] => [exact(words[code]), () => ({ code })]),
  [
    /^Этому номеру уже отправляли запрос (\S+); не чаще раза в (\d+) дн\.$/u,
    (m) => ({ code: "frequency_limit", params: { last: m[1]!, days: Number(m[2]) } }),
  ],
  [/^Не отправлено: не заполнено ([\s\S]+)$/u, (m) => ({ code: "missing_fields", params: { fields: m[1]! } })],
  [
    /^([\s\S]+): нет ответа вовремя — сообщение могло уйти, запасные каналы не использованы$/u,
    (m) => ({ code: "provider_timeout", params: { provider: m[1]! } }),
  ],
  [/^Не отправлено: ([\s\S]+)$/u, (m) => ({ code: "provider_failed", params: { detail: m[1]! } })],
  [/^Не доставлено: ([\s\S]+)$/u, (m) => ({ code: "undelivered", params: { detail: m[1]! } })],
];

function legacyFinal(text: string): Final | null {
  for (const [re, toReason] of LEGACY) {
    const m = re.exec(text);
    if (m) return toReason(m);
  }
  return null;
}

/** The stored reason as a code: a coded row as it is, an old worded one read back, else the text as stored. */
export function storedRequestReason({
  reason,
  reasonParams,
}: {
  reason: string;
  reasonParams: unknown;
}): RequestReason {
  const coded = z.union([finalSchema, retrySchema]).safeParse({ code: reason, params: reasonParams ?? undefined });
  if (coded.success) return coded.data as RequestReason;
  const retry = /^([\s\S]+) — повторим через (\d+) мин$/u.exec(reason);
  const first = retry ? legacyFinal(retry[1]!) : null;
  if (retry && first) return { code: "retry", params: { reason: first, minutes: Number(retry[2]) } };
  return legacyFinal(reason) ?? { code: "stored", params: { text: reason } };
}

/** The reason worded in `locale`. */
export function requestReasonText(reason: RequestReason, locale: Locale): string {
  const dictionary = dictionaries[locale].reviewRequestReasons;
  if (reason.code === "stored") return reason.params.text;
  if (reason.code === "retry")
    return formatMessage(locale, dictionary.retry, {
      reason: requestReasonText(reason.params.reason, locale),
      minutes: reason.params.minutes,
    });
  return formatMessage(locale, dictionary[reason.code], reason.params);
}

/** A row's reason as the log shows it: worded in `locale`; verbatim when the words are not ours (an old row). */
export function shownRequestReason(
  { reason, reasonParams }: { reason: string | null; reasonParams: unknown },
  locale: Locale,
): { reason: string | null; reasonVerbatim: boolean } {
  if (reason === null) return { reason: null, reasonVerbatim: false };
  const stored = storedRequestReason({ reason, reasonParams });
  return { reason: requestReasonText(stored, locale), reasonVerbatim: stored.code === "stored" };
}
