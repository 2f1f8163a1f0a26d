/**
 * @module Ranking without scoring every match: a Meilisearch-style bucket sort. Each rule
 * splits the candidates into ordered buckets and only the buckets that overlap the requested
 * page are refined by the next rule: words (leading query terms matched), typos, proximity,
 * attribute (title > subtitle > body), exactness, then date (newest first, then id).
 */
import type { Bitset } from './bitset.js';
import { MAX_QUERY_WORDS } from '../query/index.js';
import { SET_SLOT, type MemoryIndex, type OrderRange } from './memory-index.js';
import { CODE_FIELD, CODE_TYPO, NO_MATCH, type EvaluatedTerm } from './terms.js';

/**
 * Proximity is read from stored term numbers, one row per document; past this many documents
 * in one (words, typos) bucket the bucket is left unsplit by proximity (attribute, exactness
 * and date still apply). bench/search.bench.ts keeps the cost of that many rows within the
 * query-latency target.
 */
export const PROXIMITY_MAX_DOCS = 200;
/** Scratch slot for bucket membership: after the query terms' slots (at most MAX_QUERY_WORDS). */
const MEMBER_SLOT = MAX_QUERY_WORDS;
/** Buckets up to this size are ordered by sorting; larger ones by walking the date order. */
const SORT_MAX_DOCS = 4096;

export interface RankContext {
  index: MemoryIndex;
  terms: readonly EvaluatedTerm[];
  /** proximity of a document over the first `terms` query terms */
  proximity: (docIdx: number, terms: number) => number;
}

/** A page of `universe` by relevance: docIdx of ranks [offset, offset + limit). */
export function rankByRelevance(ctx: RankContext, universe: Bitset, offset: number, limit: number): number[] {
  const k = ctx.terms.length;
  // leading[j] = universe AND terms 1..j+1 (universe already requires the first term)
  const { index } = ctx;
  const leading: Bitset[] = [universe];
  for (let j = 1; j < k; j++)
    leading.push(
      index
        .scratchSet(SET_SLOT.leading + j)
        .copy(leading[j - 1]!)
        .and(ctx.terms[j]!.bits),
    );
  const page = new Page(offset, limit);
  for (let j = k; j >= 1 && !page.full(); j--) {
    const bucket =
      j === k
        ? leading[k - 1]!
        : index
            .scratchSet(SET_SLOT.bucket)
            .copy(leading[j - 1]!)
            .andNot(leading[j]!);
    const size = bucket.count();
    if (page.skips(size)) continue;
    if (j === 1) byMatchCode(ctx, bucket, page);
    else byTypos(ctx, bucket.toArray(undefined, size), j, page);
  }
  return page.docs;
}

/**
 * A result this many times smaller than the stretch of the date order it lies in is sorted by
 * date instead of found by walking the order: the walk reads the stretch until the page fills,
 * the sort reads the matches once.
 */
const SPARSE_RESULT = 32;

/**
 * A page of `universe` (`total` documents, all within `range` of the date order) by date:
 * newest first (ties by id) or oldest first.
 */
export function rankByDate(
  index: MemoryIndex,
  universe: Bitset,
  total: number,
  range: OrderRange,
  newest: boolean,
  offset: number,
  limit: number,
): number[] {
  if (total * SPARSE_RESULT < range.hi - range.lo) return sortedByDate(index, universe, newest, offset, limit);
  const order = index.dateOrder();
  const out: number[] = [];
  let seen = 0;
  for (let i = 0; i < range.hi - range.lo && out.length < limit; i++) {
    const doc = order[newest ? range.hi - 1 - i : range.lo + i]!;
    if (!universe.has(doc)) continue;
    if (seen++ >= offset) out.push(doc);
  }
  return out;
}

function sortedByDate(index: MemoryIndex, universe: Bitset, newest: boolean, offset: number, limit: number): number[] {
  const rank = index.dateRank();
  const docs = Array.from(universe.toArray());
  docs.sort(newest ? (a, b) => rank[b]! - rank[a]! : (a, b) => rank[a]! - rank[b]!);
  return docs.slice(offset, offset + limit);
}

/** The window still wanted, consumed bucket by bucket. */
class Page {
  readonly docs: number[] = [];
  constructor(
    private skip: number,
    private want: number,
  ) {}
  full(): boolean {
    return this.want === 0;
  }
  /** True (and counted) when a bucket of `size` lies wholly before the window. */
  skips(size: number): boolean {
    if (size > this.skip) return false;
    this.skip -= size;
    return true;
  }
  /** How many of the next bucket's best docs are needed, and how many of them to drop. */
  window(): { skip: number; take: number } {
    return { skip: this.skip, take: this.skip + this.want };
  }
  accept(ranked: readonly number[]): void {
    const kept = ranked.slice(this.skip, this.skip + this.want);
    this.docs.push(...kept);
    this.want -= kept.length;
    this.skip = 0;
  }
}

