/**
 * @module How a document's stored columns are packed: its term numbers as base-128 varints
 * (terms are numbered in order of first use, so frequent words take one or two bytes instead
 * of four) and what a hit shows (title, URL, body: what snippets are cut from) deflated with a
 * dictionary (a hit page inflates twenty).
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** zlib's level 6 default: level 9 saved little more on article text and cost more per document. */
const DEFLATE_LEVEL = 6;

/** Term numbers as little-endian base-128 varints. */
export function encodeTokens(tokens: Uint32Array): Buffer {
  const out = Buffer.allocUnsafe(tokens.length * 5);
  let p = 0;
  for (let i = 0; i < tokens.length; i++) {
    let v = tokens[i]!;
    while (v >= 128) {
      out[p++] = (v & 127) | 128;
      v >>>= 7;
    }
    out[p++] = v;
  }
  return Buffer.from(out.subarray(0, p));
}

let scratch = new Uint32Array(4_096);

/**
 * Term numbers decoded into a buffer reused by the next call: loading rows and proximity's
 * rows per query would otherwise allocate one array per document.
 */
export function decodeTokens(bytes: Uint8Array): Uint32Array {
  if (scratch.length < bytes.length) scratch = new Uint32Array(Math.max(bytes.length, scratch.length * 2));
  const out = scratch;
  let n = 0;
  for (let p = 0; p < bytes.length;) {
    let x = bytes[p++]!;
    let v = x & 127;
    for (let shift = 7; x & 128; shift += 7) {
      x = bytes[p++]!;
      v |= (x & 127) << shift;
    }
    out[n++] = v >>> 0;
  }
  return out.subarray(0, n);
}

/**
 * Deflate (raw) with a preset dictionary: a short article shares most of its frequent words and
 * its JSON keys with the dictionary's sample text, and compresses about twice as well as alone.
 * A 16 KiB dictionary: 32 KiB saved little more and made every inflate slower (docs/benchmarks.md).
 */
export const DICTIONARY_BYTES = 16_384;

export class TextCodec {
  constructor(readonly dictionary: Buffer) {}

  /**
   * A dictionary of sample texts (the first rows written) end to end, up to DICTIONARY_BYTES:
   * whole texts compressed others better than a slice of each of more texts.
   */
  static sampled(texts: readonly string[]): TextCodec {
    const parts: Buffer[] = [];
    let bytes = 0;
    for (let i = 0; i < texts.length && bytes < DICTIONARY_BYTES; i++) {
      parts.push(Buffer.from(texts[i]!));
      bytes += parts[i]!.length;
    }
    return new TextCodec(Buffer.concat(parts).subarray(0, DICTIONARY_BYTES));
  }

  pack(text: string): Buffer {
    return deflateRawSync(text, { level: DEFLATE_LEVEL, dictionary: this.dictionary });
  }

  unpack(stored: Uint8Array): string {
    return inflateRawSync(stored, { dictionary: this.dictionary }).toString('utf8');
  }
}
