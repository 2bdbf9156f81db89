import { boundedEditDistance } from "@/lib/ai/classify/normalize";

// A lexicon term is a space-separated sequence of word patterns:
//   "доставк"    stem: matches any token starting with it ("доставка", "доставку", "доставкой")
//   "=есть"      exact token only; stems of three letters or fewer are always exact ("пвз", "не")
//   "не работа"  phrase: consecutive tokens, one unrelated token allowed in between ("не очень работает")
// Stems of six letters or more also match with one typo (insertion, deletion, substitution or swap),
// which covers "доствка", "вовзрат", "размре" without listing misspellings.

type WordPattern = { stem: string; exact: boolean };

export type CompiledTerm<L> = { label: L; weight: number; text: string; words: number[] };

export type LexiconGroup<L> = { label: L; weight: number; terms: readonly string[] };

export type CompiledLexicon<L> = {
  patterns: WordPattern[];
  termsByFirstWord: Map<number, CompiledTerm<L>[]>;
  // Which patterns each token matches; tokens repeat across messages, so this is worth keeping.
  tokenCache: Map<string, ReadonlySet<number>>;
};

const FUZZY_MIN_STEM = 6;
const MAX_EXACT_LENGTH = 3;
const TOKEN_CACHE_LIMIT = 50_000;

export function compileLexicon<L>(groups: readonly LexiconGroup<L>[]): CompiledLexicon<L> {
  const patterns: WordPattern[] = [];
  const ids = new Map<string, number>();
  const idOf = (word: string): number => {
    const exact = word.startsWith("=");
    const stem = exact ? word.slice(1) : word;
    const pattern = { stem, exact: exact || stem.length <= MAX_EXACT_LENGTH };
    const key = `${pattern.exact ? "=" : ""}${stem}`;
    let id = ids.get(key);
    if (id === undefined) {
      id = patterns.length;
      patterns.push(pattern);
      ids.set(key, id);
    }
    return id;
  };
  const termsByFirstWord = new Map<number, CompiledTerm<unknown>[]>();
  for (const group of groups) {
    for (const text of group.terms) {
      const words = text.split(" ").map(idOf);
      const term: CompiledTerm<L> = { label: group.label, weight: group.weight, text, words };
      const first = words[0] as number;
      termsByFirstWord.set(first, [...(termsByFirstWord.get(first) ?? []), term]);
    }
  }
  return { patterns, termsByFirstWord: termsByFirstWord as Map<number, CompiledTerm<L>[]>, tokenCache: new Map() };
}

function fuzzyPrefix(token: string, stem: string): boolean {
  if (stem.length < FUZZY_MIN_STEM || token.length < FUZZY_MIN_STEM - 1) return false;
  // The first two letters are kept strict: typos there are rare, and free ones match unrelated
  // words ("влезет" / "везете", "отмен" / "обмен").
  if (token[0] !== stem[0] || token[1] !== stem[1]) return false;
  for (const len of [stem.length - 1, stem.length, stem.length + 1]) {
    if (token.length < len) continue;
    if (boundedEditDistance(token.slice(0, len), stem, 1) <= 1) return true;
  }
  return false;
}

function matchingPatterns<L>(lexicon: CompiledLexicon<L>, token: string): ReadonlySet<number> {
  const cached = lexicon.tokenCache.get(token);
  if (cached) return cached;
  const matches = new Set<number>();
  lexicon.patterns.forEach(({ stem, exact }, id) => {
    if (exact ? token === stem : token.startsWith(stem) || fuzzyPrefix(token, stem)) matches.add(id);
  });
  if (lexicon.tokenCache.size > TOKEN_CACHE_LIMIT) lexicon.tokenCache.clear();
  lexicon.tokenCache.set(token, matches);
  return matches;
}

export type TermHit<L> = { term: CompiledTerm<L>; index: number; length: number };

// Finds every occurrence of every term. Phrases allow one skipped token between words.
export function findTerms<L>(tokens: readonly string[], lexicon: CompiledLexicon<L>): TermHit<L>[] {
  const sets = tokens.map((token) => matchingPatterns(lexicon, token));
  const hits: TermHit<L>[] = [];
  sets.forEach((set, i) => {
    for (const id of set) {
      for (const term of lexicon.termsByFirstWord.get(id) ?? []) {
        let pos = i;
        let ok = true;
        for (let w = 1; w < term.words.length && ok; w++) {
          const word = term.words[w] as number;
          if (sets[pos + 1]?.has(word)) pos += 1;
          else if (sets[pos + 2]?.has(word)) pos += 2;
          else ok = false;
        }
        if (ok) hits.push({ term, index: i, length: pos - i + 1 });
      }
    }
  });
  return hits;
}

// Several terms of one intent often match the same word ("доставк", "доставлен"); a word counts once,
// with the strongest term that covers it.
export function scoreHits<L extends string>(hits: TermHit<L>[]): Map<L, number> {
  const scores = new Map<L, number>();
  const covered = new Map<L, Set<number>>();
  const sorted = hits.slice().sort((a, b) => b.term.weight - a.term.weight || b.length - a.length);
  for (const hit of sorted) {
    const seen = covered.get(hit.term.label) ?? new Set<number>();
    if (seen.has(hit.index)) continue;
    for (let i = hit.index; i < hit.index + hit.length; i++) seen.add(i);
    covered.set(hit.term.label, seen);
    scores.set(hit.term.label, (scores.get(hit.term.label) ?? 0) + hit.term.weight);
  }
  return scores;
}
