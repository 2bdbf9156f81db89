import { z } from "zod";
import { findingRuleOfMessage, findingRuleText, type FindingRule } from "@/lib/ai/finding-text";
import { findingKindSchema } from "@/lib/ai/types";
import type { ScheduledFailure } from "@/lib/follow-ups/scheduled-failure";
import { dictionaries, type Locale } from "@/lib/i18n/dictionaries";
import { formatMessage } from "@/lib/i18n/format";
import { sendFailureText, storedSendFailure } from "@/lib/inbox/send-failure-text";
import { proactiveRefusalText, type ProactiveRefusalCode } from "@/lib/marketplaces/proactive-policy";

// The reason of a failed or refused scheduled message in the reader's language. Rows stored before the
// codes hold a Russian sentence: a known one is read back into its code, so it rewords too; any other
// (a marketplace's own words) is shown as it was stored, marked as such.

const REFUSAL_CODES = Object.keys(dictionaries.ru.proactiveRefusals) as [
  ProactiveRefusalCode,
  ...ProactiveRefusalCode[],
];
const findingCodeSchema = z.object({
  kind: findingKindSchema,
  severity: z.enum(["block", "flag"]),
  length: z.number().int().nonnegative().optional(),
  limit: z.number().int().nonnegative().optional(),
});
const scheduledOnlySchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("not_allowed"),
    params: z.object({
      refusal: z.enum(REFUSAL_CODES),
      types: z.string().optional(),
      requested: z.string().optional(),
    }),
  }),
  z.object({
    code: z.enum(["guardrails", "template_guardrails"]),
    params: z.object({ findings: z.array(findingCodeSchema) }),
  }),
  z.object({ code: z.enum(["chat_not_found", "interrupted"]) }),
]);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// A Russian refusal with its values as capture groups, e.g. "Выберите тип сообщения Amazon: ([\s\S]*)".
const LEGACY_REFUSALS = REFUSAL_CODES.map((code) => {
  const names: string[] = [];
  const source = escape(dictionaries.ru.proactiveRefusals[code]).replace(
    /\\\{(\w+)\\\}/g,
    (_, name: string) => (names.push(name), "([\\s\\S]*?)"),
  );
  return { code, names, re: new RegExp(`^${source}$`, "u") };
});
/** Old worded findings read back into rules; null when one of them is not a known rule's words. */
function legacyFindings(text: string): FindingRule[] | null {
  const findings = text.split("; ").map(findingRuleOfMessage);
  return findings.every((f) => f !== null) ? findings : null;
}

function legacyScheduledFailure(text: string): ScheduledFailure | null {
  if (text === dictionaries.ru.scheduledFailures.chat_not_found) return { code: "chat_not_found" };
  if (text === dictionaries.ru.scheduledFailures.interrupted) return { code: "interrupted" };
  for (const { code, names, re } of LEGACY_REFUSALS) {
    const m = re.exec(text);
    if (m)
      return {
        code: "not_allowed",
        params: { refusal: code, ...Object.fromEntries(names.map((name, i) => [name, m[i + 1]!])) },
      };
  }
  for (const code of ["guardrails", "template_guardrails"] as const) {
    const prefix = dictionaries.ru.scheduledFailures[code].replace("{findings}", "");
    const findings = text.startsWith(prefix) ? legacyFindings(text.slice(prefix.length)) : null;
    if (findings) return { code, params: { findings } };
  }
  return null;
}

/** The stored failure as a code: a coded row as it is, an old worded one read back, else the text as it came. */
export function storedScheduledFailure({
  error,
  errorParams,
}: {
  error: string;
  errorParams: unknown;
}): ScheduledFailure {
  const coded = scheduledOnlySchema.safeParse({ code: error, params: errorParams ?? undefined });
  if (coded.success) return coded.data as ScheduledFailure;
  return legacyScheduledFailure(error) ?? storedSendFailure({ error, errorParams });
}

/** The failure worded in `locale`. */
export function scheduledFailureText(failure: ScheduledFailure, locale: Locale): string {
  const words = dictionaries[locale].scheduledFailures;
  switch (failure.code) {
    case "not_allowed": {
      const { refusal, ...params } = failure.params;
      return proactiveRefusalText({ code: refusal, params }, locale);
    }
    case "guardrails":
    case "template_guardrails":
      return formatMessage(locale, words[failure.code], {
        findings: failure.params.findings.map((f) => findingRuleText(f, locale)).join("; "),
      });
    case "chat_not_found":
    case "interrupted":
      return words[failure.code];
    default:
      return sendFailureText(failure, locale);
  }
}

/**
 * A scheduled message as the screens show it: its failure worded in `locale`, the values dropped;
 * errorVerbatim when the words are not ours (a marketplace's own reason, an old row not read back).
 */
export function wordScheduledError<M extends { error: string | null; errorParams: unknown }>(
  row: M,
  locale: Locale,
): Omit<M, "errorParams"> & { errorVerbatim: boolean } {
  const { errorParams, ...rest } = row;
  if (row.error === null) return { ...rest, error: null, errorVerbatim: false };
  const failure = storedScheduledFailure({ error: row.error, errorParams });
  return { ...rest, error: scheduledFailureText(failure, locale), errorVerbatim: failure.code === "rejected" };
}
