/**
 * @module The proximity ranking rule: how far apart consecutive query terms sit in a document,
 * read from the document's stored term numbers. Like Meilisearch, each pair costs its distance
 * in words (1 = adjacent, in order), one more when reversed, at most MAX_PAIR_COST (also the
 * cost when the pair is in different fields or missing); a document's proximity is the sum.
 */

/** Meilisearch counts any pair further apart than 7 words as 8: "not close". */
export const MAX_PAIR_COST = 8;
/** Positions of different fields are this far apart, so no pair spans two fields. */
const FIELD_GAP = 1 << 20;

/**
 * Proximity of one document. `termMask` maps a term number to a bitmask of the query terms
 * (by index, < 31) it is an alternative of; `terms` is how many leading query terms count.
 */
export function proximity(tokens: Uint32Array, termMask: Map<number, number>, terms: number): number {
  if (terms < 2) return 0;
  const positions: number[][] = Array.from({ length: terms }, () => []);
  let pos = 3;
  for (let f = 0; f < 3; f++) {
    const end = pos + tokens[f]!;
    for (let p = 0; pos < end; pos++, p++) {
      const mask = termMask.get(tokens[pos]!);
      if (mask === undefined) continue;
      for (let t = 0; t < terms; t++) if (mask & (1 << t)) positions[t]!.push(f * FIELD_GAP + p);
    }
  }
  let total = 0;
  for (let t = 0; t + 1 < terms; t++) total += pairCost(positions[t]!, positions[t + 1]!);
  return total;
}

function pairCost(a: readonly number[], b: readonly number[]): number {
  let best = MAX_PAIR_COST;
  for (const pa of a) {
    for (const pb of b) {
      const d = pb - pa;
      const cost = d > 0 ? d : -d + 1;
      if (cost < best) {
        best = cost;
        if (best === 1) return 1;
      }
    }
  }
  return best;
}
