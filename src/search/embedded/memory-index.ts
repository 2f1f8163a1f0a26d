/**
 * @module The engine's in-memory side, rebuilt from its SQLite file at open: dense document
 * numbers (docIdx), live set, dates, term postings and facets. A term's postings tell which
 * documents contain it and in which fields (title, subtitle, body): see postings.ts.
 */
import { Bitset } from './bitset.js';
import { allocate } from './shared-arrays.js';
import { FacetIndex } from './facet-index.js';
import { FIELD_BODY, FIELD_SUBTITLE, FIELD_TITLE, PostingStore } from './postings.js';
import { FACET_NAMES, type FacetName, type FieldFacet } from '../engine.js';
import { MAX_QUERY_WORDS } from '../query/index.js';
import { asFloat64, asUint32, type Section } from './snapshot-file.js';
import { decodeStrings, encodeStrings } from './string-sections.js';

/**
 * Scratch bitset slots of one search (see MemoryIndex.scratchSet): the result set, filter
 * values, the date range, the complement for facet counts, a ranking bucket, the "leading
 * terms" sets of the ranker, one per query term, and a phrase's candidates and the word being
 * intersected with them (phrases.ts).
 */
export const SET_SLOT = {
  universe: 0,
  facetValue: 1,
  facetAny: 2,
  dates: 3,
  outside: 4,
  bucket: 5,
  leading: 6,
  terms: 6 + MAX_QUERY_WORDS,
  phrase: 6 + 2 * MAX_QUERY_WORDS,
  phraseWord: 7 + 2 * MAX_QUERY_WORDS,
} as const;

/** Positions [lo, hi) of the date order: where the documents of a date-filtered query lie. */
export interface OrderRange {
  lo: number;
  hi: number;
}

/** What the in-memory index needs of a document. */
export interface DocFacts {
  id: string;
  /** the document's row number in the engine's SQLite file */
  seq: number;
  /** publishedAt in epoch seconds */
  ts: number;
  publishedAt: string;
  section: string | null;
  nations: readonly string[];
  persons: readonly string[];
  lang: string;
  source: string;
  authors: readonly string[];
}

/** The values a document gives each facet that counts a field of its own. */
function fieldValues(doc: DocFacts): Record<FieldFacet, readonly string[]> {
  return {
    nations: doc.nations,
    persons: doc.persons,
    sections: doc.section === null ? [] : [doc.section],
    languages: [doc.lang],
    sources: [doc.source],
    authors: doc.authors,
  };
}

function facetIndexes(make: (name: FacetName) => FacetIndex): Record<FacetName, FacetIndex> {
  return Object.fromEntries(FACET_NAMES.map((name) => [name, make(name)])) as Record<FacetName, FacetIndex>;
}

/** Term numbers of a document: [titleCount, subtitleCount, bodyCount, ...title, ...subtitle, ...body]. */
export type TokenStream = Uint32Array;

/**
 * Removed and replaced documents keep their docIdx (postings are append-only) until at least
 * this many, and at least COMPACT_DEAD_SHARE of the docIdx space, are dead; then the index is
 * compacted: live documents renumbered, postings and facets rewritten without the dead ones.
 * So memory follows the live documents, not the churn, and a compaction (costly on a large
 * index) is paid at most once per quarter of the archive replaced.
 */
export const COMPACT_MIN_DEAD = 1_024;
export const COMPACT_DEAD_SHARE = 0.25;

