/**
 * @module A term's postings, compressed: for each document containing the term (ascending),
 * the gap from the previous document times 8 plus the fields it occurs in (title 1, subtitle 2,
 * body 4), as a little-endian base-128 varint. Frequent terms take about one byte per
 * document instead of four, which keeps 100,000 articles' postings near 45 MB.
 */

/** Field bits in an entry; the lower bit is the more important field. */
export const FIELD_TITLE = 1;
export const FIELD_SUBTITLE = 2;
export const FIELD_BODY = 4;
const FIELD_SPAN = 8;

export class PostingList {
  bytes: Uint8Array;
  /** bytes in use */
  size = 0;
  /** documents listed */
  count = 0;
  private last = 0;

  constructor(capacity = 8) {
    this.bytes = new Uint8Array(capacity);
  }

  /** Append a document (greater than every one before) with its field bits. */
  push(doc: number, fields: number): void {
    let v = (doc - this.last) * FIELD_SPAN + fields;
    this.last = doc;
    this.count++;
    if (this.size + 5 > this.bytes.length) this.grow();
    const b = this.bytes;
    let size = this.size;
    // bit operations while the value fits 31 bits (gaps below 2^28 documents), arithmetic beyond
    for (; v >= 0x80000000; v = Math.floor(v / 128)) b[size++] = (v % 128) | 128;
    for (; v >= 128; v >>>= 7) b[size++] = (v & 127) | 128;
    b[size++] = v;
    this.size = size;
  }

  /** Call `fn(doc, fields)` for every entry, in document order. */
  forEach(fn: (doc: number, fields: number) => void): void {
    const b = this.bytes;
    const end = this.size;
    let p = 0;
    let doc = 0;
    while (p < end) {
      let x = b[p++]!;
      let v = x & 127;
      let scale = 128;
      while (x & 128) {
        x = b[p++]!;
        v += (x & 127) * scale;
        scale *= 128;
      }
      const fields = v % FIELD_SPAN;
      doc += (v - fields) / FIELD_SPAN;
      fn(doc, fields);
    }
  }

  /**
   * The list with document numbers renumbered by `map` (old -> new, ascending where kept;
   * -1 drops the document): used when removed documents are compacted away.
   */
  remapped(map: Int32Array): PostingList {
    const out = new PostingList(Math.max(8, this.size));
    this.forEach((doc, fields) => {
      const to = map[doc]!;
      if (to >= 0) out.push(to, fields);
    });
    out.trim();
    return out;
  }

  /**
   * Mark the listed documents in `words` (a bitset's words) and lower `code[doc]` to
   * `base + fieldStep * (0 title, 1 subtitle, 2 body: the best field present)`: the query
   * term evaluation, decoded in place (no callback per entry: the hot loop of text queries).
   */
  markBest(words: Uint32Array, code: Uint8Array, base: number, fieldStep: number): void {
    const b = this.bytes;
    const end = this.size;
    let p = 0;
    let doc = 0;
    while (p < end) {
      let x = b[p++]!;
      let v = x & 127;
      let scale = 128;
      while (x & 128) {
        x = b[p++]!;
        v += (x & 127) * scale;
        scale *= 128;
      }
      const fields = v % FIELD_SPAN;
      doc += (v - fields) / FIELD_SPAN;
      const c = base + (fields & FIELD_TITLE ? 0 : fields & FIELD_SUBTITLE ? 1 : 2) * fieldStep;
      if (c < code[doc]!) code[doc] = c;
      words[doc >>> 5]! |= 1 << (doc & 31);
    }
  }

  /** Drop spare capacity (after a bulk load). */
  trim(): void {
    if (this.bytes.length !== this.size) this.bytes = this.bytes.slice(0, this.size);
  }

  private grow(): void {
    const next = new Uint8Array(Math.max(16, Math.ceil(this.bytes.length * 1.5) + 5));
    next.set(this.bytes.subarray(0, this.size));
    this.bytes = next;
  }
}
