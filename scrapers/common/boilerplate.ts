/**
 * @module What is not the article's prose, by element, by class/id and by line of text
 * (docs/document.md body rules). Shared by every scraper; site scrapers add their own selectors.
 */
import type { Element } from 'domhandler';
import { classAndId } from './dom.js';
import { parseVisibleDate } from './dates.js';
import { isLabelLine } from './label-lines.js';

// Elements that never hold the article's prose: media and their captions, embeds, forms, chrome.
export const NON_PROSE_TAGS = new Set([
  'figure',
  'figcaption',
  'picture',
  'img',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'header',
  'menu',
  'dialog',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'cite',
]);

// Class or id tokens of boilerplate blocks. A token matches between separators (space, _ or -),
// so "share-bar" and "node__meta" match but "shared" or "metal" do not.
const BOILERPLATE_TOKENS = [
  // share bars and social widgets
  'share',
  'sharing',
  'sharethis',
  'social',
  'addthis',
  'whatsapp',
  'facebook',
  'twitter',
  // newsletter and subscription prompts
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'cta',
  // related and recommended lists, tags
  'related',
  'recommended',
  'recommendations',
  'read',
  'readmore',
  'trending',
  'popular',
  'outbrain',
  'taboola',
  'tags',
  'tag',
  'keywords',
  'topics',
  // comments
  'comment',
  'comments',
  'disqus',
  'discussion',
  'replies',
  // ads
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adsbygoogle',
  'dfp',
  'gpt',
  'sponsor',
  'sponsored',
  'promo',
  // captions and credits, embedded posts
  'caption',
  'credit',
  'credits',
  'embed',
  'embedded',
  'tweet',
  'instagram',
  'tiktok',
  'video',
  'gallery',
  // bylines, dates, breadcrumbs, page chrome
  'byline',
  'author',
  'dateline',
  'date',
  'meta',
  'breadcrumb',
  'breadcrumbs',
  'pagination',
  'pager',
  'nav',
  'navbar',
  'menu',
  'sidebar',
  'footer',
  'header',
  'masthead',
  'toolbar',
  'print',
  'copyright',
  'modal',
  'popup',
  'cookie',
  'consent',
  'skip',
  'visually',
] as const;
// Words that CMS plugins glue to a suffix ("jp-relatedposts", "relatedArticles",
// "newsletterSignup"): they match at the start of a token whatever follows.
const BOILERPLATE_PREFIXES = ['related', 'newsletter', 'sharedaddy', 'outbrain', 'taboola'] as const;
// A widget is chrome, except a page builder's widgets and their wrappers ("elementor-widget
// elementor-widget-text-editor", "elementor-widget-container", "so-widget"): such builders make
// every block of a page a widget, the article's text included.
const WIDGET = '(?<!(?:elementor|so|fl)-)widget(?!-(?:container|wrap)(?=$|[\\s_-]))(?=$|[\\s_-])';
const BOILERPLATE_CLASS = new RegExp(
  `(?:^|[\\s_-])(?:(?:${BOILERPLATE_TOKENS.join('|')})(?=$|[\\s_-])|${WIDGET}|(?:${BOILERPLATE_PREFIXES.join('|')}))`,
  'u',
);

// Links that make a blockquote an embedded social post rather than a quotation.
const EMBED_LINK = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com|instagram\.com|tiktok\.com|facebook\.com|threads\.net)\//iu;

/** Elements of the page chrome and of embedded content; dropped from any body. */
export function isBoilerplateElement(el: Element): boolean {
  if (NON_PROSE_TAGS.has(el.name) || el.name.startsWith('amp-')) return !isPageForm(el);
  if (el.name === 'blockquote' && isEmbeddedPost(el)) return true;
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  const role = el.attribs.role;
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo' || role === 'banner') return true;
  return hasBoilerplateClass(el);
}

