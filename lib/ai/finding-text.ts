import {
  FINDING_MESSAGES,
  FINDING_MESSAGES_EN,
  legacyLengthMessage,
  lengthMessages,
} from "@/lib/ai/guardrails/finding";
import type { Finding, FindingKind } from "@/lib/ai/types";

// A finding as it may come back from storage or an API body: drafts stored before findings carried
// an English message have only the Russian one.
type StoredFinding = { message: string; messageEn?: string; kind?: string; severity?: string };

/** A finding reduced to its rule: which one and how strict; the length rule keeps its figures. */
export type FindingRule = { kind: FindingKind; severity: "block" | "flag"; length?: number; limit?: number };

// The length rule is the one message with figures; older rows kept them only in the Russian text.
const LENGTH_FIGURES = /(\d+)\D+?(\d+)\D+?(\d+)/;

/** The English message of a finding: the stored one, else rebuilt from its rule (kind and severity). */
export function findingMessageEn(finding: StoredFinding): string {
  if (finding.messageEn) return finding.messageEn;
  // The known rules are the keys of the message table (no schema library here: the composer imports this).
  const kind =
    finding.kind !== undefined && Object.hasOwn(FINDING_MESSAGES_EN, finding.kind)
      ? (finding.kind as FindingKind)
      : null;
  if (!kind) return "This text breaks the marketplace's rules.";
  return findingRuleText(
    findingRule({ kind, severity: finding.severity === "flag" ? "flag" : "block", message: finding.message }),
    "en",
  );
}

/** A finding's message in the screen's language; an English screen never shows the Russian text. */
export function findingText(finding: StoredFinding, locale: string): string {
  return locale === "en" ? findingMessageEn(finding) : finding.message;
}

/** Fills in the English message of a finding read from storage (the edge where old rows are read). */
export function withEnglishMessage<T extends Finding>(finding: T): T {
  return finding.messageEn ? finding : { ...finding, messageEn: findingMessageEn(finding) };
}

/** The rule of a finding, its figures read from the Russian message of the length rule. */
export function findingRule({ kind, severity, message }: Pick<Finding, "kind" | "severity" | "message">): FindingRule {
  const figures = kind === "length" ? LENGTH_FIGURES.exec(message) : null;
  return figures ? { kind, severity, length: Number(figures[1]), limit: Number(figures[2]) } : { kind, severity };
}

/** The rule whose Russian message this is; null for words that are no rule's. */
export function findingRuleOfMessage(message: string): FindingRule | null {
  for (const [kind, messages] of Object.entries(FINDING_MESSAGES) as [FindingKind, { block: string; flag: string }][]) {
    if (messages.block === message) return { kind, severity: "block" };
    if (messages.flag === message) return { kind, severity: "flag" };
  }
  const rule = findingRule({ kind: "length", severity: "block", message });
  if (rule.length === undefined) return null;
  const figures = { length: rule.length, limit: rule.limit! };
  return lengthMessages(figures).message === message || legacyLengthMessage(figures) === message ? rule : null;
}

/** A rule's message in `locale`, with the length rule's figures. */
export function findingRuleText(rule: FindingRule, locale: string): string {
  if (rule.kind === "length" && rule.length !== undefined && rule.limit !== undefined) {
    const { message, messageEn } = lengthMessages({ length: rule.length, limit: rule.limit });
    return locale === "en" ? messageEn : message;
  }
  return (locale === "en" ? FINDING_MESSAGES_EN : FINDING_MESSAGES)[rule.kind][rule.severity];
}
