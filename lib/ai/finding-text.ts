import { FINDING_MESSAGES_EN } from "@/lib/ai/guardrails/finding";
import type { Finding, FindingKind } from "@/lib/ai/types";

// A finding as it may come back from storage or an API body: drafts stored before findings carried
// an English message have only the Russian one.
type StoredFinding = { message: string; messageEn?: string; kind?: string; severity?: string };

// The length rule is the one message with figures; older rows kept them only in the Russian text.
const LENGTH_FIGURES = /(\d+)\D+?(\d+)\D+?(\d+)/;

/** The English message of a finding: the stored one, else rebuilt from its rule (kind and severity). */
export function findingMessageEn(finding: StoredFinding): string {
  if (finding.messageEn) return finding.messageEn;
  // The known rules are the keys of the message table (no schema library here: the composer imports this).
  const kind = finding.kind !== undefined && Object.hasOwn(FINDING_MESSAGES_EN, finding.kind) ? (finding.kind as FindingKind) : null;
  if (!kind) return "This text breaks the marketplace's rules.";
  const severity = finding.severity === "flag" ? "flag" : "block";
  if (kind === "length") {
    const figures = finding.message.match(LENGTH_FIGURES);
    if (figures) return `The text is longer than the marketplace allows: ${figures[1]} of ${figures[2]} characters. Shorten it by ${figures[3]}.`;
  }
  return FINDING_MESSAGES_EN[kind][severity];
}

/** A finding's message in the screen's language; an English screen never shows the Russian text. */
export function findingText(finding: StoredFinding, locale: string): string {
  return locale === "en" ? findingMessageEn(finding) : finding.message;
}

/** Fills in the English message of a finding read from storage (the edge where old rows are read). */
export function withEnglishMessage<T extends Finding>(finding: T): T {
  return finding.messageEn ? finding : { ...finding, messageEn: findingMessageEn(finding) };
}
