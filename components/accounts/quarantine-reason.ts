import type { Dictionary } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";

type Q = Dictionary["quarantine"];

/** "Событие чата" for "wildberries.event". */
export function quarantineKind({ q, kind }: { q: Q; kind: string }): string {
  const tail = kind.split(".").pop() ?? "";
  return tail in q.kinds ? q.kinds[tail as keyof Q["kinds"]] : q.kinds.other;
}

/**
 * A stored reason ("eventID: missing; addTimestamp: not_a_date") in the owner's language; the vendor's field
 * names stay as they are (they are what support will look for).
 */
export function quarantineReason({ q, reason, locale }: { q: Q; reason: string; locale: string }): string[] {
  return reason
    .split("; ")
    .filter(Boolean)
    .map((part) => {
      const at = part.lastIndexOf(": ");
      const field = at >= 0 ? part.slice(0, at) : "record";
      const code = at >= 0 ? part.slice(at + 2) : "invalid";
      if (field === "record") return q.recordProblem;
      const template = code in q.problems ? q.problems[code as keyof Q["problems"]] : q.problems.invalid;
      return formatMessage(locale, template, { field });
    });
}
