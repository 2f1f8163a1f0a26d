/**
 * @module Field finders of the generic scraper. Each reads the page's own statements first
 * (JSON-LD, then OpenGraph/meta), then conventional markup, then visible text; site scrapers
 * call them as fallbacks after their own selectors.
 */
import type { Element } from 'domhandler';
import { canonicalUrl, detectLang, normalizeText } from '../../src/extract/index.js';
import { metaAll, metaFirst } from '../common/meta.js';
import { ancestors, attrOfFirst, classAndId, elementsWithText, isElement, select, textOf, textOfFirst } from '../common/dom.js';
import { bylineNames, splitByline } from '../common/byline.js';
import { primaryLang } from '../common/lang.js';
import type { PageContext } from './context.js';
import { isPlausibleName, kickerSection, sectionFromUrl, standfirstByClass } from './visible-meta.js';
import { BREADCRUMB, BYLINE, HEADLINE, HOME_CRUMB, STANDFIRST, TAG_LINKS, TITLE_SEPARATOR } from './selectors.js';

// A headline and a title variant are the same headline when they share this share of words.
const SAME_HEADLINE_OVERLAP = 0.5;
// Bylines longer than this are author bio boxes, not names.
const MAX_BYLINE_CHARS = 120;
// Chrome regions whose dates, bylines and crumbs belong to other stories.
// Matched as whole class tokens; <body> and <html> are never a region (themes put "sidebar" on body).
const FOREIGN_REGION =
  /(?:^|[\s_-])(?:related|trending|popular|sidebar|footer|comments?|recommended|most-read|ticker|widget)(?=$|[\s_-])/iu;
const FOREIGN_TAGS = new Set(['aside', 'footer', 'nav']);

/** The canonical URL: `<link rel=canonical>`, og:url, JSON-LD, else the fetch URL. */
export function findUrl(ctx: PageContext): string | null {
  const base = ctx.page.fetchUrl;
  const candidates = [attrOfFirst(ctx.$, 'link[rel~="canonical"]', 'href'), metaFirst(ctx.meta, 'og:url'), ctx.ld?.url, base];
  for (const c of candidates) {
    const url = c ? canonicalUrl(c, safeBase(base)) : null;
    if (url) return url;
  }
  // A saved file's own file: URL, the last resort for a page that names no URL.
  return base?.startsWith('file:') ? base : null;
}

/** The headline without the site-name suffix. */
export function findTitle(ctx: PageContext): string | null {
  const site = metaFirst(ctx.meta, 'og:site_name') ?? ctx.ld?.publisher ?? null;
  const h1 = headline(ctx);
  const stated = ctx.ld?.headline ?? stripSiteName(metaFirst(ctx.meta, 'og:title', 'twitter:title'), site, h1);
  if (stated && h1 && overlap(stated, h1) >= SAME_HEADLINE_OVERLAP) return h1;
  return stated ?? h1 ?? stripSiteName(normalizeText(textOfFirst(ctx.$, 'title')), site, h1);
}

/** The standfirst: a summary element near the headline, else a description that is not the body's opening. */
export function findSubtitle(ctx: PageContext, title: string | null, paragraphs: readonly string[]): string | null {
  const description = ctx.ld?.description ?? metaFirst(ctx.meta, 'og:description', 'description', 'twitter:description');
  const shownEl = select(ctx.$, STANDFIRST)
    .filter((el) => !inForeignRegion(el))
    .find((el) => {
      const t = textOf(el);
      return t !== '' && t !== title;
    });
  if (shownEl) {
    const shown = textOf(shownEl);
    // A summary-class block the body finder also took is still the standfirst when it sits right
    // under the headline, or when the page's description repeats it; the caller drops it from the body.
    if (!paragraphs.includes(shown) || followsHeadline(shownEl, title) || normalizeText(description ?? '') === shown) return shown;
  }
  const byClass = standfirstByClass(ctx, title, followsHeadline);
  if (byClass) return byClass;
  if (!description || description === title) return null;
  return isBodyExcerpt(description, paragraphs) ? null : description;
}