export class MemoryIndex {
  /** documents ever added since open (live or removed): the docIdx space */
  n = 0;
  /** bumped when a compaction renumbers the documents (what was kept by docIdx is void) */
  generation = 0;
  ids: string[] = [];
  seqs: number[] = [];
  ts: number[] = [];
  alive = new Bitset(1024);
  private liveCount = 0;
  /**
   * id -> docIdx of the live documents, for writes (a replaced or removed document is found by
   * its id): undefined after a snapshot is read, built at the first lookup. Searches never need
   * it, and hashing a million ids took a third of the start of `serve` (docs/benchmarks.md).
   */
  private idMap: Map<string, number> | undefined = new Map();
  postings = new PostingStore();
  facets: Record<FacetName, FacetIndex> = facetIndexes(() => new FacetIndex());
  private order: Uint32Array | null = null;
  private scratchBytes: Uint8Array[] = [];
  private scratchList = new Uint32Array(0);
  private scratchSets: Bitset[] = [];
  private yearsOfMonths = new Uint32Array(0);
  private rank: Uint32Array | null = null;
  private lastSeen = new Int32Array(1024).fill(-1);
  private seenMask = new Uint8Array(1024);

  get live(): number {
    return this.liveCount;
  }

  docIdx(id: string): number | undefined {
    return this.byId().get(id);
  }

  private byId(): Map<string, number> {
    if (this.idMap) return this.idMap;
    const map = new Map<string, number>();
    for (let doc = 0; doc < this.n; doc++) if (this.alive.has(doc)) map.set(this.ids[doc]!, doc);
    return (this.idMap = map);
  }

  /** Add a document (replacing a live one with the same id); returns its docIdx. */
  add(doc: DocFacts, tokens: TokenStream): number {
    this.remove(doc.id); // may compact: docIdx numbers are taken after it
    const docIdx = this.n++;
    this.ids.push(doc.id);
    this.seqs.push(doc.seq);
    this.ts.push(doc.ts);
    this.byId().set(doc.id, docIdx);
    this.growAlive(docIdx + 1);
    this.alive.add(docIdx);
    this.liveCount++;
    this.addPostings(docIdx, tokens);
    for (const [name, values] of Object.entries(fieldValues(doc))) this.facets[name as FieldFacet].add(docIdx, values);
    this.facets.years.add(docIdx, [doc.publishedAt.slice(0, 4)]);
    this.facets.months.add(docIdx, [doc.publishedAt.slice(0, 7)]);
    this.order = null;
    this.rank = null;
    return docIdx;
  }

  /** Remove a live document by id; false when there is none. */
  remove(id: string): boolean {
    const docIdx = this.byId().get(id);
    if (docIdx === undefined) return false;
    this.byId().delete(id);
    this.alive.delete(docIdx);
    this.liveCount--;
    for (const facet of Object.values(this.facets)) facet.forget(docIdx);
    this.compactIfWorthIt();
    return true;
  }

  /** Documents removed or replaced whose docIdx is still in use (see COMPACT_MIN_DEAD). */
  get dead(): number {
    return this.n - this.liveCount;
  }

  private compactIfWorthIt(): void {
    const dead = this.dead;
    if (dead >= COMPACT_MIN_DEAD && dead >= this.n * COMPACT_DEAD_SHARE) this.compact();
  }

  /** Renumber the live documents 0..live-1 (order kept) and drop every trace of the dead ones. */
  compact(): void {
    const kept = new Uint32Array(this.liveCount);
    const map = new Int32Array(this.n).fill(-1);
    let next = 0;
    for (let doc = 0; doc < this.n; doc++) {
      if (!this.alive.has(doc)) continue;
      kept[next] = doc;
      map[doc] = next++;
    }
    this.ids = Array.from(kept, (doc) => this.ids[doc]!);
    this.seqs = Array.from(kept, (doc) => this.seqs[doc]!);
    this.ts = Array.from(kept, (doc) => this.ts[doc]!);
    this.idMap = undefined; // rebuilt from the renumbered ids at the next lookup
    this.postings = this.postings.remapped(map);
    const facets = this.facets;
    this.facets = facetIndexes((name) => facets[name].compacted(kept));
    this.n = kept.length;
    this.generation++;
    this.alive = Bitset.full(Math.max(this.n, 1024));
    for (let doc = this.n; doc < this.alive.size; doc++) this.alive.delete(doc);
    this.lastSeen.fill(-1); // docIdx numbers are handed out again
    this.scratchBytes.length = 0;
    this.scratchSets.length = 0;
    this.yearsOfMonths = new Uint32Array(0);
    this.order = null;
    this.rank = null;
  }

