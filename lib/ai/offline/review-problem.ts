// The buyer's own words for what went wrong, taken from a review so the reply can name it:
// "Молния сломалась через неделю, а так норм" -> "молния сломалась через неделю".

const PROBLEM_RU =
  /(брак|дефект|слом|не работа|не включ|порв|дыр|пятн|запах|пахн|воня|маломер|большемер|мал[аоы]?(?![а-яё])|велик[аои]?(?![а-яё])|не подош|не подх|не тот|не та(?![а-яё])|вместо|разош|отклеи|облез|катышк|линя|полиня|сел[аи]?\s+после|тресн|трещин|царапин|мят[аоы]|помят|разбит|протек|теч[её]т|долго|задерж|опозд|не пришл|не хватает|нет в комплект|не соответств|тонк|хлипк|шата|скрип|натира|тесн|короткие|длинные|кривой|криво|неудобн|некачеств|дешёвк|дешевк|обман|подделк)/iu;
const PROBLEM_EN =
  /(broke|broken|defect|doesn'?t work|stopped|smell|too small|too big|too large|tight|wrong|missing|late|damaged|ripped|tore|leak|cheap|thin|flimsy|scratch|faded|shrank|uncomfortable|fake|counterfeit)/iu;
const FIRST_PERSON_RU = /(?<![а-яё])я(?![а-яё])/iu;
const SWAPS_RU: [RegExp, string][] = [
  [/(?<![а-яё])мне(?![а-яё])/giu, "вам"],
  [/(?<![а-яё])меня(?![а-яё])/giu, "вас"],
  [/(?<![а-яё])мой(?![а-яё])/giu, "ваш"],
  [/(?<![а-яё])моя(?![а-яё])/giu, "ваша"],
  [/(?<![а-яё])мо[её](?![а-яё])/giu, "ваше"],
  [/(?<![а-яё])мои(?![а-яё])/giu, "ваши"],
];
const SWAPS_EN: [RegExp, string][] = [
  [/\bI'm\b/g, "you're"],
  [/\bI\b/g, "you"],
  [/\bmy\b/gi, "your"],
  [/\bme\b/gi, "you"],
];
const MAX_CHARS = 80;

// Sentences come from Intl.Segmenter (it knows "т.к.", "1.5" and "!!!"); a sentence is then cut only
// where a new thought starts: a semicolon, a dash between words, or a comma before a contrast
// ("…, а так норм", "…, но", "…, but"). Commas inside a description stay, so "ткань тонкая,
// просвечивает" is quoted whole, not as half a sentence.
const CLAUSE_BREAK =
  /\s*(?:[;\n]|\s[—–-]\s|,\s*(?=(?:а|но|однако|зато|хотя|правда|в остальном|в целом|а так|but|though|although|however|otherwise|overall)(?![\p{L}])))\s*/iu;
const SEGMENTERS = {
  ru: new Intl.Segmenter("ru", { granularity: "sentence" }),
  en: new Intl.Segmenter("en", { granularity: "sentence" }),
};

function clauses(text: string, english: boolean): string[] {
  const sentences = [...SEGMENTERS[english ? "en" : "ru"].segment(text)].map((s) => s.segment);
  return sentences
    .flatMap((sentence) => sentence.split(new RegExp(CLAUSE_BREAK, "giu")))
    .map((c) =>
      c
        .trim()
        .replace(/[.!?…]+$/u, "")
        .trim(),
    )
    .filter(Boolean);
}

// A clause too long to quote is shortened to its comma-separated parts around the problem, whole
// parts only, so the quote never stops in the middle of a phrase.
function fitToLength(clause: string, re: RegExp): string {
  if (clause.length <= MAX_CHARS) return clause;
  const parts = clause.split(/,\s*/u);
  const at = parts.findIndex((p) => re.test(p));
  if (at < 0) return clause;
  let quote = parts[at]!;
  for (let next = at + 1; next < parts.length && quote.length + parts[next]!.length + 2 <= MAX_CHARS; next++)
    quote += `, ${parts[next]}`;
  return quote;
}

function tidy(clause: string): string {
  let c = clause.replace(/^(?:но|а|и|однако|зато|к сожалению|увы|but|and|though|unfortunately)[\s,]+/iu, "").trim();
  c = c
    .replace(/[)(:;"«»]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  // Lower-case the first letter unless the word is an acronym or a name in capitals ("XL", "ZARA").
  if (c.length > 1 && c[1] === c[1]!.toLowerCase()) c = c[0]!.toLowerCase() + c.slice(1);
  return c.replace(/[,\s-]+$/u, "");
}

export function reviewProblem({ text, english }: { text: string; english: boolean }): string | undefined {
  const re = english ? PROBLEM_EN : PROBLEM_RU;
  const found = clauses(text, english).find((c) => re.test(c));
  if (!found) return undefined;
  const clause = fitToLength(found, re);
  if (!english && FIRST_PERSON_RU.test(clause)) return undefined;
  let problem = tidy(clause);
  for (const [from, to] of english ? SWAPS_EN : SWAPS_RU) problem = problem.replace(from, to);
  // Too long to quote even in whole parts: the reply names no problem rather than half of one.
  return problem.length >= 4 && problem.length <= MAX_CHARS ? problem : undefined;
}

// What the buyer praised, to thank for it in so many words.
const ASPECTS_RU: [RegExp, string][] = [
  [/качеств/iu, "качестве"],
  [/сидит|сел[аи]?(?![а-яё])|посадк|размер/iu, "посадке"],
  [/упаков/iu, "упаковке"],
  [/доставк|быстро пришл|быстро привез/iu, "быстрой доставке"],
  [/цвет/iu, "цвете"],
  [/ткан|материал|мягк/iu, "материале"],
];
const ASPECTS_EN: [RegExp, string][] = [
  [/quality/i, "the quality"],
  [/fit|size/i, "the fit"],
  [/packag/i, "the packaging"],
  [/shipping|delivery|arrived quickly|fast/i, "the fast delivery"],
  [/colou?r/i, "the colour"],
  [/material|fabric|soft/i, "the material"],
];

export function praisedAspect({ text, english }: { text: string; english: boolean }): string | undefined {
  return (english ? ASPECTS_EN : ASPECTS_RU).find(([re]) => re.test(text))?.[1];
}
