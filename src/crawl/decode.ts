/**
 * @module Bytes of an HTML page to text for link discovery: the charset from Content-Type, else
 * from a <meta charset> in the first bytes, else UTF-8. iconv-lite knows the legacy Arabic code pages.
 */
import iconv from 'iconv-lite';

// A <meta charset> must appear in the first 1024 bytes (HTML spec, "prescan").
const PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu;

export function decodeHtml(body: Uint8Array, contentType: string | undefined): string {
  const declared = /charset\s*=\s*["']?([\w-]+)/iu.exec(contentType ?? '')?.[1]
    ?? META_CHARSET.exec(Buffer.from(body.subarray(0, PRESCAN_BYTES)).toString('latin1'))?.[1];
  const charset = declared?.toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8' && iconv.encodingExists(charset)) {
    return iconv.decode(Buffer.from(body), charset);
  }
  return new TextDecoder('utf-8').decode(body);
}
