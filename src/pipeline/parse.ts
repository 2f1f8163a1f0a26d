/**
 * @module Bytes or HTML in, a full Document out: decode, scrape, add entities. Pure (no fs, no
 * clock), so the same stored page always gives the same Document. Called by `parse`, ingest,
 * the crawler, POST /api/articles and reprocess.
 */
import type { Document } from '../document.js';
import { ParseError } from '../errors.js';
import { decodeHtml, MAX_PAGE_BYTES } from '../extract/index.js';
import { extractEntities } from '../entities/index.js';
import { parsePage } from '../../scrapers/index.js';

// Entities are read from at most this many characters of body. News articles run to 5-40k
// characters; a longer "body" is a transcript or a dump, its opening names what it is about, and
// the cap keeps the extractor's time bounded on hostile 10 MB pages (npm run stress).
export const MAX_ENTITY_BODY_CHARS = 200_000;

export interface ParseInput {
  /** raw bytes as fetched or saved (decoded by BOM / Content-Type / meta charset) */
  bytes?: Uint8Array;
  /** already-decoded HTML (used when `bytes` is absent) */
  html?: string;
  /** the URL the page was fetched from; the page's canonical URL wins when it names one */
  url?: string;
  /** the HTTP Content-Type header, if the bytes came over HTTP */
  contentType?: string;
  /** path or URL naming the input in errors */
  source: string;
}

export interface ParseOptions {
  /** skip site-specific scrapers. Default: false */
  generic?: boolean;
  /** run the entity extractor; false leaves entities empty (faster). Default: true */
  entities?: boolean;
}

/**
 * Parse one page into a Document.
 * @throws ParseError not_html, too_large, decode_failed, no_article
 */
export function parseDocument(input: ParseInput, opts: ParseOptions = {}): Document {
  const html = toHtml(input); //                                    1. bytes -> text
  const article = parsePage(html, { url: input.url, generic: opts.generic, source: input.source }); // 2. scrape
  const entities = opts.entities === false //                        3. enrich
    ? { nations: [], persons: [] }
    : extractEntities({ title: article.title, subtitle: article.subtitle, paragraphs: leadingParagraphs(article.paragraphs), lang: article.lang });
  return { ...article, entities };
}

function toHtml(input: ParseInput): string {
  if (input.bytes) return decodeHtml(input.bytes, { contentType: input.contentType, source: input.source });
  if (input.html === undefined) throw new ParseError('not_html', `${input.source}: no bytes or HTML given`, { source: input.source });
  // A string is measured in UTF-16 units; the byte limit applies to its UTF-8 size.
  if (input.html.length > MAX_PAGE_BYTES || Buffer.byteLength(input.html, 'utf8') > MAX_PAGE_BYTES) {
    throw new ParseError('too_large', `${input.source}: page is over the ${MAX_PAGE_BYTES}-byte limit`, { source: input.source });
  }
  return input.html;
}

/** The paragraphs that fit in MAX_ENTITY_BODY_CHARS (all of them for any real article). */
function leadingParagraphs(paragraphs: readonly string[]): readonly string[] {
  let chars = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    chars += paragraphs[i]!.length;
    if (chars > MAX_ENTITY_BODY_CHARS) return paragraphs.slice(0, i);
  }
  return paragraphs;
}
