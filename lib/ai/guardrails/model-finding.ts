import { normalizeText } from "@/lib/ai/classify/normalize";
import { canonicalText, originalSpan, type CanonicalText } from "@/lib/ai/guardrails/canonical-text";
import { KIND_OF_FAMILY, modelFindingMessages } from "@/lib/ai/guardrails/guard-families";
import { GUARD_MODEL, guardVerdict, type GuardModel } from "@/lib/ai/guardrails/guard-model";
import { makeFinding } from "@/lib/ai/guardrails/finding";
import type { Finding } from "@/lib/ai/types";

// Where the word that weighed most stands in the text as written: found in the canonical text (the
// model's words are read there), mapped back to the original offsets; the whole text when the word was
// rewritten past recognition (transliterated, stretched).
function spanOf(text: string, canonical: CanonicalText, word: string | undefined): { start: number; end: number } {
  const folded = canonical.text.toLowerCase().replace(/ё/g, "е");
  const sameLength = normalizeText(canonical.text).length === canonical.text.length;
  const at = word && sameLength ? folded.search(new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, "u")) : -1;
  return at < 0 ? { start: 0, end: text.length } : originalSpan(canonical, at, at + word!.length);
}

/** The learned model's blocking finding for a text no rule blocked, or null when it reads nothing wrong. */
export function modelFinding(
  text: string,
  canonical: CanonicalText = canonicalText(text),
  model: GuardModel = GUARD_MODEL,
): Finding | null {
  const verdict = guardVerdict(text, canonical.text, model);
  if (!verdict) return null;
  const { start, end } = spanOf(text, canonical, verdict.words[0]);
  return makeFinding({
    kind: KIND_OF_FAMILY[verdict.family],
    severity: "block",
    text,
    start,
    end,
    ...modelFindingMessages(verdict),
  });
}
