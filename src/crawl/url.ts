/**
 * @module URL normalisation for the crawl frontier: two spellings of one page get one key, and
 * anything that is not an absolute http(s) URL is refused before it can reach the fetcher.
 */
import { TRACKING_PARAM } from '../tracking-params.js'; // two URLs differing only in these are the same page

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:']);

/** Why a link was refused, as counted in the crawl summary's `skipped`. */
export type UrlRefusal = 'scheme' | 'invalid_url';

/**
 * The frontier key of a link: absolute, lower-case scheme and host (WHATWG URL does both, and
 * drops default ports), no fragment, no credentials, no tracking parameters, remaining parameters
 * sorted, and no trailing slash on a non-root path. Returns a refusal for non-http(s) or
 * unparsable links. With `keepTrailingSlash` the path is left as written: that is the URL to
 * request, since many servers answer "/news" and "/news/" differently (one redirects to the other).
 */
export function normalizeUrl(
  raw: string,
  base?: string,
  opts: { keepTrailingSlash?: boolean } = {},
): { url: string } | { refused: UrlRefusal } {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return { refused: 'invalid_url' };
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return { refused: 'scheme' };
  url.hash = '';
  url.username = '';
  url.password = '';
  if (url.search !== '') url.search = normalizedQuery(url.search);
  if (opts.keepTrailingSlash !== true && url.pathname.length > 1 && url.pathname.endsWith('/'))
    url.pathname = url.pathname.replace(/\/+$/u, '') || '/';
  return { url: url.href };
}

/** normalizeUrl for callers that only want the URL: null when refused. */
export function normalizeOrNull(raw: string, base?: string): string | null {
  const n = normalizeUrl(raw, base);
  return 'url' in n ? n.url : null;
}

/** The frontier key of an already normalised fetch URL (drops the trailing slash). */
export function frontierKey(fetchUrl: string): string {
  return normalizeOrNull(fetchUrl) ?? fetchUrl;
}

/** The origin (scheme://host[:port]) robots.txt and per-host limits are keyed by. */
export function originOf(url: string): string {
  return new URL(url).origin;
}

/**
 * Drop tracking keys and sort the rest by key (stable, so repeated keys keep their order).
 * Pairs are kept as written (no re-encoding), so "?amp" does not become "?amp=".
 */
function normalizedQuery(search: string): string {
  const pairs = search
    .slice(1)
    .split('&')
    .filter((p) => p !== '')
    .map((p) => ({ p, key: safeDecode(p.split('=')[0]!) }))
    .filter(({ key }) => !TRACKING_PARAM.test(key));
  pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return pairs.length === 0 ? '' : `?${pairs.map(({ p }) => p).join('&')}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/gu, ' '));
  } catch {
    return s;
  }
}
