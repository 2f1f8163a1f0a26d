/**
 * @module Typo tolerance with Meilisearch's defaults: words of 5-8 characters allow one typo,
 * words of 9 or more allow two; shorter words must match exactly. A typo is one insertion,
 * deletion, substitution or transposition of adjacent characters (Damerau-Levenshtein,
 * optimal string alignment), the first letter included; as in Meilisearch, a word allowed two
 * typos gets only one when its first letter is wrong.
 */

/** Meilisearch `minWordSizeForTypos.oneTypo`: shorter words get no typo. */
export const ONE_TYPO_MIN_LENGTH = 5;
/** Meilisearch `minWordSizeForTypos.twoTypos`. */
export const TWO_TYPOS_MIN_LENGTH = 9;

/** How many typos a query word of this length may have. */
export function allowedTypos(word: string): number {
  const n = [...word].length;
  if (n >= TWO_TYPOS_MIN_LENGTH) return 2;
  if (n >= ONE_TYPO_MIN_LENGTH) return 1;
  return 0;
}

/** Typos allowed between query `word` and an indexed `candidate` (first-letter rule applied). */
export function allowedTyposFor(word: string, candidate: string): number {
  const max = allowedTypos(word);
  return max === 2 && word[0] !== candidate[0] ? 1 : max;
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
