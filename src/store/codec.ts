/**
 * @module Compression of raw pages: brotli at quality 2. Rows written by earlier versions (gzip -5,
 * brotli q5) stay readable: each row names its encoding.
 * Measured per page on this machine, generated article pages (11.7 KB) / the Al Bawaba fixture
 * pages (8.5 KB), time and ratio:
 *   brotli q1  0.07 / 0.05 ms  2.39x / 2.34x
 *   brotli q2  0.10 / 0.075    2.54x / 2.47x   <- this
 *   brotli q3  0.13 / 0.10     2.57x / 2.49x
 *   gzip -3    0.12-0.17 / 0.09-0.12  2.58x / 2.51x
 *   gzip -5    0.16 / 0.12-0.13       2.68x / 2.60x  (the codec before this)
 *   brotli q5  0.31 ms  2.96x  (the one before that)
 * Compression runs once per page on the ingest path, where 500 articles/s is the target, and it
 * was a tenth of a parse worker's CPU with gzip -5: q2 takes 40% less time for 5% more bytes.
 * What gzip gave and brotli does not: a CRC-32, which made a damaged row fail on read instead of
 * decoding to wrong bytes. SQLite checksums none of the other columns either (the documents'
 * JSON included), so integrity rests on the disk and file system for the whole archive.
 */
import { constants, brotliCompressSync, brotliDecompressSync, gunzipSync } from 'node:zlib';

export type BodyEncoding = 'gzip' | 'br' | 'identity';

/** A page body as stored: compressBody's output, made ahead of the save (on a parse worker). */
export interface EncodedBody {
  data: Uint8Array;
  encoding: BodyEncoding;
}

// See the module note; re-measure before changing (bench/ingest.bench.ts shows the whole effect).
const BROTLI_QUALITY = 2;

export function compressBody(body: Uint8Array): { data: Buffer; encoding: BodyEncoding } {
  const params = { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength };
  return { data: brotliCompressSync(body, { params }), encoding: 'br' };
}

export function decompressBody(data: Buffer, encoding: string): Uint8Array {
  switch (encoding) {
    case 'gzip':
      return new Uint8Array(gunzipSync(data));
    case 'br':
      return new Uint8Array(brotliDecompressSync(data));
    case 'identity':
      return new Uint8Array(data);
    default:
      throw new Error(`raw page body has unknown encoding ${JSON.stringify(encoding)}`);
  }
}
