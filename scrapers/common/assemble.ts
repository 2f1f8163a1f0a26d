/**
 * @module Article parts to a ScrapedArticle: validate what a Document needs, derive id, body,
 * hash and word count. Throws ParseError naming the input and the reason.
 */
import { bodyOf, type DateSource } from '../../src/document.js';
import { ParseError } from '../../src/errors.js';
import { countWords, detach, documentId, normalizeText, sha256Hex } from '../../src/extract/index.js';
import type { ArticleParts, LoadedPage, ScrapedArticle } from '../types.js';

/**
 * Build the article, or throw no_article when a required field is missing. Every string in it is
 * detached from the page (src/extract detach), so a kept article does not keep the page's HTML.
 */
export function assemble(page: LoadedPage, parts: ArticleParts, extractor: string): ScrapedArticle {
  const missing = (what: string) =>
    new ParseError('no_article', `${page.label}: ${what}`, { source: page.label, url: parts.url ?? page.fetchUrl });
  // normalised, then detached from the page
  const text = (s: string) => detach(normalizeText(s));
  const title = parts.title ? text(parts.title) : '';
  if (title === '') throw missing('no headline found');
  const paragraphs = parts.paragraphs.map(text).filter((p) => p !== '');
  if (paragraphs.length === 0) throw missing('no article body found');
  if (!parts.url) throw missing('no URL: the page names no canonical URL and none was given');
  const dated = datedBy(parts, page);
  if (!dated) throw missing('no publication date found, and no fetch time given');
  const body = bodyOf(paragraphs);
  return {
    id: documentId(parts.url),
    url: detach(parts.url),
    source: page.sourceOf(parts.url),
    lang: parts.lang ?? 'en',
    title,
    subtitle: parts.subtitle ? text(parts.subtitle) || null : null,
    authors: parts.authors.map(detach),
    publishedAt: dated.at,
    dateSource: dated.source,
    updatedAt: parts.updatedAt,
    section: parts.section ? text(parts.section) || null : null,
    tags: parts.tags.map(detach),
    paragraphs,
    body,
    wordCount: countWords(body),
    contentHash: sha256Hex(body),
    extractor,
  };
}

/**
 * The publication time and where it came from: the page's own date (markup, else its URL), else
 * the fetch's HTTP Last-Modified, else the fetch or ingest time. A body is never lost for want of
 * a date; `dateSource` tells a reader how far to trust it.
 */
function datedBy(parts: ArticleParts, page: LoadedPage): { at: string; source: DateSource } | null {
  if (parts.publishedAt) return { at: parts.publishedAt, source: parts.dateSource ?? 'markup' };
  if (page.lastModified) return { at: page.lastModified, source: 'http' };
  if (page.fetchedAt) return { at: page.fetchedAt, source: 'fetched' };
  return null;
}