/** Whether an element's class or id names a boilerplate block (share bar, related list, byline…). */
export function hasBoilerplateClass(el: Element): boolean {
  const ci = classAndId(el);
  return ci !== '' && BOILERPLATE_CLASS.test(ci) && !POST_WRAPPER.test(ci);
}
// WordPress's post wrapper lists the post's terms among its classes ("hentry category-news
// tag-covid"): it is the article, whatever words its tags are.
const POST_WRAPPER = /(?:^|\s)(?:hentry|type-post|type-page|status-publish)(?=$|\s)/u;

// Lines pointing to other stories, in English and Arabic: "Read more: …", "اقرأ أيضاً: …".
// A separator (colon, dash) or the end of the line must follow, so prose beginning
// "Related talks…" stays.
export const READ_MORE_LINE =
  /^(?:read (?:more|also|next)|see also|also read|related(?: (?:story|stories|articles?|coverage|content|reading|news))?|recommended(?: reading)?|more on this(?: story)?|more from|watch|listen|click here|إ?اقرأ (?:أ|ا)يضا[\u064b\u064c]?|إ?اقرأ المزيد|شاهد (?:أ|ا)يضا[\u064b]?|طالع (?:أ|ا)يضا[\u064b]?|للمزيد|مواضيع ذات صلة|اقرأ كذلك)\s*(?:[:：\-–—»>|]|$)/iu;
// Newsletter and subscription prompts.
const NEWSLETTER_LINE =
  /^(?:sign up\b|subscribe\b|join our\b|get (?:our|the) (?:newsletter|latest)\b|register (?:now|here|for)\b|اشترك|سجل (?:الآن|في))/iu;
const NEWSLETTER_WORDS = /newsletter|subscribe\b|sign up for|inbox|النشرة|نشرتنا/iu;
// Copyright and rights lines.
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\s+(?:©|\(c\)|\d{4})|جميع الحقوق محفوظة|حقوق النشر محفوظة)/iu;
const RIGHTS_WORDS = /all rights reserved|جميع الحقوق محفوظة|©/iu;
// Share prompts and social follow lines.
const SHARE_LINE = /^(?:share (?:on|this|via)\b|tweet\b|follow us\b|like us on\b|شارك|تابعونا|تابعنا)/iu;
// Ad labels left behind by ad slots.
const AD_LABEL = /^(?:advertisement|advertising|sponsored(?: content)?|ad|إعلان|مساحة إعلانية)$/iu;
// Photo and source credits on their own line: "(AFP/File Photo)", "Photo: Reuters".
const CREDIT_LINE =
  /^\(?\s*(?:photo|image|file photo|picture|credit|source|صورة|المصدر)?\s*[:/]?\s*(?:afp|reuters|ap|getty(?: images)?|epa|shutterstock|anadolu|xinhua|file photo|twitter|instagram|facebook|youtube)(?:\s*[/,]\s*[\w .]+)?\s*\)?$/iu;
// Bylines: "By Jane Doe", "بقلم …" (short, no sentence end: "By Monday, talks had…" is prose).
const BYLINE_LINE = /^(?:by|written by|بقلم|كتب|كتبت)\s*[:：]?\s/iu;
// Date lines: "Published January 21st, 2016 - 05:53 GMT", "نشر بتاريخ …" (only with a readable date).
const DATE_LINE = /^(?:published|updated|last updated|posted|first published|نشر بتاريخ|نُشر|آخر تحديث|تاريخ النشر)(?![\p{L}])/iu;
const SENTENCE_END = /[.!?؟]["”’»]?$/u;
// Wire-service credit lines closing a story: "(Reporting by …; Editing by …)", "Writing by …".
// A role word, "by", names; in parentheses, or with a second role after ";" when bare, so a
// sentence such as "Reporting by the agency showed…" stays.
const CREDIT_ROLE =
  '(?:(?:additional|further) )?(?:reporting|writing|editing|compiled|compilation|research|translation|translated|produced|graphics|photography|written|reported)(?: and (?:writing|editing|reporting))?';
const WIRE_CREDIT_PAREN = new RegExp(`^\\(\\s*${CREDIT_ROLE} by [^()]+\\)\\.?$`, 'iu');
const WIRE_CREDIT_BARE = new RegExp(`^${CREDIT_ROLE} by [^;.]+(?:;\\s*${CREDIT_ROLE} by [^;.]+)+\\.?$`, 'iu');
// A bare time stamp ("14:05", "2.30pm", "09:15 GMT") or a line that is only a date: a live-blog
// entry's or a dateline's label, never prose.
const TIME_STAMP =
  /^(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?|ص|م)?|\d{1,2}\s*[ap]\.?m\.?)(?:\s*(?:gmt|utc|bst|cet|cest|eet|est|edt|pst|pdt|[a-z]{2,4}t))?$/iu;
