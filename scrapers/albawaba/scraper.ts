/**
 * @module Al Bawaba: the 2012-2018 Drupal 7 layout, the 2019+ Drupal 9 layout, AMP copies and
 * the Arabic edition. Site selectors first; every field falls back to the generic finders
 * (JSON-LD, OpenGraph, `<time>`, text density), so a redesign still parses.
 */
import type { Element } from 'domhandler';
import type { LoadedPage, Scraper, ScrapedArticle } from '../types.js';
import { assemble } from '../common/assemble.js';
import { paragraphsOf } from '../common/paragraphs.js';
import { classAndId, select, textOf } from '../common/dom.js';
import { bylineNames } from '../common/byline.js';
import { parseMachineDate, parseVisibleDate } from '../common/dates.js';
import {
  dedupe,
  findAuthors,
  findLang,
  findPublished,
  findSection,
  findSubtitle,
  findTags,
  findTitle,
  findUpdated,
  findUrl,
  genericParagraphs,
  pageContext,
  type PageContext,
} from '../generic/index.js';
import { detectLayout, isAlBawaba, type Layout } from './layout.js';
import { AUTHOR, BODY, BODY_NOISE, BREADCRUMB, HEADLINE, PUBLISHED, PUBLISHED_TEXT, STANDFIRST, TAGS, TITLE_SUFFIX } from './selectors.js';

// The site moved from Drupal 7 to Drupal 9 in 2019: a page in neither known layout is named
// after the era its date falls in.
const REDESIGN_YEAR = 2019;

type Fields = 'd7' | 'd9';

export const albawabaScraper: Scraper = {
  name: 'albawaba',
  matches: isAlBawaba,
  scrape(page: LoadedPage): ScrapedArticle {
    const layout = detectLayout(page.$); //               1. which markup we are reading
    const fields: Fields | null = layout === 'd7' ? 'd7' : layout === 'unknown' ? null : 'd9';
    const ctx = pageContext(page); //                     2. JSON-LD and meta, the fallbacks
    const title = siteTitle(ctx, fields) ?? findTitle(ctx);
    const authors = siteAuthors(ctx, fields);
    const paragraphs = siteParagraphs(ctx, fields, [title, ...authors]); // 3. body
    const subtitle =
      (fields
        ? select(ctx.$, STANDFIRST[fields])
            .map((el) => textOf(el))
            .find((t) => t !== '')
        : null) ?? findSubtitle(ctx, title, paragraphs);
    const url = findUrl(ctx);
    const onSite = sitePublished(ctx, fields);
    const published = onSite ? { at: onSite, source: 'markup' as const } : findPublished(ctx, url);
    const publishedAt = published?.at ?? null;
    return assemble(
      page,
      {
        //                              4. the Document's shape
        url,
        lang: findLang(ctx, paragraphs.join(' ')),
        title: title?.replace(TITLE_SUFFIX, '') ?? null,
        subtitle,
        authors,
        publishedAt,
        dateSource: published?.source ?? null,
        updatedAt: findUpdated(ctx),
        section: siteSection(ctx, title) ?? findSection(ctx, title, url),
        tags: siteTags(ctx, fields),
        paragraphs: subtitle ? paragraphs.filter((p) => p !== subtitle) : paragraphs,
      },
      extractorName(layout, publishedAt),
    );
  },
};

function siteTitle(ctx: PageContext, fields: Fields | null): string | null {
  if (!fields) return null;
  const h1 = select(ctx.$, HEADLINE)
    .map((el) => textOf(el))
    .find((t) => t !== '');
  return h1 ?? null;
}

function siteAuthors(ctx: PageContext, fields: Fields | null): string[] {
  // A multi-value field lists one name per item element (bylineNames splits them).
  const shown = fields ? select(ctx.$, AUTHOR[fields]).flatMap((el) => bylineNames(el)) : [];
  return shown.length > 0 ? dedupe(shown) : findAuthors(ctx);
}

function sitePublished(ctx: PageContext, fields: Fields | null): string | null {
  if (!fields) return null;
  for (const el of select(ctx.$, PUBLISHED[fields])) {
    const d = parseMachineDate(el.attribs.content ?? el.attribs.datetime);
    if (d) return d;
  }
  for (const el of select(ctx.$, PUBLISHED_TEXT)) {
    const d = parseVisibleDate(textOf(el));
    if (d) return d;
  }
  return null;
}

function siteSection(ctx: PageContext, title: string | null): string | null {
  const trail = select(ctx.$, BREADCRUMB)[0];
  // The first crumb is the home page; a last crumb repeating the headline is the page itself.
  const crumbs = trail
    ? select(ctx.$, 'a', trail)
        .map((el) => textOf(el))
        .filter((t) => t !== '' && t !== title)
    : [];
  return crumbs.length > 1 ? crumbs[crumbs.length - 1]! : null;
}

function siteTags(ctx: PageContext, fields: Fields | null): string[] {
  const shown = fields ? select(ctx.$, TAGS[fields]).map((el) => textOf(el)) : [];
  return shown.length > 0 ? dedupe(shown) : findTags(ctx);
}

function siteParagraphs(ctx: PageContext, fields: Fields | null, exclude: (string | null)[]): string[] {
  const container = fields ? select(ctx.$, BODY[fields])[0] : undefined;
  const skip = (el: Element) => BODY_NOISE.test(classAndId(el));
  const paragraphs = container ? paragraphsOf(container, { skip, exclude }) : [];
  return paragraphs.length > 0 ? paragraphs : genericParagraphs(ctx, exclude);
}

function extractorName(layout: Layout, publishedAt: string | null): string {
  if (layout === 'd7') return 'albawaba-2016';
  if (layout === 'd9') return 'albawaba-2019';
  if (layout === 'amp') return 'albawaba-amp';
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : REDESIGN_YEAR;
  return year < REDESIGN_YEAR ? 'albawaba-2016' : 'albawaba-2019';
}
