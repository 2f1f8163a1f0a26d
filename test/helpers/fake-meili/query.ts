/**
 * @module A search query read the way milli reads it (src/search/new/query_term/parse_query.rs,
 * located_query_terms_from_tokens), and its terms matched against indexed words:
 * - `-` negates the next token only, and only when whitespace (or the start) comes before it;
 *   a negated word is matched exactly (no typo, no prefix); `-"…"` negates a phrase;
 * - a stop word is skipped (inside a phrase it is a hole that any word fills);
 * - only the last token is a prefix (when nothing, not even a separator, follows it);
 * - once 10 terms are read (Search::words_limit, milli src/search/mod.rs) everything after is
 *   dropped, negations included;
 * - typos: none under minWordSizeForTypos.oneTypo letters, one under twoTypos, else two; a
 *   different first letter costs two (milli src/search/new/query_term/compute_derivations.rs),
 *   transpositions cost one (Levenshtein automata with transpositions).
 */
import { tokenize } from './tokenizer.js';

export const WORDS_LIMIT = 10;

export type QueryTerm =
  { kind: 'word'; word: string; prefix: boolean; maxTypos: number; chars: number } | { kind: 'phrase'; words: (string | null)[] };

export interface ParsedQuery {
  terms: QueryTerm[];
  negativeWords: string[];
  negativePhrases: (string | null)[][];
}

export interface TypoSettings {
  enabled: boolean;
  oneTypo: number;
  twoTypos: number;
}

export function parseQuery(q: string, stopWords: ReadonlySet<string>, typo: TypoSettings): ParsedQuery {
  const out: ParsedQuery = { terms: [], negativeWords: [], negativePhrases: [] };
  const tokens = tokenize(q, stopWords).filter((t) => t.lemma !== '');
  let phrase: (string | null)[] | null = null;
  let negativePhrase = false;
  let negativeNext = false;
  let afterWhitespace = true;
  const closePhrase = (p: (string | null)[]) => {
    if (p.every((w) => w === null)) return;
    if (negativePhrase) out.negativePhrases.push(p);
    else out.terms.push({ kind: 'phrase', words: p });
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (out.terms.length >= WORDS_LIMIT) return out;
    if (token.kind !== 'separator') {
      if (phrase !== null) phrase.push(token.kind === 'stop' ? null : token.lemma);
      else if (negativeNext) {
        out.negativeWords.push(token.lemma);
        negativeNext = false;
      } else if (i < tokens.length - 1) {
        if (token.kind === 'word') out.terms.push(wordTerm(token.lemma, false, typo));
      } else out.terms.push(wordTerm(token.lemma, true, typo));
    } else {
      let quotes = [...token.lemma].filter((c) => c === '"').length;
      if (token.hard && phrase !== null) {
        closePhrase(phrase);
        phrase = [];
      }
      if (quotes > 0) {
        if (phrase !== null) {
          quotes -= 1;
          closePhrase(phrase);
          negativePhrase = false;
          phrase = null;
        }
        if (quotes % 2 === 1) {
          negativePhrase = negativeNext;
          phrase = [];
        }
      }
      negativeNext = phrase === null && token.lemma === '-' && afterWhitespace;
    }
    afterWhitespace = /\s$/u.test(token.lemma);
  }
  // an unclosed quote: the rest of the query is the phrase
  if (phrase !== null) closePhrase(phrase);
  return out;
}

function wordTerm(word: string, prefix: boolean, typo: TypoSettings): QueryTerm {
  const chars = [...word].length;
  const maxTypos = !typo.enabled || chars < typo.oneTypo ? 0 : chars < typo.twoTypos ? 1 : 2;
  return { kind: 'word', word, prefix, maxTypos, chars };
}

/**
 * The typos an indexed word costs for a word term, or undefined when it does not match.
 * `synonyms` are the term's one-word synonyms (matched exactly).
 */
export function wordCost(
  term: Extract<QueryTerm, { kind: 'word' }>,
  indexed: string,
  synonyms: readonly string[] = [],
): number | undefined {
  if (indexed === term.word || synonyms.includes(indexed)) return 0;
  if (term.prefix && indexed.startsWith(term.word)) return 0;
  if (term.maxTypos === 0) return undefined;
  const q = [...term.word];
  const w = [...indexed];
  const candidates = term.prefix ? prefixesNear(w, q.length, term.maxTypos) : [w];
  let best: number | undefined;
  for (const c of candidates) {
    const cost = typoCost(q, c);
    if (cost <= term.maxTypos && (best === undefined || cost < best)) best = cost;
  }
  return best;
}

function prefixesNear(w: string[], length: number, maxTypos: number): string[][] {
  const out: string[][] = [];
  for (let n = Math.max(1, length - maxTypos); n <= Math.min(w.length, length + maxTypos); n++) out.push(w.slice(0, n));
  return out;
}

/** Optimal-string-alignment distance, plus one when the first letters differ. */
function typoCost(a: string[], b: string[]): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const sub = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + sub);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]! + (a[0] === b[0] ? 0 : 1);
}
