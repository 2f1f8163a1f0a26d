/**
 * @module Every term's postings, packed into a few large buffers. For each document containing
 * a term (ascending): the gap from the previous document times 8 plus the fields it occurs in
 * (title 1, subtitle 2, body 4), as a little-endian base-128 varint; frequent terms take about
 * one byte per document.
 *
 * Memory layout: why not one growable array per term? Loading 100,000 articles grows tens of
 * thousands of lists by copying, and the outgrown copies (about twice the final size) land in
 * the C heap between live lists, where freeing them does not give the memory back: the process
 * kept tens of MB of RSS it no longer used. Here a term's entries live in a chain of blocks carved,
 * in order, out of fixed-size chunks (CHUNK_BYTES by default): nothing is copied or freed while
 * loading, and the chunk pages not yet written are not resident. A block starts with a header of two int32:
 * the next block's address (-1: none) and the bytes used in the block (header included).
 * Blocks double in size per term up to MAX_BLOCK_BYTES, so unused tail space stays small.
 */

import { asFloat64, asInt32, type Section } from './snapshot-file.js';

/** Field bits in an entry; the lower bit is the more important field. */
export const FIELD_TITLE = 1;
export const FIELD_SUBTITLE = 2;
export const FIELD_BODY = 4;
const FIELD_BITS = 3;
const FIELD_SPAN = 1 << FIELD_BITS;
const FIELD_MASK = FIELD_SPAN - 1;
/**
 * Entries are decoded with 32-bit operations (about twice as fast as arithmetic on numbers),
 * which holds while an entry is below 2^32: document numbers below 2^29, checked when added.
 */
const MAX_DOCS = 2 ** 29;

/** 4 MiB chunks (the default): large enough to be mapped apart from the C heap. */
export const CHUNK_SHIFT = 22;
export const CHUNK_BYTES = 1 << CHUNK_SHIFT;
const HEADER_BYTES = 8;
/** A term's first block: room for a few entries (most terms are rare). */
const FIRST_BLOCK_BYTES = 16;
/** Larger blocks would leave more unused space at the end of frequent terms' chains. */
export const MAX_BLOCK_BYTES = 4096;
/** The longest varint of an entry (gaps below 2^32 documents). */
const MAX_ENTRY_BYTES = 5;

/** Per-term columns, grown together by `ensureTerm`. */
interface TermColumns {
  /** first block's address, -1 when the term has no entry */
  head: Int32Array;
  /** last block's address */
  tail: Int32Array;
  /** where the next entry is written (absolute address) */
  pos: Int32Array;
  /** end of the last block (absolute address) */
  end: Int32Array;
  /** last document listed */
  last: Int32Array;
  /** documents listed */
  count: Int32Array;
}

export class PostingStore {
  private readonly chunkShift: number;
  private readonly chunkBytes: number;
  private readonly chunkMask: number;
  private chunks: Uint8Array[] = [];
  /** the same chunks as int32, for block headers */
  private chunkWords: Int32Array[] = [];
  /** next free address in the chunks */
  private free = 0;
  private cols: TermColumns = columns(0);

  /** `chunkShift`: chunks of 2^chunkShift bytes (smaller for small stores such as facet values). */
  constructor(chunkShift = CHUNK_SHIFT) {
    // a chunk must hold the largest block; addresses are int32 (see allocate)
    if (2 ** chunkShift < MAX_BLOCK_BYTES || chunkShift > 30) throw new RangeError(`chunkShift ${chunkShift} out of range`);
    this.chunkShift = chunkShift;
    this.chunkBytes = 2 ** chunkShift;
    this.chunkMask = this.chunkBytes - 1;
  }

  /** Documents listed for `term`. */
  count(term: number): number {
    return term < this.cols.count.length ? this.cols.count[term]! : 0;
  }

  /** Bytes of chunks allocated (resident only once written). */
  get allocatedBytes(): number {
    return this.chunks.length * this.chunkBytes;
  }

  /** Bytes of blocks handed out (entries, headers and unused block tails). */
  get usedBytes(): number {
    return this.free;
  }

