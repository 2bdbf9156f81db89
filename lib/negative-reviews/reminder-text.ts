import { dictionaries, LOCALES, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { notificationText, type NotificationParams } from "@/lib/notifications/notification-text";

// Reminders and escalations: the values stored with the in-app notification, and the email worded from
// them in the recipient's language. A reminder states the time actually left when it goes out (one sent
// late, after the app was down, says so), not the offset it was planned for.

type Kind = "negative_review_reminder" | "negative_review_escalation";
type Input = { type: "deadline" | "escalation"; msLeft: number | null; customerName: string | null; rating: number; marketplace: string };

/** The notification's kind and values. */
export function reminderNotice({ type, msLeft, customerName, rating, marketplace }: Input): { kind: Kind; params: NotificationParams[Kind] } {
  const review = { rating, customerName, marketplace };
  if (type === "escalation") return { kind: "negative_review_escalation", params: review };
  // Rounded up: "1 minute", never "0", in the last minute.
  return { kind: "negative_review_reminder", params: { ...review, minutesLeft: Math.max(1, Math.ceil((msLeft ?? 0) / 60_000)) } };
}

/** The email of a notice in the recipient's language (an unknown one reads Russian). */
export function reminderEmail({ notice, locale, link }: { notice: ReturnType<typeof reminderNotice>; locale: string; link: string }): { subject: string; text: string } {
  const lang: Locale = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "ru";
  const { title, body } = notificationText({ ...notice, locale: lang });
  const n = dictionaries[lang].notices;
  return { subject: formatMessage(lang, n.subject, { title }), text: `${body} ${formatMessage(lang, n.openChat, { link })}` };
}
