import { dictionaries, LOCALES, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { notificationText } from "@/lib/notifications/notification-text";
import type { reminderNotice } from "@/lib/notifications/reminder-notice";

// Reminders and escalations: the email worded in the recipient's language from the values stored with
// the in-app notification (lib/notifications/reminder-notice.ts).

/** The email of a notice in the recipient's language (an unknown one reads Russian). */
export function reminderEmail({
  notice,
  locale,
  link,
}: {
  notice: ReturnType<typeof reminderNotice>;
  locale: string;
  link: string;
}): { subject: string; text: string } {
  const lang: Locale = (LOCALES as readonly string[]).includes(locale) ? (locale as Locale) : "ru";
  const { title, body } = notificationText({ ...notice, locale: lang });
  const n = dictionaries[lang].notices;
  return {
    subject: formatMessage(lang, n.subject, { title }),
    text: `${body} ${formatMessage(lang, n.openChat, { link })}`,
  };
}
