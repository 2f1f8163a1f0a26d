/**
 * @module One facet (nations, persons, sections, years or months) held in memory: its values,
 * each value's documents (for filters) and each document's values (for counting). Counting
 * walks the result set once and bumps a counter per value, which measured faster than one
 * bitset AND + popcount per value once a facet has hundreds of values.
 */
import { Bitset, U32List } from './bitset.js';
import { countValues, type FacetRows, type FacetToCount } from './facet-counting.js';
import { NarrowList } from './narrow-list.js';
import { PostingStore } from './postings.js';
import { normalize } from '../query/index.js';
import { asInt32, asUint32, type Section } from './snapshot-file.js';
import { decodeStrings, encodeStrings } from './string-sections.js';
import { compareFacetCounts } from '../engine.js';
import type { FacetCount } from '../engine.js';

/** 256 KiB chunks, not the postings' 4 MiB: all facet values' lists together are small. */
const FACET_CHUNK_SHIFT = 18;

/**
 * The key a facet value is filtered and counted by: Meilisearch's `normalize_facet` (milli
 * src/lib.rs: NFKD of the trimmed value, lower-cased), so "Business", "business" and " BUSINESS "
 * are one value on both engines. The value shown is the first spelling indexed, as Meilisearch
 * shows the original of the first document that carries the value.
 */
export function facetKey(value: string): string {
  return value.trim().normalize('NFKD').toLowerCase();
}

/** A result set, as its members or as the live documents outside it. */
export type CountedSet = { members: Uint32Array } | { outside: Uint32Array };

export class FacetIndex {
  /** per value id: the spelling shown (the first indexed); replaced whole when a snapshot is read */
  values: string[] = [];
  /** per value id: its folded form (see `foldedValues`) */
  private folded: string[] = [];
  /** facetKey(value) -> value id */
  private ids = new Map<string, number>();
  /**
   * per value (as a "term"): its documents, ascending (removed ones stay until compaction), in
   * the postings' compressed chunks: no per-value arrays outgrown and left behind while loading
   */
  private docs = new PostingStore(FACET_CHUNK_SHIFT);
  /** per value: how many live documents carry it */
  private live: number[] = [];
  /** per document: its values, as a compressed row (offsets into `valueIds`) */
  private offsets = new U32List(1024, true);
  private valueIds = new NarrowList(1024, true);
  /** per document: its only value + 1 (0 = none), while no document has two (sections, dates) */
  private single = new NarrowList(1024, true);
  private multiValued = false;

  constructor() {
    this.offsets.push(0);
  }

