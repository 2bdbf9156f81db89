import { z } from "zod";
import { canonicalText, originalSpan, type CanonicalText } from "@/lib/ai/guardrails/canonical-text";
import { detectContactRequests } from "@/lib/ai/guardrails/detect-contact-requests";
import { detectDealsAround } from "@/lib/ai/guardrails/detect-deals-around";
import { detectEmails } from "@/lib/ai/guardrails/detect-emails";
import { detectLinks } from "@/lib/ai/guardrails/detect-links";
import { detectMessengers } from "@/lib/ai/guardrails/detect-messengers";
import { detectPayment } from "@/lib/ai/guardrails/detect-payment";
import { detectPhones } from "@/lib/ai/guardrails/detect-phones";
import { detectPromoCodes } from "@/lib/ai/guardrails/detect-promo-codes";
import { detectOffPlatform } from "@/lib/ai/guardrails/detect-off-platform";
import { detectRatingRequests } from "@/lib/ai/guardrails/detect-rating-requests";
import { detectReviewConduct } from "@/lib/ai/guardrails/detect-review-conduct";
import { detectReviewPressure } from "@/lib/ai/guardrails/detect-review-pressure";
import { lengthMessages, makeFinding, type Detector } from "@/lib/ai/guardrails/finding";
import { modelFinding } from "@/lib/ai/guardrails/model-finding";
import { excuseNegated } from "@/lib/ai/guardrails/negation";
import { countChars, lengthLimitFor, offsetOfChar } from "@/lib/ai/guardrails/limits";
import { marketplaceSchema, messageTypeSchema, type Finding, type Marketplace } from "@/lib/ai/types";

export const checkTextInputSchema = z.object({
  text: z.string(),
  marketplace: marketplaceSchema,
  messageType: messageTypeSchema.optional(),
});
export type CheckTextInput = z.input<typeof checkTextInputSchema>;

export type CheckTextResult = { ok: boolean; findings: Finding[] };

// Order matters for overlaps: the more specific reading of a span wins, so "ivan@mail.ru" is one
// e-mail finding, not an e-mail, a domain and a handle.
const DETECTORS: readonly Detector[] = [
  detectEmails,
  detectLinks,
  detectPayment,
  detectPhones,
  detectMessengers,
  detectPromoCodes,
  // A reward tied to a review says more than the request for a score it contains.
  detectReviewPressure,
  detectRatingRequests,
  detectContactRequests,
  detectOffPlatform,
  detectDealsAround,
  detectReviewConduct,
];

const SEVERITY_RANK: Record<Finding["severity"], number> = { block: 0, flag: 1 };

function dropOverlaps(findings: Finding[]): Finding[] {
  const accepted: Finding[] = [];
  // Stable sort: blocks before flags, detector order kept within a severity.
  const ordered = findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.order - b.order);
  for (const { finding } of ordered) {
    if (accepted.some((a) => finding.start < a.end && finding.end > a.start)) continue;
    accepted.push(finding);
  }
  return accepted;
}

function detectAll(text: string, marketplace: Marketplace): Finding[] {
  return DETECTORS.flatMap((detect) => detect({ text, marketplace }));
}

// The same detectors once more on the text with the obfuscation undone ("s h o p . r u", "точка ру",
// look-alike letters); what they find is reported on the words as the operator wrote them.
function detectObfuscated(text: string, canonical: CanonicalText, marketplace: Marketplace): Finding[] {
  if (canonical.text === text) return [];
  return detectAll(canonical.text, marketplace).map((f) => {
    const { start, end } = originalSpan(canonical, f.start, f.end);
    return { ...f, start, end, match: text.slice(start, end) };
  });
}

/** What the detectors find, with the obfuscation undone: no length limit, no learned model. */
export function ruleFindings({
  text,
  marketplace,
  canonical = canonicalText(text),
}: {
  text: string;
  marketplace: Marketplace;
  canonical?: CanonicalText;
}): Finding[] {
  return dropOverlaps(
    excuseNegated(text, [...detectAll(text, marketplace), ...detectObfuscated(text, canonical, marketplace)]),
  );
}

// Run before every send, on AI drafts and on operator text alike. `ok` is false when anything must
// be fixed before sending; flags are shown to the operator but do not stop the send.
export function checkText(input: CheckTextInput): CheckTextResult {
  const { text, marketplace, messageType } = checkTextInputSchema.parse(input);
  const canonical = canonicalText(text);
  const findings = ruleFindings({ text, marketplace, canonical });
  // The learned model reads what no rule's wording covers; where a rule already blocks, its finding says more.
  if (!findings.some((f) => f.severity === "block")) {
    const learned = modelFinding(text, canonical);
    if (learned) findings.push(learned);
  }

  const limit = lengthLimitFor({ marketplace, messageType });
  const length = countChars(text);
  if (length > limit) {
    findings.push(
      makeFinding({
        kind: "length",
        severity: "block",
        text,
        start: offsetOfChar(text, limit),
        end: text.length,
        ...lengthMessages({ length, limit }),
      }),
    );
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ok: findings.every((f) => f.severity !== "block"), findings };
}
