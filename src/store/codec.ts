/**
 * @module Compression of raw pages: gzip at level 5. Older archives hold brotli ('br') rows,
 * which stay readable.
 * Measured on generated article pages (11.7 KB) and the Al Bawaba fixture pages, this machine:
 * gzip -5 0.16 / 0.12 ms per page for a 2.68x / 2.60x ratio (-6 gives the same ratio ~12% slower;
 * -3 is 0.13 / 0.09 ms for 2.58x / 2.51x); brotli q5 (the codec until December 2026) 0.31 ms for
 * 2.96x; brotli q4 0.23 ms for 2.76x. Compression runs once per page on the ingest path, where
 * 500 articles/s is the target: half brotli's time for ~10% more bytes of raw HTML (a million
 * 12 KB pages: 4.4 GB instead of 4.0 GB). gzip also carries a CRC-32, so a damaged row fails
 * loudly on read instead of yielding wrong bytes.
 */
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

export type BodyEncoding = 'gzip' | 'br' | 'identity';

/** A page body as stored: compressBody's output, made ahead of the save (on a parse worker). */
export interface EncodedBody {
  data: Uint8Array;
  encoding: BodyEncoding;
}

// See the module note; re-measure before changing (bench/ingest.bench.ts shows the whole effect).
const GZIP_LEVEL = 5;

export function compressBody(body: Uint8Array): { data: Buffer; encoding: BodyEncoding } {
  return { data: gzipSync(body, { level: GZIP_LEVEL }), encoding: 'gzip' };
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
