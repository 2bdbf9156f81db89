import { z } from "zod";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";

// What became of a POS/CRM webhook (ReviewWebhookEvent.reason + reasonParams) and of each order, visit or
// deal in it (details[].reason + reasonParams): a code with values, worded in the reader's language where it
// is shown. Rows stored before the codes hold the Russian sentence: a known one is read back into its code,
// any other is shown as it was stored. Values that are the source's own words ("none" when it sent none)
// stay as the source sent them.

const SIMPLE = [
  "duplicate_event",
  "duplicate_order",
  "skipped",
  "amocrm_no_status_change",
  "amocrm_lost",
  "amocrm_no_phone",
  "iiko_no_event",
  "yclients_deleted",
  "no_phone",
  "empty_body",
  "nul_character",
  "lone_surrogate",
  "invalid_json",
  "not_object",
  "empty_leads",
] as const;
const PHONE_SIMPLE = ["phone_missing", "phone_too_long"] as const;

const phoneProblemSchema = z.discriminatedUnion("code", [
  z.object({ code: z.enum(PHONE_SIMPLE) }),
  z.object({ code: z.literal("phone_not_mobile"), params: z.object({ number: z.string(), type: z.string() }) }),
  z.object({ code: z.literal("phone_unrecognized"), params: z.object({ text: z.string() }) }),
]);
/** Why a phone cannot be texted. */
export type PhoneProblem = z.infer<typeof phoneProblemSchema>;

const text = z.string();
export const webhookReasonSchema = z.discriminatedUnion("code", [
  z.object({ code: z.enum(SIMPLE) }),
  z.object({ code: z.literal("queued"), params: z.object({ n: z.number().int().positive() }) }),
  z.object({ code: z.enum(["amocrm_status", "iiko_status", "rkeeper_status"]), params: z.object({ status: text }) }),
  z.object({ code: z.literal("iiko_event"), params: z.object({ event: text }) }),
  z.object({ code: z.literal("yclients_event"), params: z.object({ resource: text }) }),
  z.object({ code: z.literal("yclients_attendance"), params: z.object({ attendance: text }) }),
  z.object({ code: z.literal("invalid_phone"), params: z.object({ problem: phoneProblemSchema }) }),
  z.object({
    code: z.enum(["body_too_large", "body_too_large_bytes"]),
    params: z.object({ limit: z.number().int().positive() }),
  }),
  z.object({ code: z.literal("unsupported_type"), params: z.object({ type: text }) }),
  z.object({ code: z.literal("invalid_form"), params: z.object({ detail: text }) }),
  z.object({ code: z.literal("invalid_payload"), params: z.object({ source: text, detail: text }) }),
]);
export type WebhookReason = z.infer<typeof webhookReasonSchema>;
export type ShownWebhookReason = WebhookReason | { code: "stored"; params: { text: string } };

/** The source's word, or "none" when it sent none. */
export const given = (value: string | undefined | null): string =>
  value === undefined || value === null || value === "" ? "none" : value;

/** The columns (or detail fields) a reason is stored in. */
export function reasonFields(reason: WebhookReason): { reason: string; reasonParams: Record<string, unknown> | null } {
  return { reason: reason.code, reasonParams: "params" in reason ? reason.params : null };
}

const words = dictionaries.ru.webhookEventReasons;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const exact = (s: string) => new RegExp(`^${escape(s)}$`, "u");
const notGiven = (value: string) => (value === "не указан" ? "none" : value);
const ATTENDANCE: Record<string, string> = {
  "ожидание клиента": "waiting",
  "клиент подтвердил": "confirmed",
  "клиент не пришёл": "no_show",
  "не указан": "none",
};

const LEGACY_PHONE: [RegExp, (m: RegExpExecArray) => PhoneProblem][] = [
  [exact(words.phone_missing), () => ({ code: "phone_missing" })],
  [exact(words.phone_too_long), () => ({ code: "phone_too_long" })],
  [
    /^Номер (\S+) не мобильный \(([A-Z_]+)\): SMS и WhatsApp не дойдут$/u,
    (m) => ({ code: "phone_not_mobile", params: { number: m[1]!, type: m[2]! } }),
  ],
  [/^Телефон «([\s\S]*)» не распознан$/u, (m) => ({ code: "phone_unrecognized", params: { text: m[1]! } })],
];

