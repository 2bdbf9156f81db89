// Finds runs of digits in a text the way a person would read them out: "+7 (999) 123-45-67",
// "8 9OO l23 45 67" (letters standing in for digits) and "восемь девятьсот девяносто девять сто
// двадцать три сорок пять шестьдесят семь" (number words) all become one run of digits with the
// offsets of the original span. The phone and card detectors classify the runs.

type WordValue = { value: number; magnitude: "unit" | "teen" | "ten" | "hundred" };

const NUMBER_WORDS: Record<string, WordValue> = {};
const add = (magnitude: WordValue["magnitude"], words: Record<string, number>) => {
  for (const [word, value] of Object.entries(words)) NUMBER_WORDS[word] = { value, magnitude };
};
add("unit", {
  ноль: 0,
  нуль: 0,
  один: 1,
  одна: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
});
add("teen", {
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
});
add("ten", {
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
});
add("hundred", {
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
});

// Letters that stand in for digits inside a number: "9OO", "12З", "l23".
const LOOKALIKES: Record<string, string> = {
  o: "0",
  о: "0",
  O: "0",
  О: "0",
  з: "3",
  З: "3",
  l: "1",
  I: "1",
};

export type NumberRun = {
  start: number;
  end: number;
  digits: string;
  groups: string[];
  hasPlus: boolean;
  hasWords: boolean;
  hasLookalikes: boolean;
  hasBrackets: boolean;
};

type Tok = { start: number; end: number; text: string };

const TOKEN_RE = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;
const SEPARATORS = new Set(["-", "–", "—", "(", ")", ".", "/", "_"]);

function digitToken(raw: string, allowLettersOnly: boolean): { digits: string; lookalike: boolean } | undefined {
  if (/^\d+$/.test(raw)) return { digits: raw, lookalike: false };
  if (!allowLettersOnly && !/\d/.test(raw)) return undefined;
  let digits = "";
  for (const ch of raw) {
    if (/\d/.test(ch)) digits += ch;
    else if (LOOKALIKES[ch]) digits += LOOKALIKES[ch];
    else return undefined;
  }
  return { digits, lookalike: true };
}

export function findNumberRuns(text: string): NumberRun[] {
  const toks: Tok[] = [];
  for (const m of text.matchAll(TOKEN_RE)) toks.push({ start: m.index, end: m.index + m[0].length, text: m[0] });

  const runs: NumberRun[] = [];
  let run: NumberRun | undefined;
  let group: { hundred?: number; ten?: number; teen?: number; unit?: number } | undefined;
  let pendingSeparators = 0;
  // Letters-only look-alikes ("OOO" in "8 9l2 OOO 12 34") count only between numbers: after a number
  // and before the next one. Held until then, so "1234567 ООО «Ромашка»" stays a 7-digit run.
  let held: { tok: Tok; digits: string }[] = [];
  const commitHeld = () => {
    if (!run) return;
    for (const h of held) {
      run.digits += h.digits;
      run.groups.push(h.digits);
      run.hasLookalikes = true;
    }
    held = [];
  };

  const flushGroup = () => {
    if (!group || !run) return;
    const { hundred, ten, teen, unit } = group;
    const value = (hundred ?? 0) + (ten ?? 0) + (teen ?? 0) + (unit ?? 0);
    const width = hundred !== undefined ? 3 : ten !== undefined || teen !== undefined ? 2 : 1;
    const digits = String(value).padStart(width, "0");
    run.digits += digits;
    run.groups.push(digits);
    group = undefined;
  };
  const closeRun = () => {
    held = [];
    flushGroup();
    if (run && run.digits.length > 0) runs.push(run);
    run = undefined;
    pendingSeparators = 0;
  };
  const ensureRun = (tok: Tok) => {
    run ??= {
      start: tok.start,
      end: tok.end,
      digits: "",
      groups: [],
      hasPlus: false,
      hasWords: false,
      hasLookalikes: false,
      hasBrackets: false,
    };
    run.end = tok.end;
    pendingSeparators = 0;
  };

  for (const tok of toks) {
    const lower = tok.text.toLowerCase().replace(/ё/g, "е");
    const word = NUMBER_WORDS[lower];
    const digit = word ? undefined : digitToken(tok.text, run !== undefined && run.digits.length + (group ? 1 : 0) > 0);
    if (digit && !/\d/.test(tok.text)) {
      flushGroup();
      held.push({ tok, digits: digit.digits });
      pendingSeparators = 0;
    } else if (digit) {
      flushGroup();
      commitHeld();
      ensureRun(tok);
      run!.digits += digit.digits;
      run!.groups.push(digit.digits);
      run!.hasLookalikes ||= digit.lookalike;
    } else if (word) {
      ensureRun(tok);
      commitHeld();
      run!.hasWords = true;
      const g = group ?? {};
      const empty = (...keys: (keyof typeof g)[]) => keys.every((k) => g[k] === undefined);
      // "ноль" is always a digit of its own: "сорок ноль семь" is 40-0-7, not 40-7.
      const fits =
        word.value !== 0 &&
        g.unit !== 0 &&
        ((word.magnitude === "hundred" && empty("hundred", "ten", "teen", "unit")) ||
          (word.magnitude === "ten" && empty("ten", "teen", "unit")) ||
          (word.magnitude === "teen" && empty("ten", "teen", "unit")) ||
          (word.magnitude === "unit" && empty("teen", "unit")));
      if (!fits) flushGroup();
      group = { ...(fits ? g : {}), [word.magnitude]: word.value };
    } else if (lower === "+" || lower === "плюс" || lower === "plus") {
      // A plus only opens a run ("+7 ..."); in the middle of one it ends it ("42+2").
      if (run) closeRun();
      ensureRun(tok);
      run!.hasPlus = true;
    } else if (run && (SEPARATORS.has(tok.text) || (tok.text === "," && run.hasWords)) && pendingSeparators < 2) {
      if (tok.text === "(" || tok.text === ")") run.hasBrackets = true;
      pendingSeparators++;
    } else {
      closeRun();
    }
  }
  closeRun();
  return runs;
}

// A number that the text itself labels as an order, article or tracking number is neither a phone
// nor a card: "заказ № 89991234567", "артикул 4601234567890", "артикул товара 89161234567".
const LABEL_RE =
  /(?:заказ\S*|№|#|артикул\S*|арт\.?|nm\s?id|nmid|sku|трек\S*|отправлени\S*|посылк\S*|id|штрих\S*|шк|инн|огрн\S*|order|номер\s+(?:заказа|отправления|возврата))(?:\s+(?:товара|заказа|посылки|отправления|модели))?\s*[:№#-]?\s*(?:№\s*)?$/iu;

export function isLabelledNumber(text: string, run: NumberRun): boolean {
  return LABEL_RE.test(text.slice(Math.max(0, run.start - 30), run.start));
}
