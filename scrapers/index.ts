/**
 * @module The scraper registry: picks the site scraper by host and page signature, falls back to
 * the generic scraper. `parsePage` is the one entry point: HTML string in, ScrapedArticle out.
 */
import { ParseError } from '../src/errors.js';
import { loadHtml } from './common/load.js';
import { exists, releasePage } from './common/dom.js';
import { albawabaScraper } from './albawaba/index.js';
import { genericScraper } from './generic/index.js';
import type { LoadedPage, ParsePageOptions, Scraper, ScrapedArticle } from './types.js';

export type { ScrapedArticle, ParsePageOptions, Scraper } from './types.js';
export { splitByline } from './common/byline.js';

/** Site scrapers, tried in order before the generic one. */
export const SITE_SCRAPERS: readonly Scraper[] = [albawabaScraper];

/**
 * Parse one page's HTML into every Document field except `entities`.
 * @throws ParseError no_article (no headline, body, URL or date), naming the input and the reason
 */
export function parsePage(html: string, opts: ParsePageOptions = {}): ScrapedArticle {
  const page: LoadedPage = { $: loadHtml(html), fetchUrl: opts.url, label: opts.source ?? opts.url ?? 'input' };
  try {
    if (!exists(page.$, 'body, html, p, div, article')) {
      throw new ParseError('not_html', `${page.label}: no HTML elements found`, { source: page.label });
    }
    return pickScraper(page, opts.generic === true).scrape(page);
  } finally {
    releasePage(page.$); // the article holds only its own strings (assemble detaches them)
  }
}

/** The scraper for a page: the first site scraper that recognises it, else generic. */
export function pickScraper(page: LoadedPage, genericOnly: boolean): Scraper {
  if (genericOnly) return genericScraper;
  return SITE_SCRAPERS.find((s) => s.matches(page)) ?? genericScraper;
}
