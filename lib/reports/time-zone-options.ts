import type { Locale } from "@/lib/i18n/dictionaries";

// The time zone picker's choices: the zones sellers in Russia and nearby work in first, by their city's
// name in the interface's language, then every other zone by its offset. Never the bare IANA id.

const FIRST: Record<string, string> = {
  "Europe/Kaliningrad": "Калининград",
  "Europe/Moscow": "Москва",
  "Europe/Samara": "Самара",
  "Asia/Yekaterinburg": "Екатеринбург",
  "Asia/Omsk": "Омск",
  "Asia/Novosibirsk": "Новосибирск",
  "Asia/Krasnoyarsk": "Красноярск",
  "Asia/Irkutsk": "Иркутск",
  "Asia/Yakutsk": "Якутск",
  "Asia/Vladivostok": "Владивосток",
  "Asia/Magadan": "Магадан",
  "Asia/Kamchatka": "Камчатка",
  "Europe/Minsk": "Минск",
  "Asia/Almaty": "Алматы",
  "Asia/Tashkent": "Ташкент",
  "Asia/Bishkek": "Бишкек",
  "Asia/Yerevan": "Ереван",
  "Asia/Tbilisi": "Тбилиси",
  "Asia/Baku": "Баку",
};

export type TimeZoneOption = { value: string; label: string };

/** "GMT+3", "GMT-5" at `at` (daylight saving included). */
function offsetOf(zone: string, at: Date): { text: string; minutes: number } {
  const text =
    new Intl.DateTimeFormat("en", { timeZone: zone, timeZoneName: "shortOffset" })
      .formatToParts(at)
      .find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(text);
  const minutes = m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
  return { text: m ? text : "GMT", minutes };
}

/** The city of an IANA id as written in English: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
function cityOf(zone: string): string {
  return (zone.split("/").at(-1) ?? zone).replaceAll("_", " ");
}

export function timeZoneLabel({ zone, locale, at = new Date() }: { zone: string; locale: Locale; at?: Date }): string {
  const { text } = offsetOf(zone, at);
  const ru = FIRST[zone];
  if (locale === "ru" && ru) return `${text} · ${ru}`;
  if (locale === "en" || !zone.includes("/")) return `${text} · ${cityOf(zone)}`;
  // Elsewhere the Russian name of the zone ("Центральная Европа") with its city, which tells same-named zones apart.
  const generic = new Intl.DateTimeFormat("ru", { timeZone: zone, timeZoneName: "longGeneric" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  return generic && !generic.startsWith("GMT") ? `${text} · ${generic} (${cityOf(zone)})` : `${text} · ${cityOf(zone)}`;
}

/** `zones` (and `current`, if it is not among them) as picker options: the usual ones first, then by offset. */
export function timeZoneOptions({
  zones,
  current,
  locale,
  at = new Date(),
}: {
  zones: readonly string[];
  current: string;
  locale: Locale;
  at?: Date;
}): TimeZoneOption[] {
  const all = zones.includes(current) ? [...zones] : [current, ...zones];
  const first = Object.keys(FIRST).filter((z) => all.includes(z));
  const rest = all
    .filter((z) => !(z in FIRST))
    .map((z) => ({ z, minutes: offsetOf(z, at).minutes, city: cityOf(z) }))
    .sort((a, b) => a.minutes - b.minutes || a.city.localeCompare(b.city));
  return [...first, ...rest.map((r) => r.z)].map((value) => ({
    value,
    label: timeZoneLabel({ zone: value, locale, at }),
  }));
}