  /** The index as snapshot sections (see snapshot.ts); the date order is computed if it was not. */
  save(out: Record<string, Section>): void {
    Object.assign(out, encodeStrings('ids', this.ids));
    out.seqs = Float64Array.from(this.seqs);
    out.ts = Float64Array.from(this.ts);
    out.alive = this.alive.words;
    out.order = this.dateOrder();
    this.postings.save('postings', out);
    for (const name of FACET_NAMES) this.facets[name].save(`facet.${name}`, out);
  }

  /** An index read back from `save`'s sections: nothing re-derived (the id lookup waits for a write). */
  static load(section: (name: string) => Uint8Array): MemoryIndex {
    const out = new MemoryIndex();
    out.ids = decodeStrings('ids', section);
    out.n = out.ids.length;
    out.seqs = Array.from(asFloat64(section('seqs')));
    out.ts = Array.from(asFloat64(section('ts')));
    const words = asUint32(section('alive')).slice();
    out.alive = new Bitset(words.length * 32, words);
    for (let doc = 0; doc < out.n; doc++) if (out.alive.has(doc)) out.liveCount++;
    out.idMap = undefined; // built at the first write (see idMap)
    out.order = asUint32(section('order'));
    out.postings = PostingStore.load('postings', section);
    out.facets = facetIndexes((name) => FacetIndex.load(`facet.${name}`, section));
    return out;
  }

  /**
   * The live documents, as a bitset sized to the docIdx space: a new one, or scratch set
   * `slot` (see `scratchSet`) overwritten.
   */
  liveSet(slot?: number): Bitset {
    const out = slot === undefined ? new Bitset(this.n) : this.scratchSet(slot);
    out.words.set(this.alive.words.subarray(0, out.words.length));
    return out;
  }

  /**
   * A reusable bitset over the docIdx space (contents unspecified: callers overwrite it).
   * Searches run synchronously one at a time, so a query's working sets need not be allocated
   * (and collected) anew: 12.5 KB each per 100,000 documents, several per query.
   */
  scratchSet(slot: number): Bitset {
    let set = this.scratchSets[slot];
    if (!set || set.size !== this.n) set = this.scratchSets[slot] = new Bitset(this.n);
    return set;
  }

  /**
   * Remove from `set` the documents published outside [from, to] (epoch seconds): a binary
   * search of the date order, then work on whichever is smaller, the range or its outside.
   * Returns the range's positions in the date order.
   */
  restrictToDates(set: Bitset, from: number, to: number, slot: number): OrderRange {
    const order = this.dateOrder();
    const lo = this.firstAtOrAfter(order, from, false);
    const hi = this.firstAtOrAfter(order, to, true);
    if (hi - lo < order.length - (hi - lo)) {
      const range = this.scratchSet(slot);
      range.words.fill(0);
      for (let i = lo; i < hi; i++) range.add(order[i]!);
      set.and(range);
    } else {
      for (let i = 0; i < lo; i++) set.delete(order[i]!);
      for (let i = hi; i < order.length; i++) set.delete(order[i]!);
    }
    return { lo, hi };
  }

  /** Every docIdx (live or not) by date ascending, ties by id descending; cached until a change. */
  dateOrder(): Uint32Array {
    if (this.order === null) {
      const ts = this.ts;
      const ids = this.ids;
      const order = Array.from({ length: this.n }, (_, i) => i);
      order.sort((a, b) => ts[a]! - ts[b]! || (ids[a]! < ids[b]! ? 1 : ids[a]! > ids[b]! ? -1 : 0));
      this.order = Uint32Array.from(order);
    }
    return this.order;
  }

