/**
 * @module Stable identities: the canonical form of a URL, its host, the document id derived
 * from it, and content hashes.
 */
import { createHash } from 'node:crypto';

/** Length of a document id in hex digits (docs/document.md). */
const ID_HEX_DIGITS = 16;

// Query parameters that only track where a click came from; two URLs differing only in these
// are the same article.
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ocid)$/iu;

/** sha256 of a UTF-8 text, as lowercase hex. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The canonical form of an absolute http(s) URL: WHATWG-normalised (lowercase host, default
 * port dropped, non-ASCII percent-encoded), without fragment or tracking parameters.
 * Returns null for anything that is not an absolute http(s) URL.
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  // Only touch the query when it has a tracking key: URLSearchParams re-serialises what it edits
  // ("?amp" would come back as "?amp=").
  const keys = [...url.searchParams.keys()];
  if (keys.some((k) => TRACKING_PARAM.test(k))) {
    for (const key of keys) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
    if (url.search === '?') url.search = '';
  }
  return url.href;
}

/** Lower-case host name of an absolute URL; '' when it is not one. */
export function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname : '';
}

/** The document id: first 16 hex digits of sha256 of the canonical URL. */
export function documentId(url: string): string {
  return sha256Hex(canonicalUrl(url) ?? url).slice(0, ID_HEX_DIGITS);
}
