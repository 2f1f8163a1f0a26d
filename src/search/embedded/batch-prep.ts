/**
 * @module The CPU-heavy half of indexing a batch, which needs no term numbers: every document's
 * words normalised (as numbers local to the batch) and its hit row deflated. Pure, so the prep
 * thread (prep-thread.ts) runs it while the main thread writes the batch before; the engine
 * numbers the batch's distinct words afterwards, under the write lock (doc-row.ts).
 */
import { tokenize } from '../query/normalize.js';
import { U32List } from './bitset.js';
import { TextCodec } from './row-codec.js';

/** A batch as the prep thread takes it (plain strings and bytes: it crosses threads). */
export interface BatchInput {
  /** per document its title, subtitle ('' for none) and body, end to end */
  fields: string[];
  /** per document its hit row's text before the body (store.ts, hitText) */
  heads: string[];
  /** the hit rows' deflate dictionary (store.ts, dictionaryFor); none: the rows are not packed here */
  dictionary?: Uint8Array;
}

export interface PreparedBatch {
  /** the batch's distinct words, in order of first use (so numbering them in this order gives the numbers one-by-one interning would) */
  words: string[];
  /**
   * per document its words per field as indexes into `words`, after the three fields' word
   * counts: the layout of a document's term numbers (row-codec.ts), end to end
   */
  local: Uint32Array;
  /** where each document's part of `local` ends */
  localEnds: Uint32Array;
  /** the deflated hit rows, end to end (none without a dictionary) */
  packed?: Uint8Array;
  /** where each document's hit row ends in `packed` */
  packedEnds?: Uint32Array;
}

/** The number of fields per document in BatchInput.fields. */
export const FIELDS = 3;

export function prepareBatch(input: BatchInput): PreparedBatch {
  const docs = input.heads.length;
  const localEnds = new Uint32Array(docs);
  // one pass, each field's words dropped once numbered: holding every word of a 1,000-document
  // batch until the end made the thread spend a fifth of its time collecting garbage
  const local = new U32List(1_024);
  const indexes = new Map<string, number>();
  const words: string[] = [];
  for (let d = 0; d < docs; d++) {
    const counts = local.length;
    for (let f = 0; f < FIELDS; f++) local.push(0);
    for (let f = 0; f < FIELDS; f++) {
      const field = tokenize(input.fields[d * FIELDS + f]!);
      local.data[counts + f] = field.length;
      for (const word of field) {
        let index = indexes.get(word);
        if (index === undefined) indexes.set(word, (index = words.push(word) - 1));
        local.push(index);
      }
    }
    localEnds[d] = local.length;
  }
  const packed = input.dictionary ? packHits(input.heads, input.fields, input.dictionary) : {};
  return { words, local: local.data.slice(0, local.length), localEnds, ...packed };
}

/** Every hit row deflated, end to end in one buffer (one move across threads, not one per row). */
function packHits(
  heads: readonly string[],
  fields: readonly string[],
  dictionary: Uint8Array,
): Required<Pick<PreparedBatch, 'packed' | 'packedEnds'>> {
  const codec = new TextCodec(Buffer.from(dictionary.buffer, dictionary.byteOffset, dictionary.byteLength));
  const parts = heads.map((head, d) => codec.pack(head + fields[d * FIELDS + 2]!));
  const packedEnds = new Uint32Array(parts.length);
  let end = 0;
  parts.forEach((part, d) => (packedEnds[d] = end += part.length));
  const packed = new Uint8Array(end);
  parts.forEach((part, d) => packed.set(part, d === 0 ? 0 : packedEnds[d - 1]));
  return { packed, packedEnds };
}

/** Document `d`'s part of an array laid out end to end with `ends`. */
export function partOf<T extends Uint8Array | Uint32Array>(all: T, ends: Uint32Array, d: number): T {
  return all.subarray(d === 0 ? 0 : ends[d - 1], ends[d]) as T;
}
