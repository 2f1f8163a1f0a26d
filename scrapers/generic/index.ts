/**
 * @module The generic site: any news page, scraped from JSON-LD, OpenGraph/meta and a
 * readability-style body finder, and crawled by URL-shape rules. Also the fallback for every
 * field a site scraper misses, and for hosts no site is registered for.
 */
import type { Element } from 'domhandler';
import type { LoadedPage, Scraper, ScrapedArticle, Site } from '../types.js';
import { assemble } from '../common/assemble.js';
import { paragraphsOf } from '../common/paragraphs.js';
import { pageContext, type PageContext } from './context.js';
import { findBodyContainers } from './body-finder.js';
import { findAuthors, findLang, findSection, findSubtitle, findTags, findTitle, findUrl } from './fields.js';
import { findPublished, findUpdated } from './dates.js';
import { GENERIC_CRAWL_RULES } from './crawl-rules.js';

export { pageContext, type PageContext } from './context.js';
export * from './fields.js';
export * from './dates.js';
export { findBodyContainers, linkDensity, MIN_BODY_CHARS } from './body-finder.js';
export { GENERIC_CRAWL_RULES } from './crawl-rules.js';

export const genericScraper: Scraper = {
  name: 'generic',
  matches: () => true,
  scrape(page: LoadedPage): ScrapedArticle {
    const ctx = pageContext(page); //                      1. structured metadata, before anything else
    const title = findTitle(ctx); //                        2. headline, then the body it heads
    const paragraphs = genericParagraphs(ctx, [title]);
    const url = findUrl(ctx); //                            3. the remaining fields
    const standfirst = findSubtitle(ctx, title, paragraphs);
    // A body is never lost to its standfirst: when it was the only paragraph, it was the body's.
    const body = standfirst ? paragraphs.filter((p) => p !== standfirst) : paragraphs;
    const subtitle = body.length > 0 ? standfirst : null;
    const published = findPublished(ctx, url);
    return assemble(
      page,
      {
        url,
        lang: findLang(ctx, paragraphs.join(' ')),
        title,
        subtitle,
        authors: findAuthors(ctx),
        publishedAt: published?.at ?? null,
        dateSource: published?.source ?? null,
        updatedAt: findUpdated(ctx),
        section: findSection(ctx, title, url),
        tags: findTags(ctx),
        paragraphs: body.length > 0 ? body : paragraphs,
      },
      'generic',
    );
  },
};

/** The prose paragraphs the body finder locates. */
export function genericParagraphs(ctx: PageContext, exclude: readonly (string | null)[]): string[] {
  const prose = (el: Element) => paragraphsOf(el, { exclude, longForm: true }).join(' ').length;
  return findBodyContainers(ctx.$, prose).flatMap((el) => paragraphsOf(el, { exclude, longForm: true }));
}

/** The fallback site: every host, no page signature. */
export const genericSite: Site = {
  name: 'generic',
  hosts: /^/u,
  scraper: genericScraper,
  crawlRules: GENERIC_CRAWL_RULES,
};
