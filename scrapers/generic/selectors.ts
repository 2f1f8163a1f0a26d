/**
 * @module Selectors and patterns of the generic scraper, named by what they find. They describe
 * conventions shared by many news sites (schema.org microdata, common CMS class names), never
 * one site's layout.
 */

/** Containers that hold only the article's text, by microdata and common CMS class names. */
export const BODY_CONTAINERS = [
  '[itemprop="articleBody"]',
  '[property="articleBody"]',
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.story-body',
  '.story-content',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.content-body',
  '.body-text',
  '.rich-text',
  '.field--name-body',
  '.field-name-body',
  '[data-component="text-block"]',
].join(', ');

/** The headline element, most specific first. */
export const HEADLINE = ['[itemprop="headline"]', 'article h1', 'main h1', 'h1'] as const;

/** A standfirst shown under the headline. */
export const STANDFIRST = [
  '[itemprop="alternativeHeadline"]',
  '[itemprop="description"]',
  '.standfirst',
  '.article-summary',
  '.article__summary',
  '.summary',
  '.dek',
  '.subtitle',
  '.sub-title',
  '.subheadline',
  '.strapline',
  '.article-lead',
  '.lead',
  '.excerpt',
  '.field--name-field-summary',
  '.field-name-field-subtitle',
].join(', ');

/** Elements naming the author(s). */
export const BYLINE = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  '[rel="author"]',
  '.byline__name',
  '.author-name',
  '.author__name',
  '.byline',
  '.author',
  '[class*="field-author"]',
  '[class*="field--name-field-author"]',
  // any naming scheme: "c-byline", "article__byline", "post-author-name"
  '[class*="byline"]',
  '[class*="author-name"]',
].join(', ');

/** Elements carrying the publication date in an attribute. */
export const PUBLISHED_ATTR = [
  '[itemprop="datePublished"]',
  'time[pubdate]',
  '[property="dc:date"]',
  '[property="article:published_time"]',
].join(', ');

/** Elements carrying the modification date. */
export const MODIFIED_ATTR = '[itemprop="dateModified"]';

/** Elements whose text usually is the date line. */
export const DATE_TEXT = ['[class*="publish"]', '[class*="date"]', '[class*="time"]', '[class*="posted"]', '.meta', '.dateline'].join(', ');

/** Elements whose text is an update line ("Last updated …"). */
export const UPDATED_TEXT = ['.updated', '[class*="updated"]', '[class*="modified"]'].join(', ');

/** Breadcrumb trails; the last crumb before the article is its section. */
export const BREADCRUMB = [
  '[itemtype*="BreadcrumbList"]',
  '.breadcrumb',
  '.breadcrumbs',
  'nav[aria-label*="readcrumb"]',
  '[class*="breadcrumb"]',
].join(', ');

/** The label over a headline naming its section: a kicker, eyebrow, overline or rubric. */
export const KICKER = ['[class*="kicker"]', '[class*="eyebrow"]', '[class*="overline"]', '[class*="rubric"]'].join(', ');

/** Links to the page's tags. */
export const TAG_LINKS = ['a[rel~="tag"]', '.tags a', '.tag-list a', '.article-tags a', '.post-tags a', '[class*="field-tags"] a'].join(
  ', ',
);

/** The first crumb of a trail is the home page, not a section. */
export const HOME_CRUMB = /^(?:home|homepage|main|start|الرئيسية|الصفحة الرئيسية|accueil|inicio|startseite)$/iu;

/** Separators between a headline and the site name in `<title>`. */
export const TITLE_SEPARATOR = /\s+[|\-–—:·•»]\s+|\s*[|·•»]\s*/u;

// Class/id words that make a container more or less likely to be the article (readability's
// positive and negative patterns, with news-site additions).
export const POSITIVE_CONTAINER = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose/iu;
export const NEGATIVE_CONTAINER =
  /banner|combx|comment|com-|contact|foot|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|(?<!(?:elementor|so|fl)-)widget(?!-(?:container|wrap))|trending|newsletter|menu|nav|popular|breadcrumb|ticker/iu;
