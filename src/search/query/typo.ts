/**
 * @module Typo tolerance with Meilisearch's defaults: words of 5-8 characters allow one typo,
 * words of 9 or more allow two; shorter words must match exactly. A typo is one insertion,
 * deletion, substitution or transposition of adjacent characters (Damerau-Levenshtein,
 * optimal string alignment). As in Meilisearch, a different first letter counts as two typos:
 * a word of 5-8 characters must keep its first letter, and a longer one may then have no other
 * typo. The last query word matches words that start with it, typos included (see countedTypos).
 */

/** Meilisearch `minWordSizeForTypos.oneTypo`: shorter words get no typo. */
export const ONE_TYPO_MIN_LENGTH = 5;
/** Meilisearch `minWordSizeForTypos.twoTypos`. */
export const TWO_TYPOS_MIN_LENGTH = 9;
/** What a different first letter costs (Meilisearch). */
export const FIRST_LETTER_TYPOS = 2;

/** How many typos a query word of this length may have. */
export function allowedTypos(word: string): number {
  const n = [...word].length;
  if (n >= TWO_TYPOS_MIN_LENGTH) return 2;
  if (n >= ONE_TYPO_MIN_LENGTH) return 1;
  return 0;
}

/**
 * The typos counted when query `word` reaches the indexed `candidate` (a prefix of it, with
 * `prefix`: the last query word), or undefined when it does not. At most allowedTypos(word)
 * edits; as in Meilisearch, a different first letter counts as two typos, so it takes a word
 * allowed two, with no other edit.
 */
export function countedTypos(word: string, candidate: string, prefix = false): number | undefined {
  const max = allowedTypos(word);
  if (word.codePointAt(0) !== candidate.codePointAt(0)) {
    if (max < FIRST_LETTER_TYPOS) return undefined;
    return typoDistance(word, candidate, 1, prefix) <= 1 ? FIRST_LETTER_TYPOS : undefined;
  }
  const d = typoDistance(word, candidate, max, prefix);
  return d <= max ? d : undefined;
}

/**
 * Damerau-Levenshtein (OSA) distance between `a` and `b`, or `max + 1` as soon as it is
 * certain to exceed `max`. With `prefix`, the distance from `a` to the closest PREFIX of `b`
 * (how the last query word is matched while the user is still typing).
 */
export function typoDistance(a: string, b: string, max: number, prefix = false): number {
  const m = a.length;
  const n = b.length;
  if (!prefix && Math.abs(m - n) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, i) => i);
  let best = prefix ? prev[m]! : max + 1;
  for (let j = 1; j <= n; j++) {
    const cur = new Array<number>(m + 1);
    cur[0] = j;
    let rowMin = cur[0];
    for (let i = 1; i <= m; i++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[i]! + 1, cur[i - 1]! + 1, prev[i - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[i - 2]! + 1);
      cur[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (prefix && cur[m]! < best) best = cur[m]!;
    if (rowMin > max) return prefix ? Math.min(best, max + 1) : max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prefix ? Math.min(best, max + 1) : Math.min(prev[m]!, max + 1);
}
