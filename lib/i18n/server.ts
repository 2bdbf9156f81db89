import { cookies } from "next/headers";
import type { NextRequest } from "next/server";
import { dictionaries, LOCALES, type Locale } from "@/lib/i18n/dictionaries";

export const LOCALE_COOKIE = "locale";

/** The interface language a cookie value names; Russian when it names none. */
export function parseLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? "") ? (value as Locale) : "ru";
}

/** The member's interface language in a route handler. */
export function requestLocale(req: NextRequest): Locale {
  return parseLocale(req.cookies.get(LOCALE_COOKIE)?.value);
}

export async function getLocale(): Promise<Locale> {
  return parseLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getDictionary() {
  const locale = await getLocale();
  return { locale, t: dictionaries[locale] };
}
