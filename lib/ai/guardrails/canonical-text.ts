// Undoes the tricks used to get contacts past a filter, keeping a map back to the original offsets so
// a finding on the canonical text still highlights what the operator wrote: "w w w . s h o p . r u",
// "shop точка ру", "ivan собака mail (dot) ru", "shop🔹ru", look-alike letters mixed into one word
// ("shоp" with a Cyrillic "о"), zero-width characters. Digits written as words are read by
// number-runs.ts; this module leaves them alone.

import { CYRILLIC_SPELLED_TLDS, GLUING_TLDS } from "@/lib/ai/guardrails/tlds";

export type CanonicalText = {
  text: string;
  /** For each character of `text`, the original span it came from. */
  starts: number[];
  ends: number[];
};

type Replace = (match: RegExpExecArray) => string | undefined;

// Replaces every match; each character of a replacement maps to the whole matched span (or, when the
// replacement has the match's length, character by character).
function replaceMapped(input: CanonicalText, re: RegExp, replace: Replace): CanonicalText {
  const out: CanonicalText = { text: "", starts: [], ends: [] };
  let last = 0;
  const copy = (from: number, to: number) => {
    out.text += input.text.slice(from, to);
    for (let i = from; i < to; i++) {
      out.starts.push(input.starts[i]!);
      out.ends.push(input.ends[i]!);
    }
  };
  for (const m of input.text.matchAll(re)) {
    const value = replace(m);
    if (value === undefined) continue;
    const from = m.index;
    const to = from + m[0].length;
    copy(last, from);
    const spanStart = input.starts[from] ?? input.ends[from - 1] ?? 0;
    const spanEnd = input.ends[to - 1] ?? spanStart;
    const sameLength = value.length === m[0].length;
    for (let i = 0; i < value.length; i++) {
      out.text += value[i];
      out.starts.push(sameLength ? input.starts[from + i]! : spanStart);
      out.ends.push(sameLength ? input.ends[from + i]! : spanEnd);
    }
    last = to;
  }
  copy(last, input.text.length);
  return out;
}

const LATIN_OF: Record<string, string> = {
  а: "a",
  в: "b",
  е: "e",
  к: "k",
  м: "m",
  н: "h",
  о: "o",
  р: "p",
  с: "c",
  т: "t",
  у: "y",
  х: "x",
  і: "i",
  А: "A",
  В: "B",
  Е: "E",
  К: "K",
  М: "M",
  Н: "H",
  О: "O",
  Р: "P",
  С: "C",
  Т: "T",
  У: "Y",
  Х: "X",
  І: "I",
};
const CYRILLIC_OF: Record<string, string> = Object.fromEntries(Object.entries(LATIN_OF).map(([c, l]) => [l, c]));

// A word written in one script with a few look-alike letters of the other is rewritten in its
// majority script: "shоp" -> "shop", "пpивет" -> "привет".
function foldMixedScript(word: string): string | undefined {
  const latin = word.match(/[a-z]/gi)?.length ?? 0;
  const cyrillic = word.match(/[а-яё]/gi)?.length ?? 0;
  if (!latin || !cyrillic) return undefined;
  const map = latin >= cyrillic ? LATIN_OF : CYRILLIC_OF;
  let out = "";
  for (const ch of word) out += map[ch] ?? ch;
  return out;
}

function plainForm(ch: string): string | undefined {
  const plain = ch.normalize("NFKC");
  return plain !== ch && /^[\p{L}\p{N}.@:/_-]+$/u.test(plain) ? plain : undefined;
}

const TLD = `(?:${[...GLUING_TLDS, ...Object.keys(CYRILLIC_SPELLED_TLDS)].join("|")})`;
const W = "[\\p{L}\\p{N}]";
const PICTO =
  "(?:[\\p{Extended_Pictographic}\\u2022\\u00B7\\u2219\\u25AA-\\u25FE\\u2B50\\u2605\\u2606\\u2192\\u27A1]\\uFE0F?)+";