  /** Per docIdx: its position in dateOrder() (higher = newer). */
  dateRank(): Uint32Array {
    const order = this.dateOrder();
    if (this.rank === null || this.rank.length !== order.length) {
      const rank = new Uint32Array(order.length);
      for (let i = 0; i < order.length; i++) rank[order[i]!] = i;
      this.rank = rank;
    }
    return this.rank;
  }

  /** First position in `order` whose date is >= t (or > t when `after`). */
  firstAtOrAfter(order: Uint32Array, t: number, after: boolean): number {
    const ts = this.ts;
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const v = ts[order[mid]!]!;
      if (v < t || (after && v === t)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Per month facet value id: the id of its year facet value (months are YYYY-MM, years YYYY). */
  yearOfMonth(): Uint32Array {
    const months = this.facets.months.values;
    if (this.yearsOfMonths.length !== months.length) {
      this.yearsOfMonths = Uint32Array.from(months, (m) => this.facets.years.idOf(m.slice(0, 4))!);
    }
    return this.yearsOfMonths;
  }

  /** docIdx of the document stored at row `seq` (rows only grow, so seqs are ascending). */
  docIdxOfSeq(seq: number): number {
    let lo = 0;
    let hi = this.n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.seqs[mid]!;
      if (s === seq) return mid;
      if (s < seq) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * A reusable per-document byte array (slot = query term number), filled with `fill`.
   * Searches run synchronously, one at a time, so one set serves them all and a query does
   * not allocate (and later collect) 100 KB per term.
   */
  scratch(slot: number, fill: number): Uint8Array {
    let buf = this.scratchBytes[slot];
    if (!buf || buf.length !== this.n) buf = this.scratchBytes[slot] = new Uint8Array(this.n);
    return buf.fill(fill);
  }

  /** A reusable array of document numbers as long as the docIdx space (same rules as `scratch`). */
  scratchDocs(): Uint32Array {
    if (this.scratchList.length < this.n) this.scratchList = allocate(Uint32Array, this.n, true); // shared: facet-thread.ts
    return this.scratchList;
  }

  /** Room for `docs` documents, taken before a bulk load (see FacetIndex.reserve). */
  reserve(docs: number): void {
    for (const facet of Object.values(this.facets)) facet.reserve(docs);
  }

  private addPostings(docIdx: number, tokens: TokenStream): void {
    let maxTerm = 0;
    for (let i = 3; i < tokens.length; i++) if (tokens[i]! > maxTerm) maxTerm = tokens[i]!;
    this.ensureTerm(maxTerm);
    const lastSeen = this.lastSeen;
    const seenMask = this.seenMask;
    const seen: number[] = [];
    let pos = 3;
    for (let f = 0; f < 3; f++) {
      const field = f === 0 ? FIELD_TITLE : f === 1 ? FIELD_SUBTITLE : FIELD_BODY;
      const end = pos + tokens[f]!;
      for (; pos < end; pos++) {
        const term = tokens[pos]!;
        if (lastSeen[term] !== docIdx) {
          lastSeen[term] = docIdx;
          seenMask[term] = 0;
          seen.push(term);
        }
        seenMask[term]! |= field;
      }
    }
    for (const term of seen) this.postings.push(term, docIdx, this.seenMask[term]!);
  }

  private ensureTerm(term: number): void {
    if (term < this.lastSeen.length) return;
    const size = Math.max(term + 1, this.lastSeen.length * 2);
    const seen = new Int32Array(size).fill(-1);
    seen.set(this.lastSeen);
    this.lastSeen = seen;
    const mask = new Uint8Array(size);
    mask.set(this.seenMask);
    this.seenMask = mask;
  }

  private growAlive(size: number): void {
    if (size <= this.alive.size) return;
    const next = new Bitset(Math.max(size, this.alive.size * 2));
    next.words.set(this.alive.words);
    this.alive = next;
  }
}
