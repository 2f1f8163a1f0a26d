/**
 * @module The site registry: every site this archive knows, each registered once with its hosts,
 * scraper and crawl rules, and the generic site as the fallback. `scrapePage` is the one entry
 * point of scraping: HTML string in, ScrapedArticle out, by the site's scraper when a site
 * recognises the page (by host or page signature), else the generic one.
 */
import { ParseError } from '../src/errors.js';
import { loadHtml } from './common/load.js';
import { exists, releasePage } from './common/dom.js';
import { albawabaSite } from './albawaba/index.js';
import { genericSite } from './generic/index.js';
import type { CrawlRules, LoadedPage, ScrapePageOptions, Scraper, ScrapedArticle, Site } from './types.js';

export type { CrawlRules, LinkKind, ScrapedArticle, ScrapePageOptions, Scraper, Site } from './types.js';
export { splitByline } from './common/byline.js';
export { releasePage } from './common/dom.js';

/** The registered sites, tried in order before the generic one. */
export const SITES: readonly Site[] = [albawabaSite];
/** The fallback for pages and hosts no registered site claims. */
export const GENERIC_SITE: Site = genericSite;

/** The crawler's rules: each registered site's, then the generic fallback (handed to the crawler by the CLI). */
export const CRAWL_RULES: { readonly sites: readonly CrawlRules[]; readonly fallback: CrawlRules } = {
  sites: SITES.map((s) => s.crawlRules),
  fallback: GENERIC_SITE.crawlRules,
};

/**
 * Scrape one page's HTML into every Document field except `entities`.
 * @throws ParseError not_html, no_article (no headline, body or URL; or no date, on the page or given), naming the input and the reason
 */
export function scrapePage(html: string, opts: ScrapePageOptions = {}): ScrapedArticle {
  const page: LoadedPage = {
    $: loadHtml(html),
    fetchUrl: opts.url,
    label: opts.source ?? opts.url ?? 'input',
    lastModified: opts.lastModified,
    fetchedAt: opts.fetchedAt,
    sourceOf,
  };
  try {
    if (!exists(page.$, 'body, html, p, div, article')) {
      throw new ParseError('not_html', `${page.label}: no HTML elements found`, { source: page.label });
    }
    return pickScraper(page, opts.generic === true).scrape(page);
  } finally {
    releasePage(page.$); // the article holds only its own strings (assemble detaches them)
  }
}

/** The scraper for a page: the first site's that recognises it, else generic. */
export function pickScraper(page: LoadedPage, genericOnly: boolean): Scraper {
  if (genericOnly) return GENERIC_SITE.scraper;
  return SITES.find((s) => s.scraper.matches(page))?.scraper ?? GENERIC_SITE.scraper;
}

/** The Document's `source`: the registered site's name for its hosts, else the host name (docs/document.md). */
export function sourceOf(url: string): string {
  if (!URL.canParse(url)) return 'unknown';
  const host = new URL(url).hostname; // parsed once: hostOf would check the URL again
  if (host === '') return 'local';
  return SITES.find((s) => s.hosts.test(host))?.name ?? host;
}