// A date line's words besides numbers: weekday, month, zone ("Tuesday 23 April 2024, 14:05 GMT").
const MAX_DATE_LINE_NAMES = 3;

// Prompts, bylines and labels are short; longer lines are prose even when they use the words.
const MAX_PROMPT_WORDS = 12;
const MAX_BYLINE_WORDS = 8;
const MAX_SHARE_WORDS = 6;
const MAX_RIGHTS_WORDS = 25;
// Credit lines name a few reporters and editors with their cities.
const MAX_CREDIT_WORDS = 40;

/** A line of text that is boilerplate whatever element holds it. */
export function isBoilerplateLine(text: string): boolean {
  if (READ_MORE_LINE.test(text) || COPYRIGHT_LINE.test(text) || CREDIT_LINE.test(text) || AD_LABEL.test(text)) return true;
  const words = spaceSeparatedWords(text);
  if (isLabelLine(text, words)) return true;
  if (words <= MAX_RIGHTS_WORDS && RIGHTS_WORDS.test(text)) return true;
  if (words <= MAX_PROMPT_WORDS && (NEWSLETTER_LINE.test(text) || NEWSLETTER_WORDS.test(text))) return true;
  if (words <= MAX_SHARE_WORDS && SHARE_LINE.test(text)) return true;
  if (words <= MAX_BYLINE_WORDS && BYLINE_LINE.test(text) && !SENTENCE_END.test(text)) return true;
  if (words <= MAX_CREDIT_WORDS && (WIRE_CREDIT_PAREN.test(text) || WIRE_CREDIT_BARE.test(text))) return true;
  if (TIME_STAMP.test(text) || isDateOnly(text)) return true;
  return words <= MAX_PROMPT_WORDS && DATE_LINE.test(text) && parseVisibleDate(text) !== null;
}

/** Words of a whitespace-collapsed text: its spaces plus one (what split(' ') counts, without the array). */
export function spaceSeparatedWords(text: string): number {
  let n = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) n++;
  return n;
}

/** A line holding a readable date and little else: at most a weekday, month and zone in words. */
function isDateOnly(text: string): boolean {
  // cheapest test first: almost every paragraph ends a sentence
  if (SENTENCE_END.test(text)) return false;
  const named = text.split(' ').filter((w) => /\p{L}/u.test(w)).length;
  return named <= MAX_DATE_LINE_NAMES && parseVisibleDate(text) !== null;
}

// Paragraphs a form must hold to be a page-wide form, not a search box or a comment form.
const MIN_PAGE_FORM_PARAGRAPHS = 3;

/**
 * A form wrapping the whole page, as ASP.NET WebForms pages have one: it holds the article, so it
 * is no chrome. Told by the paragraphs inside (a search or comment form holds none).
 */
export function isPageForm(el: Element): boolean {
  if (el.name !== 'form') return false;
  let paragraphs = 0;
  const stack = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    if (n.name === 'p' && ++paragraphs >= MIN_PAGE_FORM_PARAGRAPHS) return true;
    stack.push(...n.children);
  }
  return false;
}

/** A blockquote whose links point to a social network post: an embed's fallback markup. */
function isEmbeddedPost(blockquote: Element): boolean {
  const stack = [...blockquote.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type !== 'tag') continue;
    const el = n;
    if (el.name === 'a' && EMBED_LINK.test(el.attribs.href ?? '')) return true;
    stack.push(...el.children);
  }
  return false;
}
