import { z } from "zod";
import { detectEmails } from "@/lib/ai/guardrails/detect-emails";
import { detectLinks } from "@/lib/ai/guardrails/detect-links";
import { detectMessengers } from "@/lib/ai/guardrails/detect-messengers";
import { detectPayment } from "@/lib/ai/guardrails/detect-payment";
import { detectPhones } from "@/lib/ai/guardrails/detect-phones";
import { detectPromoCodes } from "@/lib/ai/guardrails/detect-promo-codes";
import { detectRatingRequests } from "@/lib/ai/guardrails/detect-rating-requests";
import { makeFinding, type Detector } from "@/lib/ai/guardrails/finding";
import { countChars, lengthLimitFor, offsetOfChar } from "@/lib/ai/guardrails/limits";
import { marketplaceSchema, messageTypeSchema, type Finding } from "@/lib/ai/types";

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
  detectRatingRequests,
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

// Run before every send, on AI drafts and on operator text alike. `ok` is false when anything must
// be fixed before sending; flags are shown to the operator but do not stop the send.
export function checkText(input: CheckTextInput): CheckTextResult {
  const { text, marketplace, messageType } = checkTextInputSchema.parse(input);
  const findings = dropOverlaps(DETECTORS.flatMap((detect) => detect({ text, marketplace })));

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
        message: `Текст длиннее лимита площадки: ${length} из ${limit} символов. Сократите на ${length - limit}.`,
      }),
    );
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { ok: findings.every((f) => f.severity !== "block"), findings };
}
