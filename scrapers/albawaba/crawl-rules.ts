/**
 * @module Al Bawaba discovery rules for the crawler: the feed at /rss.xml and the sitemap, which
 * paths are articles (a slug ending in the node id, English and Arabic), which are section and
 * tag listings, and the Drupal pagers of both site editions.
 */
import type { CrawlRules } from '../types.js';
import { decodedPath, isNonContent, lastSegment } from '../common/url-shape.js';
import { HOSTS } from './selectors.js';

// Articles end in the Drupal node id: /news/putin-kim-vladivostok-1300001, /ar/أخبار/…-903876.
const ARTICLE_SLUG = /-\d{4,}$/u;
const NODE_PATH = /^\/node\/\d+$/u;
// Listings: a section (/news, /business, /loop, /ar/أخبار), a tag (/tags/qatar) or the home page.
const TAG_OR_SECTION = /^\/(ar\/)?((tags|taxonomy\/term)\/[^/]+|[^/]+)?$/u;
// Query keys a listing may carry: the Drupal pager. Any other query is a filter or a trap.
const LISTING_QUERY_KEYS = new Set(['page']);
// Markers of the site in its pages: the site name in OpenGraph, or the Drupal body field of either edition.
const PAGE_SIGNATURE = /<meta[^>]+og:site_name[^>]+content="Al Bawaba"|class="[^"]*field-{1,2}name-body/iu;

export const ALBAWABA_CRAWL_RULES: CrawlRules = {
  name: 'albawaba',
  matchesHost: (host) => HOSTS.test(host),
  matchesPage: (html) => PAGE_SIGNATURE.test(html.slice(0, 200_000)),
  probes: ['/rss.xml', '/sitemap.xml'],
  // Drupal 9 pager, then Drupal 7 pager
  nextPage: ['.pager__item--next a', 'li.pager-next a'],
  classify(url) {
    if (isNonContent(url) || url.pathname.startsWith('/authors')) return null;
    const path = decodedPath(url).replace(/\/+$/u, '');
    const queryKeys = [...url.searchParams.keys()];
    if (ARTICLE_SLUG.test(lastSegment(url)) || NODE_PATH.test(path)) return queryKeys.length === 0 ? 'article' : null;
    if (TAG_OR_SECTION.test(path === '' ? '/' : path) && queryKeys.every((k) => LISTING_QUERY_KEYS.has(k))) return 'listing';
    return null;
  },
};