const LEGACY: [RegExp, (m: RegExpExecArray) => WebhookReason | null][] = [
  ...SIMPLE.map((code): [RegExp, () => WebhookReason] => [exact(words[code]), () => ({ code })]),
  [exact(formatMessage("ru", words.queued, { n: 1 })), () => ({ code: "queued", params: { n: 1 } })],
  [/^Запросов на отзыв в очереди: (\d+)$/u, (m) => ({ code: "queued", params: { n: Number(m[1]) } })],
  [
    /^Сделка amoCRM в статусе ([\s\S]+) — ждём 142 «Успешно реализовано»$/u,
    (m) => ({ code: "amocrm_status", params: { status: notGiven(m[1]!) } }),
  ],
  [
    /^Событие iiko ([\s\S]+) не обрабатывается \(нужно DeliveryOrderUpdate или TableOrderUpdate\)$/u,
    (m) => ({ code: "iiko_event", params: { event: m[1]! } }),
  ],
  [
    /^Статус заказа iiko «([\s\S]*)» — ждём Delivered, Closed или Finished$/u,
    (m) => ({ code: "iiko_status", params: { status: notGiven(m[1]!) } }),
  ],
  [
    /^Статус заказа R-Keeper «([\s\S]*)» — ждём «Выполнен» или «Доставлен»$/u,
    (m) => ({ code: "rkeeper_status", params: { status: notGiven(m[1]!) } }),
  ],
  [
    /^Событие YCLIENTS «([\s\S]*)» не относится к визиту — пропущено$/u,
    (m) => ({ code: "yclients_event", params: { resource: m[1]! } }),
  ],
  [
    /^Статус визита YCLIENTS: ([\s\S]+) — запрос отправляем только когда клиент пришёл$/u,
    (m) => ({ code: "yclients_attendance", params: { attendance: ATTENDANCE[m[1]!] ?? m[1]! } }),
  ],
  [
    /^Пропущено: ([\s\S]+)$/u,
    (m) => {
      const problem = legacyOf(LEGACY_PHONE, m[1]!);
      return problem ? { code: "invalid_phone", params: { problem } } : null;
    },
  ],
  [/^Тело запроса больше (\d+) символов$/u, (m) => ({ code: "body_too_large", params: { limit: Number(m[1]) } })],
  [/^Body larger than (\d+) bytes$/u, (m) => ({ code: "body_too_large_bytes", params: { limit: Number(m[1]) } })],
  [
    /^Неподдерживаемый формат тела \(Content-Type: ([\s\S]*)\)$/u,
    (m) => ({ code: "unsupported_type", params: { type: notGiven(m[1]!) } }),
  ],
  [
    /^Некорректное form-urlencoded тело: ([\s\S]*)$/u,
    (m) => ({ code: "invalid_form", params: { detail: m[1] === "ошибка разбора" ? "none" : m[1]! } }),
  ],
  [
    /^Некорректный webhook (iiko|R-Keeper|YCLIENTS|amoCRM): ([\s\S]*)$/u,
    (m) => ({ code: "invalid_payload", params: { source: m[1]!, detail: m[2]! } }),
  ],
];

function legacyOf<T>(table: [RegExp, (m: RegExpExecArray) => T | null][], stored: string): T | null {
  for (const [re, toReason] of table) {
    const m = re.exec(stored);
    const reason = m ? toReason(m) : null;
    if (reason) return reason;
  }
  return null;
}

/** The stored reason as a code: a coded row as it is, an old worded one read back, else the text as stored. */
export function storedWebhookReason({
  reason,
  reasonParams,
}: {
  reason: string;
  reasonParams?: unknown;
}): ShownWebhookReason {
  const coded = webhookReasonSchema.safeParse({ code: reason, params: reasonParams ?? undefined });
  if (coded.success) return coded.data;
  return legacyOf(LEGACY, reason) ?? { code: "stored", params: { text: reason } };
}

/** Why a phone cannot be texted, worded in `locale`. */
export function phoneProblemText(problem: PhoneProblem, locale: Locale): string {
  return formatMessage(
    locale,
    dictionaries[locale].webhookEventReasons[problem.code],
    "params" in problem ? problem.params : {},
  );
}

/** The reason worded in `locale`. */
export function webhookReasonText(reason: ShownWebhookReason, locale: Locale): string {
  const dictionary = dictionaries[locale].webhookEventReasons;
  if (reason.code === "stored") return reason.params.text;
  if (reason.code === "invalid_phone")
    return formatMessage(locale, dictionary.invalid_phone, {
      problem: phoneProblemText(reason.params.problem, locale),
    });
  return formatMessage(locale, dictionary[reason.code], "params" in reason ? reason.params : {});
}

/** A stored reason as the events list shows it: worded in `locale`; verbatim when the words are not ours. */
export function shownWebhookReason(
  { reason, reasonParams }: { reason: string | null | undefined; reasonParams?: unknown },
  locale: Locale,
): { reason: string | null; reasonVerbatim: boolean } {
  if (reason === null || reason === undefined) return { reason: null, reasonVerbatim: false };
  const stored = storedWebhookReason({ reason, reasonParams });
  return { reason: webhookReasonText(stored, locale), reasonVerbatim: stored.code === "stored" };
}
