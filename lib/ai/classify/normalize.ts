import { looksTransliterated, transliterateWord } from "@/lib/ai/classify/transliterate";

// Text normalisation for the offline classifier. Offsets are not preserved here (the guardrails keep
// their own offset-safe scanning), which lets us fold case, "ё" and stretched letters freely.

// Latin letters that buyers (or keyboard layouts) mix into Cyrillic words: "пpишел", "cпасибо".
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: "а",
  c: "с",
  e: "е",
  o: "о",
  p: "р",
  x: "х",
  y: "у",
  k: "к",
  m: "м",
  t: "т",
  h: "н",
  b: "в",
};

const CYRILLIC = /[а-я]/;
const LATIN = /[a-z]/;

function fixMixedScript(word: string): string {
  if (!CYRILLIC.test(word) || !LATIN.test(word)) return word;
  let out = "";
  for (const ch of word) out += LATIN_TO_CYRILLIC[ch] ?? ch;
  return out;
}

export function normalizeText(text: string): string {
  return (
    text
      // Full-width and styled letters ("ｓｈｏｐ", "𝐬𝐡𝐨𝐩") to plain ones; then invisible characters out.
      .normalize("NFKC")
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD\uFE0F\u20E3]/g, "")
      .toLowerCase()
      .replace(/ё/g, "е")
      // "спасибоооо", "ааааа где заказ": three or more repeats carry emphasis, not spelling.
      .replace(/([a-zа-я])\1{2,}/g, "$1")
  );
}

export function tokenize(text: string): string[] {
  const words = normalizeText(text).match(/[a-zа-я0-9]+(?:[-'][a-zа-я0-9]+)*/g) ?? [];
  const tokens: string[] = [];
  for (const word of words) {
    // Hyphenated words are matched by parts ("б-у", "какой-то"); apostrophes stay ("it's", "hasn't").
    for (const part of word.split("-")) if (part) tokens.push(fixMixedScript(part));
  }
  // "kogda otpravite" is read as "когда отправите"; English stays English.
  return looksTransliterated(tokens) ? tokens.map((t) => (/[a-z]/.test(t) ? transliterateWord(t) : t)) : tokens;
}

// Optimal string alignment distance, bounded: returns max+1 as soon as the distance exceeds max.
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev: number[] = new Array<number>(cols).fill(0);
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur: number[] = new Array<number>(cols).fill(0);
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, (prevPrev[j - 2] ?? 0) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[cols - 1] ?? max + 1;
}
