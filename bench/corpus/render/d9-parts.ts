/**
 * @module Pieces shared by the 2019+ Drupal 9 page and its AMP copy: head metadata (OpenGraph,
 * JSON-LD) and the article header (summary field, author, `<time>`, updated line, tags).
 */
import type { ArticleSpec } from '../articles.js';
import { publishedLine, updatedLine } from './dates.js';
import { esc } from './html.js';
import type { Chrome } from './chrome.js';

const DESK_BYLINES = new Set(['Al Bawaba', 'Al Bawaba Business', 'البوابة']);

export function headMeta(a: ArticleSpec): string {
  const lines = [
    `<title>${esc(a.title)} | Al Bawaba</title>`,
    a.subtitle === null ? '' : `<meta name="description" content="${esc(a.subtitle)}" />`,
    `<link rel="canonical" href="${esc(a.url)}" />`,
    '<meta property="og:site_name" content="Al Bawaba" />',
    '<meta property="og:type" content="article" />',
    `<meta property="og:url" content="${esc(a.url)}" />`,
    `<meta property="og:title" content="${esc(a.title)}" />`,
    a.subtitle === null ? '' : `<meta property="og:description" content="${esc(a.subtitle)}" />`,
    `<meta property="article:published_time" content="${a.publishedAt.replace('Z', '+00:00')}" />`,
    a.updatedAt === null ? '' : `<meta property="article:modified_time" content="${a.updatedAt.replace('Z', '+00:00')}" />`,
    `<meta property="article:section" content="${esc(a.section)}" />`,
    a.tags.map((t) => `<meta property="article:tag" content="${esc(t)}" />`).join(''),
    '<meta name="twitter:card" content="summary_large_image" />',
  ];
  return lines.filter(Boolean).join('\n');
}

/** schema.org NewsArticle; `graph` wraps it in "@graph" as the full site does (AMP does not). */
export function jsonLd(a: ArticleSpec, ch: Chrome, graph: boolean): string {
  const article = {
    '@type': 'NewsArticle',
    headline: a.title,
    name: a.title,
    ...(a.subtitle === null ? {} : { description: a.subtitle }),
    datePublished: a.publishedAt.replace('Z', '+00:00'),
    dateModified: (a.updatedAt ?? a.publishedAt).replace('Z', '+00:00'),
    articleSection: a.section,
    keywords: a.tags.join(', '),
    inLanguage: a.lang,
    author: a.authors.map((name) =>
      DESK_BYLINES.has(name)
        ? { '@type': 'Organization', name }
        : { '@type': 'Person', name, url: `https://www.albawaba.com/authors/${authorSlug(name)}` },
    ),
    publisher: {
      '@type': 'Organization',
      name: 'Al Bawaba',
      logo: { '@type': 'ImageObject', url: 'https://www.albawaba.com/themes/custom/albawaba/logo.png' },
    },
    mainEntityOfPage: a.url,
    image: {
      '@type': 'ImageObject',
      url: `https://www.albawaba.com/sites/default/files/styles/d08_traditional/public/${ch.year}-01/photo-${ch.node}.jpg`,
    },
  };
  const data = graph ? { '@context': 'https://schema.org', '@graph': [article] } : { '@context': 'https://schema.org', ...article };
  // "<" escaped so a headline can never close the script element.
  return `<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`;
}

export function articleHeader(a: ArticleSpec, ch: Chrome, image: string): string {
  const authors = a.authors
    .map((name) =>
      DESK_BYLINES.has(name) ? `<span>${esc(name)}</span>` : `<a href="/authors/${authorSlug(name)}" hreflang="${a.lang}">${esc(name)}</a>`,
    )
    .join(', ');
  const summary =
    a.subtitle === null
      ? ''
      : `<div class="field field--name-field-summary field--type-string-long field--label-hidden field__item"><p>${esc(a.subtitle)}</p></div>\n`;
  const updated = a.updatedAt === null ? '' : `<div class="updated">${updatedLine(a.updatedAt, a.lang)}</div>`;
  const section = new URL(a.url).pathname.split('/').filter(Boolean);
  const sectionPath = section[0] === 'ar' ? `ar/${section[1] ?? ''}` : (section[0] ?? '');
  return `<div class="breadcrumb"><a href="/">${a.lang === 'ar' ? 'الرئيسية' : 'Home'}</a> › <a href="/${sectionPath}">${esc(a.section)}</a></div>
<h1 class="page-header"><span>${esc(a.title)}</span></h1>
${summary}<div class="node__meta"><div class="field field--name-field-author field__item">${authors}</div>
<div class="date-info"><time datetime="${a.publishedAt}">${publishedLine(a.publishedAt, a.lang)}</time></div>${updated}</div>
<div class="field field--name-field-image field__item">${image}<div class="image-caption">${ch.rng.pick(['(Shutterstock)', '(AFP)', '(Social Media)', '(Twitter)'])}</div></div>`;
}

export function tagList(a: ArticleSpec): string {
  const tags = a.tags
    .map((t) => `<a href="/${a.lang === 'ar' ? 'ar/' : ''}tags/${esc(t.toLowerCase().replace(/ /g, '-'))}" rel="tag">${esc(t)}</a>`)
    .join(' ');
  return `<div class="field field--name-field-tags field__items"><span class="label">${a.lang === 'ar' ? 'الكلمات الدالة:' : 'Tags:'}</span> ${tags}</div>`;
}

function authorSlug(name: string): string {
  return encodeURIComponent(name.toLowerCase().replace(/\s+/g, '-'));
}
