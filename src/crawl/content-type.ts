/**
 * @module What a response body is, from its Content-Type (and a peek at the bytes when the
 * server sent none). The crawler only stores HTML and only reads XML (feeds, sitemaps).
 */

export type BodyKind = 'html' | 'xml' | 'gzip' | 'other';
/** What the caller will accept for a URL: pages want HTML, feeds/sitemaps want XML, start URLs
 *  either; 'text' takes any body (robots.txt is text/plain). */
export type Accept = 'html' | 'xml' | 'any' | 'text';

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const XML_TYPES = new Set(['application/xml', 'text/xml', 'application/rss+xml', 'application/atom+xml', 'application/rdf+xml']);
// Compressed sitemaps (sitemap.xml.gz) are served under any of these.
const GZIP_TYPES = new Set(['application/gzip', 'application/x-gzip', 'application/gzip-compressed']);
const GZIP_MAGIC = [0x1f, 0x8b];

/** Classify by header; undefined header means "not said" and is decided later by sniffing. */
export function kindFromContentType(header: string | undefined, url: string): BodyKind | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const mime = header.split(';')[0]!.trim().toLowerCase();
  if (HTML_TYPES.has(mime)) return 'html';
  if (XML_TYPES.has(mime) || mime.endsWith('+xml')) return 'xml';
  if (GZIP_TYPES.has(mime)) return 'gzip';
  // Servers often send .xml.gz as application/octet-stream.
  if (mime === 'application/octet-stream' && /\.gz$/iu.test(new URL(url).pathname)) return 'gzip';
  return 'other';
}

/** Decide from the first bytes when the server gave no Content-Type. */
export function sniffKind(body: Uint8Array): BodyKind {
  if (body[0] === GZIP_MAGIC[0] && body[1] === GZIP_MAGIC[1]) return 'gzip';
  const head = new TextDecoder().decode(body.subarray(0, 512)).trimStart().toLowerCase();
  if (head.startsWith('<?xml') || /^<(rss|feed|urlset|sitemapindex|rdf:rdf)\b/u.test(head)) return 'xml';
  if (head.startsWith('<') || head === '') return 'html';
  return 'other';
}

/** Whether a body of this kind is wanted. gzip is only ever a compressed sitemap or feed. */
export function accepts(accept: Accept, kind: BodyKind): boolean {
  if (accept === 'text') return true;
  if (kind === 'other') return false;
  if (accept === 'any') return true;
  if (accept === 'html') return kind === 'html';
  return kind === 'xml' || kind === 'gzip';
}
