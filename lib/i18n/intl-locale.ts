// The one choice of Intl locale for dates and numbers on screen: Russian formats in Russian, British
// English in English (day before month, 24-hour clock, like the Russian screen), never the bare "en"
// whose American defaults would put the month first.

/** "ru-RU" or "en-GB" for the UI language ("ru" | "en"); Russian for anything else. */
export function intlLocale(locale: string): "ru-RU" | "en-GB" {
  return locale === "en" ? "en-GB" : "ru-RU";
}
