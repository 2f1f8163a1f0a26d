/**
 * @module Compression of raw pages: brotli at a fast quality, in text mode.
 * Measured on the Al Bawaba fixture pages (this machine, loaded): quality 5 ~0.9 ms/page for a
 * 2.9x ratio; the default 11 ~20 ms/page for 3.4x, which alone would cap ingest below its
 * 500 articles/s target; gzip -6 ~0.4 ms for 2.6x. Parsing a page costs ~10x more than q5.
 */
import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';

export type BodyEncoding = 'br' | 'identity';

/** A page body as stored: compressBody's output, made ahead of the save (on a parse worker). */
export interface EncodedBody {
  data: Uint8Array;
  encoding: BodyEncoding;
}

// See the module note; re-measure before changing (bench/ingest.bench.ts shows the whole effect).
const BROTLI_QUALITY = 5;

export function compressBody(body: Uint8Array): { data: Buffer; encoding: BodyEncoding } {
  const data = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
  return { data, encoding: 'br' };
}

export function decompressBody(data: Buffer, encoding: string): Uint8Array {
  switch (encoding) {
    case 'br':
      return new Uint8Array(brotliDecompressSync(data));
    case 'identity':
      return new Uint8Array(data);
    default:
      throw new Error(`raw page body has unknown encoding ${JSON.stringify(encoding)}`);
  }
}