// How far up a standfirst's wrappers we look for the headline just before it (p > div > header).
const MAX_STANDFIRST_WRAPPERS = 2;
const HEADLINE_TAGS = new Set(['h1', 'h2']);

/** Whether the first visible element before `el` is the headline, or a block ending with it. */
export function followsHeadline(el: Element, title: string | null): boolean {
  // An h1, or a lower heading that repeats the headline (an h2 "Key points" above a summary box is not it).
  const isHeadline = (h: Element) => h.name === 'h1' || (HEADLINE_TAGS.has(h.name) && title !== null && textOf(h) === title);
  let node: Element | null = el;
  for (let level = 0; node && level <= MAX_STANDFIRST_WRAPPERS; level++) {
    let prev = node.prev;
    while (prev && (!isElement(prev) || textOf(prev) === '')) prev = prev.prev;
    if (prev && isElement(prev)) return isHeadline(prev) || endsWithHeadline(prev, isHeadline);
    node = node.parent && isElement(node.parent) ? node.parent : null;
  }
  return false;
}

function endsWithHeadline(block: Element, isHeadline: (h: Element) => boolean): boolean {
  // Down through the block's last visible children (header > div > h1), never recursing.
  let box: Element | undefined = block;
  for (let level = 0; box && level <= MAX_STANDFIRST_WRAPPERS; level++) {
    const kids: Element[] = box.children.filter((c): c is Element => isElement(c) && textOf(c) !== '');
    box = kids[kids.length - 1];
    if (box && isHeadline(box)) return true;
  }
  return false;
}

/** Bylines: JSON-LD authors, author meta tags, then byline elements. */
export function findAuthors(ctx: PageContext): string[] {
  if (ctx.ld && ctx.ld.authors.length > 0) return dedupe(ctx.ld.authors.flatMap(splitByline));
  const meta = metaAll(ctx.meta, 'author', 'article:author', 'byl', 'sailthru.author', 'parsely-author', 'dc.creator').filter(
    (a) => !/^https?:/iu.test(a),
  );
  if (meta.length > 0) return dedupe(meta.flatMap(splitByline));
  const shown = select(ctx.$, BYLINE)
    .filter((el) => !inForeignRegion(el))
    .find((el) => {
      const t = textOf(el);
      return t !== '' && t.length <= MAX_BYLINE_CHARS;
    });
  // Shown names pass the name check: a byline element or line may hold "him" or a fragment.
  if (shown) return dedupe(bylineNames(shown)).filter(isPlausibleName);
  // A "By …" line in any element, for pages whose byline has no telling class.
  const line = elementsWithText(ctx.$, BYLINE_TEXT, MAX_BYLINE_LINES)
    .filter((el) => !inForeignRegion(el))
    .map((el) => textOf(el))
    .find((t) => t.length <= MAX_BYLINE_CHARS && t.split(' ').length <= MAX_BYLINE_WORDS && !/[.!?؟]$/u.test(t));
  return line ? dedupe(splitByline(line)).filter(isPlausibleName) : [];
}
// "By Jane Doe", "بقلم منى الخطيب", "كتب: أحمد علي": a short line, no sentence end.
const BYLINE_TEXT = /^\s*(?:by|بقلم|كتبت?)\s*[:：]?\s+\S/iu;
const MAX_BYLINE_WORDS = 8;
// How many "By …" lines we try.
const MAX_BYLINE_LINES = 10;

/**
 * The site section: JSON-LD articleSection, article:section, the breadcrumb's last crumb, a
 * kicker over the headline, else the URL's first path segment on sites that use it as one.
 */