/**
 * One matched term (the one-word query, and the "first word only" bucket of longer ones): its
 * match code orders by typos, then field, then exactness, with no proximity to compute. Count
 * the bucket per code, work out how many of each code the page needs, then walk the date
 * order newest first, keeping those until each quota is met. No sort, and for a word in most
 * of the archive the walk stops after a few dozen documents.
 */
function byMatchCode(ctx: RankContext, bucket: Bitset, page: Page): void {
  const code = ctx.terms[0]!.code;
  const counts = new Uint32Array(NO_MATCH + 1);
  const words = bucket.words;
  for (let w = 0; w < words.length; w++) {
    let v = words[w]!;
    while (v !== 0) {
      const low = v & -v;
      counts[code[(w << 5) + 31 - Math.clz32(low)]!]!++;
      v ^= low;
    }
  }
  const quota = new Uint32Array(NO_MATCH + 1);
  let needed = 0;
  for (let c = 0; c <= NO_MATCH && needed < page.window().take; c++) {
    if (counts[c] === 0 || (needed === 0 && page.skips(counts[c]!))) continue;
    quota[c] = Math.min(counts[c]!, page.window().take - needed);
    needed += quota[c]!;
  }
  const lists: number[][] = []; // by code; holes for codes the page does not need
  const order = ctx.index.dateOrder();
  for (let i = order.length - 1; i >= 0 && needed > 0; i--) {
    const doc = order[i]!;
    if (!bucket.has(doc)) continue;
    const c = code[doc]!;
    const list = (lists[c] ??= []);
    if (list.length < quota[c]!) {
      list.push(doc);
      needed--;
    }
  }
  page.accept(lists.flat());
}

function byTypos(ctx: RankContext, docs: Uint32Array, j: number, page: Page): void {
  const terms = ctx.terms;
  const key = (doc: number) => {
    let typos = 0;
    for (let t = 0; t < j; t++) typos += (terms[t]!.code[doc]! / CODE_TYPO) | 0;
    return typos;
  };
  for (const group of groupBy(docs, key)) {
    if (page.full()) return;
    if (page.skips(group.length)) continue;
    byProximityAttribute(ctx, group, j, page);
  }
}

function byProximityAttribute(ctx: RankContext, docs: Uint32Array, j: number, page: Page): void {
  const terms = ctx.terms;
  const withProximity = j >= 2 && docs.length <= PROXIMITY_MAX_DOCS;
  const maxAttr = 2 * j + 1;
  const key = (doc: number) => {
    let attr = 0;
    let inexact = 0;
    for (let t = 0; t < j; t++) {
      const c = terms[t]!.code[doc]! % CODE_TYPO;
      attr += (c / CODE_FIELD) | 0;
      inexact += c & 1;
    }
    const prox = withProximity ? ctx.proximity(doc, j) : 0;
    return (prox * maxAttr + attr) * (j + 1) + inexact;
  };
  for (const group of groupBy(docs, key)) {
    if (page.full()) return;
    if (page.skips(group.length)) continue;
    const { take } = page.window();
    page.accept(newestFirst(ctx.index, group, take));
  }
}

/**
 * Split `docs` by key, buckets in ascending key order. Keys are small non-negative integers,
 * so this is a counting sort over typed arrays (no Map per document: tens of thousands of
 * matches are split in well under a millisecond).
 */
function groupBy(docs: Uint32Array, key: (doc: number) => number): Uint32Array[] {
  const keys = new Uint32Array(docs.length);
  let max = 0;
  for (let i = 0; i < docs.length; i++) {
    const k = key(docs[i]!);
    keys[i] = k;
    if (k > max) max = k;
  }
  const counts = new Uint32Array(max + 1);
  for (let i = 0; i < keys.length; i++) counts[keys[i]!]!++;
  const groups: Uint32Array[] = [];
  const slot = new Int32Array(max + 1).fill(-1);
  for (let k = 0; k <= max; k++) {
    if (counts[k] === 0) continue;
    if (counts[k] === docs.length) return [docs];
    slot[k] = groups.length;
    groups.push(new Uint32Array(counts[k]!));
  }
  const fill = new Uint32Array(groups.length);
  for (let i = 0; i < docs.length; i++) {
    const s = slot[keys[i]!]!;
    groups[s]![fill[s]!++] = docs[i]!;
  }
  return groups;
}

/** The `take` newest of `docs` (ties by id ascending). */
function newestFirst(index: MemoryIndex, docs: Uint32Array, take: number): number[] {
  if (docs.length <= SORT_MAX_DOCS) {
    const rank = index.dateRank();
    return Array.from(docs)
      .sort((a, b) => rank[b]! - rank[a]!)
      .slice(0, take);
  }
  const member = index.scratch(MEMBER_SLOT, 0);
  for (let i = 0; i < docs.length; i++) member[docs[i]!] = 1;
  const order = index.dateOrder();
  const out: number[] = [];
  for (let i = order.length - 1; i >= 0 && out.length < take; i--) if (member[order[i]!]) out.push(order[i]!);
  return out;
}
