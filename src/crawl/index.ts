/**
 * @module The crawl stage: discovery (feeds, sitemaps, listing pages), polite bounded fetching,
 * and storage of what was fetched. Everything other stages and the CLI may use.
 */
export { crawl } from './crawler.js';
export type { CrawlDeps, CrawlProgress, CrawlSummary } from './crawler.js';
export { CRAWL_DEFAULTS, FETCH_DEFAULTS, resolveCrawlOptions } from './options.js';
export type { CrawlOptions, CrawlOptionsInput, FetchOptions } from './options.js';
export { fetchPage } from './fetcher.js';
export type { FetchRequest, FetchResult } from './fetcher.js';
export { normalizeUrl, normalizeOrNull } from './url.js';
export type { PageParser, SiteRules } from './session.js';