export function findSection(ctx: PageContext, title: string | null, url: string | null = null): string | null {
  const stated = ctx.ld?.section ?? metaFirst(ctx.meta, 'article:section', 'section', 'parsely-section');
  if (stated) return stated;
  const fromLd = lastCrumb(ctx.ldBreadcrumb, title);
  if (fromLd) return fromLd;
  const trail = select(ctx.$, BREADCRUMB)[0] ?? trailByMeaning(ctx);
  const fromTrail = trail ? trailSection(ctx, trail, title) : null;
  return fromTrail ?? kickerSection(ctx, inForeignRegion) ?? sectionFromUrl(ctx, url);
}

function trailSection(ctx: PageContext, trail: Element, title: string | null): string | null {
  const links = select(ctx.$, 'a', trail).map((el) => textOf(el));
  const crumbs = links.length > 0 ? links : select(ctx.$, 'li, span', trail).map((el) => textOf(el));
  return lastCrumb(crumbs, title);
}

// A trail is a short run of links starting with the home page, whatever its class.
const MAX_CRUMB_LINKS = 6;
const MAX_TRAIL_CHARS = 200;
// What a trail puts between its links: only arrows and slashes, which say "inside". A top menu
// also starts with "Home" but separates its links with bars, dots or nothing; its last item is
// a sibling section, never this page's, and a wrong section is worse than none.
const HIERARCHY_SEPARATORS = /^[\s>›»«‹</\\→←⟩⟨▸►◂◄]+$/u;
const isLink = (el: Element) => el.name === 'a';

/**
 * A breadcrumb without a breadcrumb class: a short run of links whose first is "Home" and whose
 * links are joined by hierarchy separators ("Home › World", "الرئيسية > اقتصاد").
 */
function trailByMeaning(ctx: PageContext): Element | null {
  for (const home of select(ctx.$, 'a')) {
    if (!HOME_CRUMB.test(textOf(home)) || inForeignRegion(home)) continue;
    // The trail is the nearest ancestor holding more links than "Home" alone.
    for (let el = home.parent, level = 0; el && isElement(el) && level < MAX_TRAIL_LEVELS; el = el.parent, level++) {
      const links = select(ctx.$, 'a', el);
      if (links.length < 2) continue;
      if (
        links[0] === home &&
        links.length <= MAX_CRUMB_LINKS &&
        textOf(el).length <= MAX_TRAIL_CHARS &&
        HIERARCHY_SEPARATORS.test(textOf(el, isLink))
      )
        return el;
      break;
    }
  }
  return null;
}
// How far above the "Home" link the trail's container may be (li > ol, or span > div).
const MAX_TRAIL_LEVELS = 3;

/** Tags in page order: article:tag, JSON-LD keywords, tag links, keyword meta tags. */
export function findTags(ctx: PageContext): string[] {
  const tags = metaAll(ctx.meta, 'article:tag');
  if (tags.length > 0) return dedupe(tags);
  if (ctx.ld && ctx.ld.keywords.length > 0) return dedupe(ctx.ld.keywords);
  // WordPress marks category links rel="category tag": the category is the section, not a tag.
  const links = select(ctx.$, TAG_LINKS)
    .filter((el) => !inForeignRegion(el) && !/\bcategory\b/u.test(el.attribs.rel ?? ''))
    .map((el) => textOf(el));
  if (links.length > 0) return dedupe(links);
  const keywords = metaFirst(ctx.meta, 'news_keywords', 'keywords');
  return keywords ? dedupe(keywords.split(/[,،;]/u)) : [];
}

/** The page language: `<html lang>`, content-language, og:locale, JSON-LD, else detected from text. */
export function findLang(ctx: PageContext, sample: string): string {
  const stated =
    attrOfFirst(ctx.$, 'html', 'lang') ??
    attrOfFirst(ctx.$, 'html', 'xml:lang') ??
    metaFirst(ctx.meta, 'content-language', 'og:locale', 'language') ??
    ctx.ld?.lang;
  return primaryLang(stated) ?? detectLang(sample);
}

/**
 * The visible headline: of the h1 candidates, the one the document title repeats (a logo or
 * section name in an h1 is not), else the first.
 */
