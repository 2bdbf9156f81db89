import { z } from "zod";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { findDescriptor } from "@/lib/marketplaces/registry";
import { legacyNotificationParams } from "@/lib/notifications/legacy-notification-params";

// A notification is stored as its kind and values; it is worded in the reader's language when it is read
// (the bell) or sent (the email), so switching the language rewords old notifications too.

const review = { rating: z.number().int(), customerName: z.string().nullable(), marketplace: z.string() };

export const notificationParamsSchemas = {
  mention: z.object({ author: z.string() }),
  negative_review_reminder: z.object({ ...review, minutesLeft: z.number().int().nonnegative() }),
  negative_review_escalation: z.object(review),
};

export type NotificationKind = keyof typeof notificationParamsSchemas;
export type NotificationParams = { [K in NotificationKind]: z.infer<(typeof notificationParamsSchemas)[K]> };
export type StoredNotification = { kind: string; params: unknown; title: string; body: string };

const isKind = (kind: string): kind is NotificationKind => kind in notificationParamsSchemas;

/** "8 часов" / "40 minutes": under an hour in minutes, never 0; from an hour in whole hours. */
export function timeLeftText({ minutesLeft, locale }: { minutesLeft: number; locale: Locale }): string {
  const left =
    minutesLeft < 60
      ? { unit: "minute", n: Math.max(1, minutesLeft) }
      : { unit: "hour", n: Math.round(minutesLeft / 60) };
  return formatMessage(locale, dictionaries[locale].notices.left, left);
}

function reviewValues(p: NotificationParams["negative_review_escalation"], locale: Locale) {
  const where = findDescriptor({ value: p.marketplace })?.labels[locale] ?? p.marketplace;
  return { rating: p.rating, who: p.customerName ?? dictionaries[locale].notices.buyer, where };
}

/** The title and body of a notification of `kind` with `params`, in `locale` (the note of a mention is its body). */
export function notificationText<K extends NotificationKind>({
  kind,
  params,
  locale,
}: {
  kind: K;
  params: NotificationParams[K];
  locale: Locale;
}): { title: string; body: string } {
  const n = dictionaries[locale].notices;
  const fmt = (message: string, values: Record<string, string | number>) => formatMessage(locale, message, values);
  if (kind === "mention") return { title: fmt(n.mention.title, params as NotificationParams["mention"]), body: "" };
  const values = reviewValues(params as NotificationParams["negative_review_escalation"], locale);
  if (kind === "negative_review_escalation")
    return { title: fmt(n.escalation.title, values), body: fmt(n.escalation.body, values) };
  const left = timeLeftText({
    minutesLeft: (params as NotificationParams["negative_review_reminder"]).minutesLeft,
    locale,
  });
  return { title: fmt(n.reminder.title, { ...values, left }), body: fmt(n.reminder.body, { ...values, left }) };
}

/**
 * A stored notification in the reader's language, and the language it reads in. Rows written before
 * notifications kept their values (the title was stored worded) are read back into values; one that
 * cannot be is shown as stored, in `storedIn`: the language it was written to its recipient in.
 */
export function renderNotification(
  row: StoredNotification,
  locale: Locale,
  storedIn: Locale = locale,
): { title: string; body: string; lang: Locale } {
  const asStored = { title: row.title, body: row.body, lang: storedIn };
  if (!isKind(row.kind)) return asStored;
  const parsed = notificationParamsSchemas[row.kind].safeParse(row.params);
  const params = parsed.success ? parsed.data : legacyNotificationParams(row);
  if (!params) return asStored;
  const text = notificationText({ kind: row.kind, params: params as NotificationParams[typeof row.kind], locale });
  // A mention's body is the note itself, as its author wrote it.
  return { ...text, body: row.kind === "mention" ? row.body : text.body, lang: locale };
}
