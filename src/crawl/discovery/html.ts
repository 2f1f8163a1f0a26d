/**
 * @module Links out of an HTML page for discovery: every <a href> (with a date when the link sits
 * in a dated list item), the "next page" link, the canonical URL, and advertised feeds.
 * Pure: text in, raw hrefs out (resolved against the page or its <base>; the caller normalises).
 */
import type * as cheerio from 'cheerio';
import { load } from 'cheerio/slim';
import { releasePage } from '../../../scrapers/common/dom.js';

export interface PageLink {
  /** absolute when resolvable, else as written (javascript:, mailto:, garbage) */
  href: string;
  /** the date shown with the link in a listing (a <time> in the same item), if any */
  date: Date | null;
}

export interface PageLinks {
  links: PageLink[];
  /** "next page" hrefs, most trusted first */
  next: string[];
  canonical: string | null;
  /** <link rel="alternate" type="application/rss+xml|atom+xml"> */
  feeds: string[];
  /** dates of the items listed on the page (for --since: stop paginating once all are older) */
  itemDates: Date[];
}

// Containers that hold one item of a listing; the <time> inside one dates the links inside it.
const LIST_ITEM = 'article, li, .views-row, .node, .teaser, .card, .item, tr';
// rel="next" is the standard; these are the pager markups of Drupal 7, Drupal 9 and common CMSs.
const GENERIC_NEXT = ['link[rel~="next"]', 'a[rel~="next"]', '.pager-next a', '.pager__item--next a', 'li.next a', 'a.next'];
// Link text meaning "next page" when the markup says nothing (English and Arabic).
const NEXT_TEXT = /^\s*(next( page)?|older( posts| entries)?|التالي|الصفحة التالية)\s*[›»>→]*\s*$|^\s*[›»]\s*$/iu;
const FEED_TYPES = /^application\/(rss|atom)\+xml$/iu;

/** Extract discovery links. `nextSelectors` are the site's own pager selectors, tried first. */
export function extractPageLinks(html: string, pageUrl: string, nextSelectors: readonly string[] = []): PageLinks {
  const $ = load(html);
  try {
    return linksOf($, pageUrl, nextSelectors);
  } finally {
    releasePage($); // see releasePage: otherwise the tree outlives the page until a full GC
  }
}

function linksOf($: cheerio.CheerioAPI, pageUrl: string, nextSelectors: readonly string[]): PageLinks {
  const base = resolve($('base[href]').first().attr('href') ?? '', pageUrl) ?? pageUrl;
  const links: PageLink[] = [];
  const itemDates: Date[] = [];
  $('a[href]').each((_, el) => {
    const a = $(el);
    const item = a.closest(LIST_ITEM);
    const date = item.length > 0 ? timeIn($, item) : null;
    links.push({ href: resolve(a.attr('href')!, base) ?? a.attr('href')!.trim(), date });
  });
  $(LIST_ITEM).each((_, el) => {
    const d = timeIn($, $(el));
    if (d !== null) itemDates.push(d);
  });
  return {
    links,
    next: nextLinks($, base, nextSelectors),
    canonical: resolve($('link[rel="canonical"]').first().attr('href') ?? '', base),
    feeds: $('link[rel~="alternate"][href]')
      .filter((_, el) => FEED_TYPES.test($(el).attr('type') ?? ''))
      .map((_, el) => resolve($(el).attr('href')!, base))
      .get()
      .filter((h): h is string => h !== null),
    itemDates,
  };
}

function nextLinks($: cheerio.CheerioAPI, base: string, siteSelectors: readonly string[]): string[] {
  const out: string[] = [];
  const add = (href: string | undefined): void => {
    const abs = href === undefined ? null : resolve(href, base);
    if (abs !== null && !out.includes(abs)) out.push(abs);
  };
  for (const sel of [...siteSelectors, ...GENERIC_NEXT]) $(sel).each((_, el) => add($(el).attr('href')));
  $('a[href]').each((_, el) => {
    if (NEXT_TEXT.test($(el).text())) add($(el).attr('href'));
  });
  return out;
}

/** The date of the first <time> in an element: its datetime attribute, else its text. */
function timeIn($: cheerio.CheerioAPI, el: ReturnType<cheerio.CheerioAPI>): Date | null {
  const time = el.find('time').first();
  if (time.length === 0) return null;
  const raw = time.attr('datetime') ?? time.text();
  const t = Date.parse(raw.trim());
  return Number.isNaN(t) ? null : new Date(t);
}

function resolve(href: string, base: string): string | null {
  const h = href.trim();
  if (h === '') return null;
  try {
    return new URL(h, base).href;
  } catch {
    return null;
  }
}
