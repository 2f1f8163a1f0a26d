/**
 * @module Compression of raw pages: brotli at quality 2. Rows written by earlier versions (gzip -5,
 * brotli q5) stay readable: each row names its encoding.
 * Compression runs once per page on the ingest path, and with gzip it was a noticeable share of a
 * parse worker's CPU; brotli q2 compresses in much less time for a few per cent more bytes (the
 * measured table of qualities: docs/benchmarks.md, "Storage").
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
