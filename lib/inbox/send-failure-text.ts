import { z } from "zod";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { legacyOutgoingRefusal } from "@/lib/inbox/legacy-outgoing-refusal";
import type { SendFailure } from "@/lib/inbox/send-failure";
import { OUTGOING_REFUSAL_CODES } from "@/lib/marketplaces/outgoing-refusal";

// The reason of a FAILED reply in the reader's language. Rows stored before replies kept a code hold the
// Russian sentence: it is read back into its code, so it rewords too (our own refusals stored as a
// marketplace's reason too); a marketplace's own reason stays as it came.

const failureSchema = z.discriminatedUnion("code", [
  z.object({ code: z.enum(["disconnected", "unsupported", "timeout", "internal", "may_have_been_sent"]) }),
  z.object({ code: z.literal("auth"), params: z.object({ vendor: z.string() }) }),
  z.object({ code: z.literal("rate_limited"), params: z.object({ seconds: z.number().int().nonnegative() }) }),
  z.object({ code: z.enum(["retry_later", "refused"]), params: z.object({ detail: z.string() }) }),
  z.object({
    code: z.literal("refusal"),
    params: z.object({
      refusal: z.enum(OUTGOING_REFUSAL_CODES),
      max: z.number().optional(),
      length: z.number().optional(),
      fileName: z.string().optional(),
      mimeType: z.string().optional(),
      allowed: z.string().optional(),
      megabytes: z.number().optional(),
      messageType: z.string().optional(),
      order: z.string().optional(),
      offered: z.string().optional(),
      count: z.number().optional(),
    }),
  }),
  z.object({ code: z.literal("rejected"), params: z.object({ reason: z.string() }) }),
]);

const LEGACY: [RegExp, (m: RegExpExecArray) => SendFailure][] = [
  [/^Аккаунт отключён: подключите его снова в настройках\.$/u, () => ({ code: "disconnected" })],
  [
    /^Маркетплейс не принял ключ доступа: ([\s\S]*)\. Переподключите аккаунт в настройках\.$/u,
    (m) => ({ code: "auth", params: { vendor: m[1]! } }),
  ],
  [
    /^Маркетплейс ограничил частоту запросов\. Повторите (?:через (\d+) с|чуть позже)\.$/u,
    (m) => ({ code: "rate_limited", params: { seconds: Number(m[1] ?? 0) } }),
  ],
  [/^Маркетплейс не позволяет отправить такой ответ через API\.$/u, () => ({ code: "unsupported" })],
  [/^Маркетплейс не ответил вовремя\. /u, () => ({ code: "timeout" })],
  [
    /^Маркетплейс не принял сообщение([\s\S]*)\. Повторите позже\.$/u,
    (m) => ({ code: "retry_later", params: { detail: m[1]! } }),
  ],
  [
    /^Маркетплейс отказал([\s\S]*)\. Повтор не поможет: проверьте чат в кабинете маркетплейса\.$/u,
    (m) => ({ code: "refused", params: { detail: m[1]! } }),
  ],
  [/^Не удалось отправить из-за внутренней ошибки\. Повторите позже\.$/u, () => ({ code: "internal" })],
  [/^Возможно, отправлено — проверьте в кабинете маркетплейса/u, () => ({ code: "may_have_been_sent" })],
];

/** The stored failure as a code: a coded row as it is, an old worded one read back. */
export function storedSendFailure({ error, errorParams }: { error: string; errorParams: unknown }): SendFailure {
  const coded = failureSchema.safeParse({ code: error, params: errorParams ?? undefined });
  const data = coded.success ? (coded.data as SendFailure) : null;
  if (data && data.code !== "rejected") return data;
  const refusal = legacyOutgoingRefusal(data ? data.params.reason : error);
  if (refusal) return { code: "refusal", params: refusal };
  if (data) return data;
  for (const [re, toFailure] of LEGACY) {
    const m = re.exec(error);
    if (m) return toFailure(m);
  }
  return { code: "rejected", params: { reason: error } };
}

/** The failure worded in `locale`. */
export function sendFailureText(failure: SendFailure, locale: Locale): string {
  if (failure.code === "rejected") return failure.params.reason;
  if (failure.code === "refusal") {
    const { refusal, ...values } = failure.params;
    return formatMessage(locale, dictionaries[locale].outgoingRefusals[refusal], values);
  }
  return formatMessage(locale, dictionaries[locale].sendFailures[failure.code], failure.params);
}

/** A message as the thread shows it: its stored failure worded in `locale`, the values dropped. */
export function wordMessageError<M extends { error: string | null; errorParams: unknown }>(
  message: M,
  locale: Locale,
): Omit<M, "errorParams"> {
  const { errorParams, ...rest } = message;
  return {
    ...rest,
    error:
      message.error === null ? null : sendFailureText(storedSendFailure({ error: message.error, errorParams }), locale),
  };
}