const PASSES: { re: RegExp; replace: Replace }[] = [
  // Invisible characters inside a word; the keycap mark and emoji variation selector ("8️⃣" is "8").
  { re: /[\u200B-\u200D\u2060\uFEFF\u00AD\uFE0F\u20E3]+/gu, replace: () => "" },
  // Full-width, mathematical and circled letters and digits ("ｓｈｏｐ．ｒｕ", "𝐬𝐡𝐨𝐩", "①") read as plain ones.
  { re: /[\uFF01-\uFF5E\u2460-\u24FF]|[\u{1D400}-\u{1D7FF}]/gu, replace: (m) => plainForm(m[0]) },
  { re: /[\p{L}\p{N}]+/gu, replace: (m) => foldMixedScript(m[0]) },
  // "w w w . s h o p . r u", "ш о п - о д е ж д а . р ф": four or more single characters in a row,
  // spaced out, with the punctuation of an address between them, are one word.
  {
    re: new RegExp(
      `(?<!${W})${W}(?!${W})(?:[ \\t]+(?:[.\\-_:/@][ \\t]*)?${W}(?!${W})|[ \\t]*[.\\-_:/@][ \\t]*${W}(?!${W})){3,}`,
      "gu",
    ),
    replace: (m) => m[0].replace(/[ \t]+/g, ""),
  },
  // "т.е.л.е.г.р.а.м", "в-а-т-с-а-п": five or more single letters joined by one and the same mark are one
  // word ("т.е." or "и т.д." are too short to be taken for one).
  {
    re: /(?<![\p{L}\p{N}.\-_*])\p{L}([.\-_*])\p{L}(?:\1\p{L}){3,}(?![\p{L}\p{N}])/gu,
    replace: (m) => m[0].split(m[1]!).join(""),
  },
  // An emoji or bullet standing in for the dot: "shop🔹ru", "shop ✨ ru".
  { re: new RegExp(`(?<=${W})\\s*${PICTO}\\s*(?=${TLD}(?!${W}))`, "giu"), replace: () => "." },
  // An emoji wedged inside a word ("теле💬грам", "ват🔥сап") is decoration hiding the word: dropped.
  { re: new RegExp(`(?<=\\p{L})${PICTO}(?=\\p{L})`, "gu"), replace: () => "" },
  // "(.)", "[точка]", " точка ", " dot ", " тчк " before a top-level domain.
  {
    re: new RegExp(
      `(?<=${W})(?:\\s*[(\\[{]\\s*(?:\\.|точка|тчк|dot)\\s*[)\\]}]\\s*|\\s+(?:точка|тчк|dot)\\s+)(?=${TLD}(?!${W}))`,
      "giu",
    ),
    replace: () => ".",
  },
  // "shop . ru", "shop , ru", "t. me": lower case only, so a sentence break before a capital ("Thanks. Me
  // too") stays one.
  { re: new RegExp(`(?<=${W})(?:\\s+[.,]\\s*|\\.\\s+)(?=${TLD}(?!${W}))`, "gu"), replace: () => "." },
  // Spaces around a slash or colon inside an address: "bit.ly / deal", "https : //".
  { re: /(?<=\.[a-z]{2,6})\s+\/\s*(?=[\p{L}\p{N}])/giu, replace: () => "/" },
  // A spoken TLD after the dot: "shop.ру" -> "shop.ru".
  {
    re: new RegExp(`(?<=\\.)(?:${Object.keys(CYRILLIC_SPELLED_TLDS).join("|")})(?!${W})`, "giu"),
    replace: (m) => CYRILLIC_SPELLED_TLDS[m[0].toLowerCase()],
  },
  // "(at)", "[собака]", " собака ", " at ", a dog emoji between a login and a domain.
  {
    re: new RegExp(
      `(?<=${W})(?:\\s*[(\\[{]\\s*(?:@|at|собака|собачка)\\s*[)\\]}]\\s*|\\s+(?:собак[аеиу]|собачк[аеиу]|at|эт)\\s+|\\s*(?:🐶|🐕|🐩)\\s*)(?=[\\p{L}\\p{N}-]+\\.${TLD}(?!${W}))`,
      "giu",
    ),
    replace: () => "@",
  },
  // "собака moda_shop", "(at) opt.tkani24": the spoken "at" before a handle-shaped login is the handle's "@".
  {
    re: /(?<=[\p{L}\p{N}:]\s*)(?:\s*[(\[{]\s*(?:at|собака|собачка)\s*[)\]}]\s*|\s+(?:собак[аеиу]|собачк[аеиу])\s+)(?=[a-z][a-z0-9_.]*[_.\d][a-z0-9_.]*(?![\p{L}\p{N}.@]))/giu,
    replace: () => " @",
  },
];

export function canonicalText(text: string): CanonicalText {
  let current: CanonicalText = {
    text,
    starts: Array.from({ length: text.length }, (_, i) => i),
    ends: Array.from({ length: text.length }, (_, i) => i + 1),
  };
  for (const pass of PASSES) current = replaceMapped(current, pass.re, pass.replace);
  return current;
}

/** The original span of canonical [start, end). */
export function originalSpan(canonical: CanonicalText, start: number, end: number): { start: number; end: number } {
  const s = canonical.starts[start] ?? canonical.ends[canonical.ends.length - 1] ?? 0;
  const e = canonical.ends[Math.max(start, end - 1)] ?? s;
  return { start: s, end: Math.max(s, e) };
}
