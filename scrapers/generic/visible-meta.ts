/**
 * @module Metadata read from the visible page when its markup states none (a redesign without
 * JSON-LD or article meta tags): a standfirst by its class right under the headline, a section
 * from a kicker or from the URL's first path segment, and the check that keeps pronouns and
 * sentence fragments out of the authors.
 */
import type { Element } from 'domhandler';
import { select, textOf } from '../common/dom.js';
import type { PageContext } from './context.js';
import { HOME_CRUMB, KICKER } from './selectors.js';

// Class tokens that name a standfirst in any naming scheme ("article__dek", "c-standfirst",
// "story-lead", "post-summary"); whole tokens only: "leader" and "mislead" are not.
const STANDFIRST_TOKEN = /(?:^|[\s_-])(?:dek|standfirst|summary|lead|subtitle|subheadline|strapline|intro)(?=$|[\s_-])/u;
// A standfirst is one or two sentences: shorter is a label, longer is the body's first paragraph.
const MIN_STANDFIRST_CHARS = 20;
const MAX_STANDFIRST_CHARS = 400;

/** A block right under the headline whose class names a standfirst, if any. */
export function standfirstByClass(
  ctx: PageContext,
  title: string | null,
  followsHeadline: (el: Element, title: string | null) => boolean,
): string | null {
  for (const el of select(ctx.$, '[class]')) {
    if (!STANDFIRST_TOKEN.test(el.attribs.class!.toLowerCase())) continue;
    const text = textOf(el);
    if (text.length < MIN_STANDFIRST_CHARS || text.length > MAX_STANDFIRST_CHARS || text === title) continue;
    if (followsHeadline(el, title)) return text;
  }
  return null;
}

// A kicker names a section in a few words; a longer text is a teaser line.
const MAX_KICKER_WORDS = 4;

/** The section a kicker (the label over the headline: "eyebrow", "overline", "rubric") names. */
export function kickerSection(ctx: PageContext, inForeignRegion: (el: Element) => boolean): string | null {
  for (const el of select(ctx.$, KICKER)) {
    if (inForeignRegion(el)) continue;
    const link = select(ctx.$, 'a', el)[0];
    const text = textOf(link ?? el);
    if (text !== '' && text.split(' ').length <= MAX_KICKER_WORDS && !HOME_CRUMB.test(text)) return text;
  }
  return null;
}

// Path segments that say what a page is, not where it belongs: never a section.
const NOT_SECTIONS = new Set([
  'article',
  'articles',
  'story',
  'stories',
  'post',
  'posts',
  'p',
  'amp',
  'node',
  'content',
  'index',
  'www',
  'item',
]);
const LANGUAGE_SEGMENT = /^[a-z]{2}(?:-[a-z]{2})?$/u;
// A section segment is a word or a few hyphenated words, in any script; never digits.
const SECTION_SEGMENT = /^[\p{L}][\p{L}-]{1,30}$/u;

/**
 * The first segment of the URL path (after a language code), on sites that use it as the
 * section: the page links to that segment's front page ("/sport/…" with a menu link to
 * "/sport"). Named as that link names it, else by the segment itself.
 */
export function sectionFromUrl(ctx: PageContext, url: string | null): string | null {
  const segments = pathSegments(url);
  const at = segments.length > 2 && LANGUAGE_SEGMENT.test(segments[0]!) ? 1 : 0;
  const segment = segments[at];
  // The segment must be a folder above the article, not the article's own slug.
  if (!segment || segments.length < at + 2 || !SECTION_SEGMENT.test(segment) || NOT_SECTIONS.has(segment.toLowerCase())) return null;
  const front = `/${segments.slice(0, at + 1).join('/')}`;
  const link = select(ctx.$, 'a[href]').find((a) => frontPath(a, url!) === front);
  if (!link) return null;
  const named = textOf(link);
  return named !== '' && named.split(' ').length <= MAX_KICKER_WORDS ? named : titleCase(segment);
}

function pathSegments(url: string | null): string[] {
  if (!url || !URL.canParse(url)) return [];
  return new URL(url).pathname
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

// A link's path without a trailing slash, decoded, when it points to the page's own host.
function frontPath(a: Element, base: string): string | null {
  const href = a.attribs.href!;
  if (!URL.canParse(href, base)) return null;
  const target = new URL(href, base);
  if (target.host !== new URL(base).host) return null;
  try {
    return decodeURIComponent(target.pathname.replace(/\/+$/u, ''));
  } catch {
    return null;
  }
}

function titleCase(segment: string): string {
  const words = segment.replace(/-+/gu, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

// Pronouns and other words a "By …" phrase takes that are no one's name ("written by him",
// "by the way"), in English and Arabic.
const NOT_NAMES = new Set(
  'he him his she her hers they them their it its we us our you your me i one someone anyone everyone nobody the a an this that these those who which staff هو هي هم هما نحن أنا أنت'.split(
    ' ',
  ),
);
// A name has a few words; more is a sentence fragment ("by far the largest share of the vote").
const MAX_NAME_WORDS = 5;
// Latin-script names are capitalised; a lower-case word starts a fragment ("by train").
const LOWER_CASE_START = /^\p{Ll}/u;

/** Whether a name taken from visible text can be a person's or desk's name. */
export function isPlausibleName(name: string): boolean {
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS || /[.!?؟]$/u.test(name.replace(/\b(?:Jr|Sr|Dr|St)\.$/u, ''))) return false;
  if (words.every((w) => NOT_NAMES.has(w.toLowerCase()))) return false;
  return !LOWER_CASE_START.test(name);
}