  /** Append a document (greater than every one listed for `term`) with its field bits. */
  push(term: number, doc: number, fields: number): void {
    if (doc >= MAX_DOCS) throw new RangeError(`document number ${doc}: an index holds at most ${MAX_DOCS} documents`);
    this.ensureTerm(term);
    const c = this.cols;
    let pos = c.pos[term]!;
    if (pos + MAX_ENTRY_BYTES > c.end[term]!) pos = this.newBlock(term);
    let v = (doc - c.last[term]!) * FIELD_SPAN + fields;
    c.last[term] = doc;
    c.count[term]!++;
    const bytes = this.chunks[pos >>> this.chunkShift]!;
    let p = pos & this.chunkMask;
    // bit operations while the value fits 31 bits (gaps below 2^28 documents), arithmetic beyond
    for (; v >= 0x80000000; v = Math.floor(v / 128)) bytes[p++] = (v % 128) | 128;
    for (; v >= 128; v >>>= 7) bytes[p++] = (v & 127) | 128;
    bytes[p++] = v;
    const tail = c.tail[term]!;
    c.pos[term] = pos + (p - (pos & this.chunkMask));
    this.chunkWords[tail >>> this.chunkShift]![((tail & this.chunkMask) >>> 2) + 1] = c.pos[term] - tail;
  }

  /*
   * The three readers below each decode entries in a loop of their own, on purpose: these are
   * the hottest loops of a search (markBest above all), and a shared decoder would have to hand
   * back two values per entry (the entry and the next position). That was not measured; the
   * loops were kept written out, as they were before the 32-bit decoding.
   */

  /** Call `fn(doc, fields)` for every entry of `term`, in document order. */
  forEach(term: number, fn: (doc: number, fields: number) => void): void {
    let doc = 0;
    for (let block = this.head(term); block !== -1; block = this.next(block)) {
      const b = this.chunks[block >>> this.chunkShift]!;
      const from = (block & this.chunkMask) + HEADER_BYTES;
      const end = from - HEADER_BYTES + this.used(block);
      let p = from;
      while (p < end) {
        let x = b[p++]!;
        let v = x;
        if (x >= 128) {
          // longer entries (gaps of 16 documents or more): rare in the postings of frequent terms
          v = x & 127;
          let scale = 128;
          do {
            x = b[p++]!;
            v += (x & 127) * scale;
            scale *= 128;
          } while (x & 128);
        }
        doc += v >>> FIELD_BITS;
        fn(doc, v & FIELD_MASK);
      }
    }
  }

  /**
   * Mark the documents of `term` in `words` (a bitset's words) and lower `code[doc]` to
   * `base + fieldStep * (0 title, 1 subtitle, 2 body: the best field present)`: the query
   * term evaluation, decoded in place (no callback per entry: the hot loop of text queries).
   */
  markBest(term: number, words: Uint32Array, code: Uint8Array, base: number, fieldStep: number): void {
    // the code of each combination of field bits: the best field present decides
    const codeOf = Array.from({ length: FIELD_SPAN }, (_, f) => base + (f & FIELD_TITLE ? 0 : f & FIELD_SUBTITLE ? 1 : 2) * fieldStep);
    let doc = 0;
    for (let block = this.head(term); block !== -1; block = this.next(block)) {
      const b = this.chunks[block >>> this.chunkShift]!;
      let p = (block & this.chunkMask) + HEADER_BYTES;
      const end = p - HEADER_BYTES + this.used(block);
      while (p < end) {
        let x = b[p++]!;
        let v = x;
        if (x >= 128) {
          // longer entries (gaps of 16 documents or more): rare in the postings of frequent terms
          v = x & 127;
          let scale = 128;
          do {
            x = b[p++]!;
            v += (x & 127) * scale;
            scale *= 128;
          } while (x & 128);
        }
        doc += v >>> FIELD_BITS;
        const c = codeOf[v & FIELD_MASK]!;
        if (c < code[doc]!) code[doc] = c;
        words[doc >>> 5]! |= 1 << (doc & 31);
      }
    }
  }

  /** Mark the documents of `term` in `words` (a bitset's words): facet value filters. */
  markDocs(term: number, words: Uint32Array): void {
    let doc = 0;
    for (let block = this.head(term); block !== -1; block = this.next(block)) {
      const b = this.chunks[block >>> this.chunkShift]!;
      let p = (block & this.chunkMask) + HEADER_BYTES;
      const end = p - HEADER_BYTES + this.used(block);
      while (p < end) {
        let x = b[p++]!;
        let v = x;
        if (x >= 128) {
          // longer entries (gaps of 16 documents or more): rare in the postings of frequent terms
          v = x & 127;
          let scale = 128;
          do {
            x = b[p++]!;
            v += (x & 127) * scale;
            scale *= 128;
          } while (x & 128);
        }
        doc += v >>> FIELD_BITS;
        words[doc >>> 5]! |= 1 << (doc & 31);
      }
    }
  }

  /**
   * A new store with document numbers renumbered by `map` (old -> new, ascending where kept;
   * -1 drops the document): used when removed documents are compacted away.
   */
  remapped(map: Int32Array): PostingStore {
    const out = new PostingStore(this.chunkShift);
    for (let term = 0; term < this.cols.head.length; term++) {
      this.forEach(term, (doc, fields) => {
        const to = map[doc]!;
        if (to >= 0) out.push(term, to, fields);
      });
    }
    return out;
  }

