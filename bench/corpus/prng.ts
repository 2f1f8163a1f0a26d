/**
 * @module Seeded pseudo-random numbers for the synthetic corpus: same seed, same corpus.
 * Math.random is never used here, so a benchmark run can be repeated byte for byte.
 */

/** A small, fast generator (sfc32) with the helpers the corpus needs. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9;
    this.b = seed | 0;
    this.c = (stream ^ 0x85ebca6b) | 0;
    this.d = 1;
    // sfc32 needs a few rounds before its first outputs stop echoing the seed.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /**
   * Index in [0, n) drawn from an approximate Zipf law (exponent 1): rank r has weight ~1/(r+1).
   * Inverse of the continuous CDF ln(1+x)/ln(1+n): no table, O(1) per draw.
   */
  zipfIndex(n: number): number {
    const i = Math.floor(Math.exp(this.next() * Math.log(n + 1))) - 1;
    return i < 0 ? 0 : i >= n ? n - 1 : i;
  }

  /** An item from `items`, earlier items far more often (Zipf by position). */
  zipf<T>(items: readonly T[]): T {
    return items[this.zipfIndex(items.length)]!;
  }

  /** `k` distinct items (or all when k >= length), in draw order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < k && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i]!);
      pool[i] = pool[pool.length - 1]!;
      pool.pop();
    }
    return out;
  }
}

/** 32-bit FNV-1a hash of a string: derives stable sub-seeds from names and URLs. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