  /** Record the values of the next document (documents are added in docIdx order). */
  add(docIdx: number, values: readonly string[]): void {
    if (this.offsets.length !== docIdx + 1) throw new Error(`facet rows out of order at ${docIdx}`);
    const unique = new Map(values.map((value) => [facetKey(value), value]));
    if (unique.size > 1) this.multiValued = true;
    for (const [key, value] of unique) {
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.values.length;
        this.values.push(value);
        this.ids.set(key, id);
        this.live.push(0);
      }
      this.docs.push(id, docIdx, 1);
      this.live[id]!++;
      this.valueIds.push(id);
    }
    this.offsets.push(this.valueIds.length);
    this.single.push(unique.size === 0 ? 0 : this.valueIds.data[this.valueIds.length - 1]! + 1);
  }

  /** A document was removed: its values count one less. */
  forget(docIdx: number): void {
    const from = this.offsets.data[docIdx]!;
    const to = this.offsets.data[docIdx + 1]!;
    for (let j = from; j < to; j++) this.live[this.valueIds.data[j]!]!--;
  }

  /**
   * Documents carrying `value` (removed ones included: callers AND with the live set), into
   * `into` (cleared first) when given.
   */
  bitset(value: string, size: number, into?: Bitset): Bitset {
    const out = into ?? new Bitset(size);
    if (into) into.words.fill(0);
    const id = this.ids.get(facetKey(value));
    if (id !== undefined) this.docs.markDocs(id, out.words);
    return out;
  }

  /**
   * Per value id: how many documents of the result set carry it. Give either the members, or
   * (cheaper when the result holds most of the archive) the live documents NOT in it: counts
   * are then the live counts minus theirs.
   */
  counts(set: CountedSet): Int32Array {
    return this.fromCounted(set, this.rawCounts('members' in set ? set.members : set.outside));
  }

  /** Per value id: how many of `docs` carry it (see `fromCounted`). */
  rawCounts(docs: Uint32Array): Int32Array {
    return countValues(docs, this.rows(), this.values.length);
  }

  /** The documents' values as counting reads them (valid until the next document is added). */
  rows(): FacetRows {
    return this.multiValued
      ? { multi: true, offsets: this.offsets.data, valueIds: this.valueIds.data }
      : { multi: false, single: this.single.data };
  }

  /** How many values all documents carry in all (what counting walks). */
  rowCount(): number {
    return this.multiValued ? this.valueIds.length : this.single.length;
  }

  /** The rows and value count, for the facet thread. */
  toCount(): FacetToCount {
    return { rows: this.rows(), values: this.values.length };
  }

  /** `counted` (countValues over the set's list) as counts over the set. */
  fromCounted(set: CountedSet, counted: Int32Array): Int32Array {
    if ('outside' in set) for (let id = 0; id < counted.length; id++) counted[id] = this.live[id]! - counted[id]!;
    return counted;
  }

  /** The id of `value` (any spelling with the same facetKey), if any document ever carried it. */
  idOf(value: string): number | undefined {
    return this.ids.get(facetKey(value));
  }

  /** Counts per value id as the `limit` most frequent values (count desc, value asc). */
  top(counts: Int32Array, limit: number): FacetCount[] {
    // Only values that can make the cut become objects: a facet with thousands of values in the
    // result (persons, authors) would otherwise build and sort them all to keep `limit`.
    const floor = countAtRank(counts, limit);
    const out: FacetCount[] = [];
    for (let id = 0; id < counts.length; id++) if (counts[id]! >= floor) out.push({ value: this.values[id]!, count: counts[id]! });
    return topCounts(out, limit);
  }

  /** Live values whose folded form contains the folded `q`, most frequent first. */
  search(q: string, limit: number): FacetCount[] {
    const needle = normalize(q.trim());
    const folded = this.foldedValues();
    const out: FacetCount[] = [];
    for (let id = 0; id < this.values.length; id++) {
      if (this.live[id]! > 0 && folded[id]!.includes(needle)) out.push({ value: this.values[id]!, count: this.live[id]! });
    }
    return topCounts(out, limit);
  }

  /**
   * Each value's folded form, kept: the server resolves every filter value of every request
   * through `search`, and folding all of a facet's values each time was a visible share of the
   * HTTP path. Values are only ever appended (or replaced whole), so the list is extended.
   */
  private foldedValues(): string[] {
    if (this.folded.length > this.values.length) this.folded = [];
    for (let id = this.folded.length; id < this.values.length; id++) this.folded.push(normalize(this.values[id]!));
    return this.folded;
  }

  /**
   * Room for `docs` documents in the per-document rows, taken at once before a bulk load: grown
   * step by step, the outgrown copies stay in the C heap between live data (RSS not given back).
   */
  reserve(docs: number): void {
    this.offsets.reserve(docs + 1);
    this.single.reserve(docs);
    this.valueIds.reserve(docs);
  }

  /** The index as snapshot sections named `prefix.*` (see snapshot.ts). */
  save(prefix: string, out: Record<string, Section>): void {
    Object.assign(out, encodeStrings(`${prefix}.values`, this.values));
    this.docs.save(`${prefix}.docs`, out);
    out[`${prefix}.live`] = Int32Array.from(this.live);
    out[`${prefix}.offsets`] = this.offsets.view();
    out[`${prefix}.valueIds`] = this.valueIds.toUint32();
    out[`${prefix}.single`] = this.single.toUint32();
    out[`${prefix}.multi`] = Uint8Array.of(this.multiValued ? 1 : 0);
  }

  /** An index read back from `save`'s sections (the per-document rows are views: no copy). */
  static load(prefix: string, section: (name: string) => Uint8Array): FacetIndex {
    const out = new FacetIndex();
    out.values = decodeStrings(`${prefix}.values`, section);
    out.ids = new Map(out.values.map((v, id) => [facetKey(v), id]));
    out.docs = PostingStore.load(`${prefix}.docs`, section, FACET_CHUNK_SHIFT);
    out.live = Array.from(asInt32(section(`${prefix}.live`)));
    out.offsets = U32List.over(asUint32(section(`${prefix}.offsets`)));
    out.valueIds = NarrowList.from(asUint32(section(`${prefix}.valueIds`)), true);
    out.single = NarrowList.from(asUint32(section(`${prefix}.single`)), true);
    out.multiValued = section(`${prefix}.multi`)[0] === 1;
    return out;
  }

  /** A new index of the documents `kept` (old docIdx, ascending), renumbered 0, 1, 2, … */
  compacted(kept: Uint32Array): FacetIndex {
    const out = new FacetIndex();
    out.reserve(kept.length);
    const offsets = this.offsets.data;
    const valueIds = this.valueIds.data;
    const values: string[] = [];
    for (let i = 0; i < kept.length; i++) {
      const doc = kept[i]!;
      values.length = 0;
      for (let j = offsets[doc]!; j < offsets[doc + 1]!; j++) values.push(this.values[valueIds[j]!]!);
      out.add(i, values);
    }
    return out;
  }
}

/**
 * The count of the value ranked `limit` (1-based) among the non-zero counts, or 1 when fewer are
 * non-zero: every value at or above it is a candidate for the top `limit` (ties at it included,
 * the caller breaks them by value). A numeric sort of the counts alone, far cheaper than objects.
 */
export function countAtRank(counts: Int32Array, limit: number): number {
  let nonZero = 0;
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) nonZero++;
  if (limit <= 0 || nonZero <= limit) return 1;
  const values = new Int32Array(nonZero);
  let n = 0;
  for (let id = 0; id < counts.length; id++) if (counts[id]! > 0) values[n++] = counts[id]!;
  values.sort(); // ascending, numeric (typed array)
  return values[nonZero - limit]!;
}

function topCounts(list: FacetCount[], limit: number): FacetCount[] {
  list.sort(compareFacetCounts);
  return list.slice(0, limit);
}
