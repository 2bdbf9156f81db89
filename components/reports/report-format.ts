import { formatMessage } from "@/lib/i18n/format";
import type { ReportsDictionary } from "@/lib/i18n/reports";

type Durations = ReportsDictionary["duration"];

/** A duration in seconds as "12 мин", "2 ч 5 мин", "3 дня 4 ч"; "—" when there is none. */
export function formatDuration(seconds: number | null, d: Durations, locale: string): string {
  if (seconds === null) return d.none;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return formatMessage(locale, d.m, { n: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return formatMessage(locale, minutes % 60 ? d.h : d.hOnly, { h: hours, m: minutes % 60 });
  return formatMessage(locale, hours % 24 ? d.d : d.dOnly, { d: Math.floor(hours / 24), h: hours % 24 });
}

/** Minutes with one decimal, for charts and CSV; null stays empty. */
export const toMinutes = (seconds: number | null) => (seconds === null ? null : Math.round(seconds / 6) / 10);

// A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * CSV text (with a byte-order mark, so spreadsheets read it as UTF-8): text cells that a spreadsheet
 * would take for a formula get a leading apostrophe; cells with the separator, quotes or line breaks are quoted.
 */
export function toCsv(rows: (string | number | null)[][], separator: "," | ";"): string {
  const cell = (v: string | number | null) => {
    if (v === null) return "";
    if (typeof v === "number") return separator === ";" ? String(v).replace(".", ",") : String(v);
    const text = FORMULA_START.test(v) ? `'${v}` : v;
    return text.includes(separator) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(separator)).join("\r\n")}\r\n`;
}

/** The inbox URL showing the chats behind a bar: all views, the report's days and the bar's own filter. */
export function drillHref({
  from,
  to,
  marketplace,
  kind,
  operator,
  label,
}: {
  from: string;
  to: string;
  marketplace?: string;
  kind?: string;
  operator?: string;
  label?: string;
}): string {
  const qs = new URLSearchParams({ view: "all", sort: "recent", from, to });
  if (marketplace) qs.set("marketplace", marketplace);
  if (kind) qs.set("kind", kind);
  if (operator !== undefined) qs.set("operator", operator);
  if (label) qs.set("label", label);
  return `/inbox?${qs}`;
}
