import { makeFinding, type Detector } from "@/lib/ai/guardrails/finding";
import { findNumberRuns, isLabelledNumber, type NumberRun } from "@/lib/ai/guardrails/number-runs";
import type { Finding } from "@/lib/ai/types";

const PHONE_CONTEXT_RE =
  /(?:тел\.?|телеф\S*|звон\S*|позвон\S*|набер\S*|моб\.?|мобил\S*|сотов\S*|номер\S*\s+(?:для\s+связи|телефона)|what'?s\s?app|ватсап\S*|вотсап\S*|вацап\S*|вайбер\S*|viber|телеграм\S*|связ\S*|phone|call)/iu;

const before = (text: string, run: NumberRun, chars: number) => text.slice(Math.max(0, run.start - chars), run.start);

// Local numbers are written 3-2-2 ("123-45-67") or 3-4; a size range "42-44" or a date is not.
function looksLikeLocalNumber(run: NumberRun): boolean {
  const lens = run.groups.map((g) => g.length).join("-");
  return /(?:^|-)3-2-2$/.test(lens) || /(?:^|-)3-4$/.test(lens);
}

function classify(text: string, run: NumberRun): Finding["severity"] | undefined {
  const n = run.digits.length;
  if (n < 7 || n > 13) return undefined;
  if (run.hasPlus && n >= 10) return "block";
  // Spelling a number out or swapping digits for letters is done only to get past a filter.
  if ((run.hasWords || run.hasLookalikes) && n >= 10) return "block";
  const formatted = run.groups.length >= 2 || run.hasBrackets;
  if (isLabelledNumber(text, run) && !formatted) return undefined;
  const phoneContext = PHONE_CONTEXT_RE.test(before(text, run, 40));
  const ruMobile11 = n === 11 && /^[78][3-9]/.test(run.digits);
  const ru10 = n === 10 && /^9/.test(run.digits);
  if (ruMobile11) return "block";
  if (ru10) return formatted || phoneContext ? "block" : "flag";
  if (phoneContext && n >= 10 && n <= 12) return "block";
  if (n <= 9 && looksLikeLocalNumber(run)) return phoneContext ? "block" : "flag";
  return undefined;
}

export const detectPhones: Detector = ({ text }) => {
  const findings: Finding[] = [];
  for (const run of findNumberRuns(text)) {
    const severity = classify(text, run);
    if (severity) findings.push(makeFinding({ kind: "phone", severity, text, start: run.start, end: run.end }));
  }
  return findings;
};
