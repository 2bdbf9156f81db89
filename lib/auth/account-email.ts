import { LOCALES, type Locale } from "@/lib/i18n/dictionaries";
import { accountEmailsEn, accountEmailsRu } from "@/lib/i18n/account-emails";
import { formatMessage, type MessageValues } from "@/lib/i18n/format";

// Account emails in the recipient's language: a member's stored locale, or, for someone without an account
// yet, the language of the request or of the member who invited them. Worded from lib/i18n/account-emails.ts.

export type AccountEmailKind = keyof typeof accountEmailsRu;

/** A stored or requested language as one the app speaks; Russian when it names none. */
export function emailLocale(value: string | null | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "ru";
}

export function accountEmail({
  kind,
  locale,
  values,
}: {
  kind: AccountEmailKind;
  locale: string | null | undefined;
  values: MessageValues & { link: string };
}): { subject: string; text: string } {
  const lang = emailLocale(locale);
  const template = (lang === "en" ? accountEmailsEn : accountEmailsRu)[kind];
  return { subject: formatMessage(lang, template.subject, values), text: formatMessage(lang, template.text, values) };
}
