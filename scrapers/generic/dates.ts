/**
 * @module Date finders of the generic scraper: the publication time with where it was found
 * (the page's markup, else its URL path), and the last modification time.
 */
import { metaFirst } from '../common/meta.js';
import { dateFromUrl, parseMachineDate, parseVisibleDate } from '../common/dates.js';
import { classAndId, elementsWithText, select, textOf } from '../common/dom.js';
import type { PageContext } from './context.js';
import { inForeignRegion } from './fields.js';
import { DATE_TEXT, MODIFIED_ATTR, PUBLISHED_ATTR, UPDATED_TEXT } from './selectors.js';

/** A publication time found on the page, and where: its markup or its URL path. */
export interface PageDate {
  at: string;
  source: 'markup' | 'url';
}

/** Publication time: JSON-LD, meta, microdata/`<time>`, a visible date line (markup), else the URL. */
export function findPublished(ctx: PageContext, url: string | null): PageDate | null {
  const marked = markupPublished(ctx);
  if (marked) return { at: marked, source: 'markup' };
  const inUrl = dateFromUrl(url);
  return inUrl ? { at: inUrl, source: 'url' } : null;
}

function markupPublished(ctx: PageContext): string | null {
  const machine = [
    ctx.ld?.datePublished,
    metaFirst(
      ctx.meta,
      'article:published_time',
      'og:published_time',
      'published_time',
      'datepublished',
      'pubdate',
      'publishdate',
      'publish-date',
      'date',
      'dc.date',
      'dc.date.issued',
      'dcterms.created',
      'sailthru.date',
      'parsely-pub-date',
    ),
    ...attrDates(ctx, PUBLISHED_ATTR),
    ...attrDates(ctx, 'time[datetime]'),
  ];
  for (const v of machine) {
    const d = parseMachineDate(v);
    if (d) return d;
  }
  for (const el of select(ctx.$, DATE_TEXT)) {
    if (inForeignRegion(el) || /updated|modified/iu.test(classAndId(el))) continue;
    const d = parseVisibleDate(textOf(el));
    if (d) return d;
  }
  // A date line in any element: "Published 4 May 2021", "نشر بتاريخ …".
  for (const el of elementsWithText(ctx.$, PUBLISHED_LINE, MAX_DATE_LINES)) {
    const d = inForeignRegion(el) ? null : parseVisibleDate(textOf(el));
    if (d) return d;
  }
  return null;
}

// Words that introduce a publication date line, and how many such lines we try.
const PUBLISHED_LINE = /(?:^|\s)(?:published|posted|first published|نشر بتاريخ|نُشر|تاريخ النشر)(?:\s|:|$)/iu;
const MAX_DATE_LINES = 10;

/** Last modification time, or null. */
export function findUpdated(ctx: PageContext): string | null {
  const machine = [
    ctx.ld?.dateModified,
    metaFirst(ctx.meta, 'article:modified_time', 'og:updated_time', 'datemodified', 'last-modified', 'dcterms.modified'),
    ...attrDates(ctx, MODIFIED_ATTR),
  ];
  for (const v of machine) {
    const d = parseMachineDate(v);
    if (d) return d;
  }
  for (const el of select(ctx.$, UPDATED_TEXT)) {
    const d = inForeignRegion(el) ? null : parseVisibleDate(textOf(el));
    if (d) return d;
  }
  return null;
}

function attrDates(ctx: PageContext, selector: string): string[] {
  return select(ctx.$, selector)
    .filter((el) => !inForeignRegion(el))
    .map((el) => el.attribs.datetime ?? el.attribs.content ?? textOf(el));
}
