/**
 * @module How a document's stored columns are packed: its term numbers as base-128 varints
 * (terms are numbered in order of first use, so frequent words take one or two bytes instead
 * of four) and its body deflated (what snippets are cut from; a hit page inflates twenty).
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

export function encodeBody(body: string): Buffer {
  return body === '' ? Buffer.alloc(0) : deflateRawSync(body, { level: DEFLATE_LEVEL });
}

export function decodeBody(stored: Uint8Array): string {
  return stored.length === 0 ? '' : inflateRawSync(stored).toString('utf8');
}