  /** The store as snapshot sections named `prefix.*`: each chunk's used bytes (views, no copy) and the term columns. */
  save(prefix: string, out: Record<string, Section>): void {
    out[`${prefix}.free`] = Float64Array.of(this.free);
    this.chunks.forEach((chunk, i) => {
      const used = Math.min(this.chunkBytes, this.free - i * this.chunkBytes);
      if (used > 0) out[`${prefix}.chunk${i}`] = chunk.subarray(0, used);
    });
    for (const key of COLUMN_KEYS) out[`${prefix}.${key}`] = this.cols[key];
  }

  /**
   * A store read back from `save`'s sections: full chunks are views of the snapshot's buffer (no
   * copy), the last one is copied into a whole chunk so that new entries have room.
   */
  static load(prefix: string, section: (name: string) => Uint8Array, chunkShift = CHUNK_SHIFT): PostingStore {
    const out = new PostingStore(chunkShift);
    out.free = asFloat64(section(`${prefix}.free`))[0]!;
    for (let i = 0; i * out.chunkBytes < out.free; i++) {
      let chunk = section(`${prefix}.chunk${i}`);
      if (chunk.length < out.chunkBytes) {
        const whole = new Uint8Array(out.chunkBytes);
        whole.set(chunk);
        chunk = whole;
      }
      out.chunks.push(chunk);
      out.chunkWords.push(new Int32Array(chunk.buffer, chunk.byteOffset, out.chunkBytes >>> 2));
    }
    const cols = {} as TermColumns;
    for (const key of COLUMN_KEYS) cols[key] = asInt32(section(`${prefix}.${key}`)).slice();
    out.cols = cols;
    return out;
  }

  private head(term: number): number {
    return term < this.cols.head.length ? this.cols.head[term]! : -1;
  }

  private next(block: number): number {
    return this.chunkWords[block >>> this.chunkShift]![(block & this.chunkMask) >>> 2]!;
  }

  private used(block: number): number {
    return this.chunkWords[block >>> this.chunkShift]![((block & this.chunkMask) >>> 2) + 1]!;
  }

  /** Start a new last block for `term` (twice the previous one, up to the maximum); returns its first entry's address. */
  private newBlock(term: number): number {
    const c = this.cols;
    const prev = c.tail[term]!;
    const size = prev === -1 ? FIRST_BLOCK_BYTES : Math.min(MAX_BLOCK_BYTES, 2 * (c.end[term]! - prev));
    const block = this.allocate(size);
    const words = this.chunkWords[block >>> this.chunkShift]!;
    const at = (block & this.chunkMask) >>> 2;
    words[at] = -1;
    words[at + 1] = HEADER_BYTES;
    if (prev === -1) c.head[term] = block;
    else this.chunkWords[prev >>> this.chunkShift]![(prev & this.chunkMask) >>> 2] = block;
    c.tail[term] = block;
    c.end[term] = block + size;
    c.pos[term] = block + HEADER_BYTES;
    return block + HEADER_BYTES;
  }

  /** `size` bytes (a multiple of 8) that do not cross a chunk boundary. */
  private allocate(size: number): number {
    const chunkBytes = this.chunkBytes;
    if ((this.free & this.chunkMask) + size > chunkBytes) this.free = this.chunks.length * chunkBytes;
    if (this.free + size > this.chunks.length * chunkBytes) {
      // addresses are int32
      if ((this.chunks.length + 1) * chunkBytes >= 2 ** 31) throw new Error('postings exceed 2 GiB');
      const chunk = new Uint8Array(chunkBytes);
      this.chunks.push(chunk);
      this.chunkWords.push(new Int32Array(chunk.buffer));
      this.free = (this.chunks.length - 1) * chunkBytes;
    }
    const block = this.free;
    this.free += size;
    return block;
  }

  private ensureTerm(term: number): void {
    if (term < this.cols.head.length) return;
    const next = columns(Math.max(term + 1, this.cols.head.length * 2, 1024));
    for (const key of Object.keys(next) as (keyof TermColumns)[]) next[key].set(this.cols[key]);
    this.cols = next;
  }
}

const COLUMN_KEYS = ['head', 'tail', 'pos', 'end', 'last', 'count'] as const;

function columns(size: number): TermColumns {
  const c: TermColumns = {
    head: new Int32Array(size),
    tail: new Int32Array(size),
    pos: new Int32Array(size),
    end: new Int32Array(size),
    last: new Int32Array(size),
    count: new Int32Array(size),
  };
  c.head.fill(-1);
  c.tail.fill(-1);
  return c;
}