function headline(ctx: PageContext): string | null {
  const docTitle = normalizeText(textOfFirst(ctx.$, 'title')).toLowerCase();
  const candidates = HEADLINE.flatMap((sel) => select(ctx.$, sel))
    .filter((el) => !inForeignRegion(el))
    .map((el) => textOf(el))
    .filter((t) => t !== '');
  // The title carries the site name too ("Headline | Site"): the longest repeated h1 is the headline.
  const repeated = candidates.filter((t) => docTitle.includes(t.toLowerCase())).sort((x, y) => y.length - x.length);
  return repeated[0] ?? candidates[0] ?? null;
}

/** Whether an element sits in a sidebar, related list, footer, the site header or similar. */
export function inForeignRegion(el: Element): boolean {
  const chain = ancestors(el);
  return chain.some((a, i) => {
    const ci = a.name === 'body' || a.name === 'html' ? '' : classAndId(a);
    const chrome = FOREIGN_TAGS.has(a.name) || a.name === 'header' || (ci !== '' && FOREIGN_REGION.test(ci));
    if (!chrome) return false;
    const headerOrFooter = a.name === 'header' || a.name === 'footer' || HEADER_FOOTER_CLASS.test(ci);
    return !(headerOrFooter && inArticle(chain.slice(i + 1)));
  });
}
const HEADER_FOOTER_CLASS = /(?:^|[\s_-])(?:header|footer)(?=$|[\s_-])/u;

// A <header> or <footer> outside any <article>/<main> is the site's (its clock, menus, links);
// inside an article it is the article's own, holding headline, byline and date, or its tags.
function inArticle(above: readonly Element[]): boolean {
  return above.some((a) => a.name === 'article' || a.name === 'main');
}

export function dedupe(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    const v = normalizeText(raw);
    const key = v.toLowerCase();
    if (v === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(v);
  }
  return out;
}

// Relative canonical links resolve against the fetch URL, but never against a file: URL.
function safeBase(base: string | undefined): string | undefined {
  return base?.startsWith('file:') ? undefined : base;
}

function stripSiteName(title: string | null, site: string | null, h1: string | null): string | null {
  if (!title) return null;
  if (h1 && title.includes(h1)) return h1;
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const siteLower = site?.toLowerCase();
  if (siteLower && parts[parts.length - 1]!.toLowerCase() === siteLower)
    return title.slice(0, title.lastIndexOf(parts[parts.length - 1]!)).replace(TITLE_SEPARATOR_END, '');
  if (siteLower && parts[0]!.toLowerCase() === siteLower) return title.slice(parts[0]!.length).replace(TITLE_SEPARATOR_START, '');
  return title;
}
const TITLE_SEPARATOR_END = /\s*[|\-–—:·•»]\s*$/u;
const TITLE_SEPARATOR_START = /^\s*[|\-–—:·•»]\s*/u;

function lastCrumb(crumbs: readonly string[], title: string | null): string | null {
  const useful = crumbs.map((c) => normalizeText(c)).filter((c) => c !== '' && !HOME_CRUMB.test(c) && c !== title && !/^[›>»/|]$/u.test(c));
  return useful.length > 0 ? useful[useful.length - 1]! : null;
}

function overlap(a: string, b: string): number {
  const wa = new Set(a.toLowerCase().split(/\s+/u));
  const wb = new Set(b.toLowerCase().split(/\s+/u));
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return shared / Math.max(wa.size, wb.size);
}

/** A description that is the body's first words (often cut mid-word) is not a standfirst. */
function isBodyExcerpt(description: string, paragraphs: readonly string[]): boolean {
  const d = description
    .replace(/(?:\.\.\.|…)\s*$/u, '')
    .trim()
    .toLowerCase();
  const body = paragraphs.join(' ').toLowerCase();
  return d.length > 0 && (body.startsWith(d) || body.includes(d));
}
