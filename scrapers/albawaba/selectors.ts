/**
 * @module Al Bawaba's markup, by layout and by what each selector finds.
 * d7: the 2012-2018 Drupal 7 site. d9: the 2019+ Drupal 9 site (AMP copies share its markup).
 */

/** Host names of the site (www, Arabic and English editions). */
export const HOSTS = /(?:^|\.)albawaba\.(?:com|net)$/iu;
/** The site's name as it signs pages: og:site_name, the `<title>` suffix, the logo's alt text. */
export const SITE_NAME = /^(?:al ?bawaba|البوابة)(?: news)?$/iu;
export const TITLE_SUFFIX = /\s*\|\s*(?:al ?bawaba|البوابة)\s*$/iu;

/** Page signatures of each layout. */
export const LAYOUT_SIGNATURE = {
  d7: '.field-name-body, body.node-type-article, .node-article',
  d9: '.field--name-body, [data-history-node-id], .node--type-article',
} as const;

/** The headline. */
export const HEADLINE = 'h1.page-header, h1.node__title, h1';

/** The standfirst under the headline. */
export const STANDFIRST = {
  d7: '.field-name-field-subtitle',
  d9: '.field--name-field-summary',
} as const;

/** The byline field (d7 also has a "source" field, which is the agency, not the author). */
export const AUTHOR = {
  d7: '.field-name-field-author .field-item',
  d9: '.field--name-field-author',
} as const;

/** The publication date: d7 keeps it in an RDFa `content` attribute beside the visible line. */
export const PUBLISHED = {
  d7: '.field-name-field-publish-date [content]',
  d9: '.node__meta time[datetime], .date-info time[datetime]',
} as const;
/** The visible date line, when the machine-readable value is missing. */
export const PUBLISHED_TEXT = '.field-name-field-publish-date, .date-info, .date-display-single';
/** The visible "Last updated …" line. */
export const UPDATED_TEXT = '.node__meta .updated, .date-info .updated, .updated';

/** The breadcrumb: its last crumb is the section. */
export const BREADCRUMB = '.breadcrumb';

/** Tag links under the article. */
export const TAGS = {
  d7: '.field-name-field-tags a',
  d9: '.field--name-field-tags a',
} as const;

/** The body field. */
export const BODY = {
  d7: '.field-name-body .field-item, .field-name-body',
  d9: '.field--name-body',
} as const;

/** Inside the body: embeds, ads, inline figures and promos that are not prose. */
export const BODY_NOISE =
  /(?:^|\s)(?:ad-slot|inline-image|twitter-tweet|instagram-media|tiktok-embed|video-embed|read-more|related|newsletter-cta|image-caption|image-credit|social-share)(?:\s|$)/u;
