// Russian typed in Latin letters ("privet, kogda otpravite zakaz?", "aktualno?") is read back in
// Cyrillic so the lexicon and the model see the words they know. Only a message that has no Cyrillic
// and none of the common English words counts as transliterated: "when will it ship" stays English.

const ENGLISH = new Set(
  (
    "a an the is are was were be been am i you he she we they it its my your our their me us him her this that these those " +
    "to for of and or but in on at by from with without about as if so not no yes do does did done have has had will would can " +
    "could should may might must what when where why how which who whom there here please thanks thank thx ok okay hi hello hey " +
    "order item size get got just still any some all one two new lol asap"
  ).split(" "),
);

// Longest first: "shch" before "sh", "sh" before "s".
const PAIRS: [string, string][] = [
  ["shch", "щ"],
  ["sch", "щ"],
  ["zh", "ж"],
  ["kh", "х"],
  ["ts", "ц"],
  ["ch", "ч"],
  ["sh", "ш"],
  ["yu", "ю"],
  ["ya", "я"],
  ["yo", "е"],
  ["ju", "ю"],
  ["ja", "я"],
  ["iy", "ий"],
  ["yy", "ый"],
  ["iye", "ие"],
  ["a", "а"],
  ["b", "б"],
  ["v", "в"],
  ["w", "в"],
  ["g", "г"],
  ["d", "д"],
  ["e", "е"],
  ["z", "з"],
  ["i", "и"],
  ["y", "ы"],
  ["j", "й"],
  ["k", "к"],
  ["q", "к"],
  ["l", "л"],
  ["m", "м"],
  ["n", "н"],
  ["o", "о"],
  ["p", "п"],
  ["r", "р"],
  ["s", "с"],
  ["t", "т"],
  ["u", "у"],
  ["f", "ф"],
  ["h", "х"],
  ["c", "к"],
  ["x", "кс"],
  ["'", "ь"],
];

export function transliterateWord(word: string): string {
  let out = "";
  let i = 0;
  outer: while (i < word.length) {
    // "moy", "zdravstvuyte": a "y" after a vowel is "й", elsewhere "ы".
    if (word[i] === "y" && i > 0 && "aeiou".includes(word[i - 1]!) && !"aeiou".includes(word[i + 1] ?? "_")) {
      out += "й";
      i++;
      continue;
    }
    for (const [latin, cyrillic] of PAIRS) {
      if (word.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    out += word[i];
    i++;
  }
  return out;
}

// Letter groups that only Russian in Latin letters has, and ones that only English has.
const RUSSIAN_SHAPE =
  /(?:zh|kh|shch|ya|yu|yo|iy|yy|ts)|(?:ogo|ego|aya|oe|ie|yi|ite|ete|at|it|ut|no|lo|la|li|ny|oy|ov|ev|ka|ki|sya|tsya)$/;
const ENGLISH_SHAPE = /th|w|ee|oo|ck|ph|ough|tion|(?:ing|ed|ly|ness|ful|able)$/;

/** Lower-cased words of a message; true when they read as Russian in Latin letters. */
export function looksTransliterated(words: readonly string[]): boolean {
  const latin = words.filter((w) => /[a-z]/.test(w));
  if (latin.length === 0 || latin.length < words.filter((w) => /\p{L}/u.test(w)).length) return false;
  if (latin.some((w) => ENGLISH.has(w) || /'(?:s|t|ll|re|ve|m|d)$/.test(w))) return false;
  const russian = latin.filter((w) => RUSSIAN_SHAPE.test(w)).length;
  const english = latin.filter((w) => ENGLISH_SHAPE.test(w)).length;
  return russian > english;
}
