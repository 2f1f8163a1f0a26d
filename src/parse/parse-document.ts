/**
 * @module The page-to-Document step: bytes or HTML in, a full Document out (decode, scrape by
 * the site registry, add entities). `parseDocument` is pure (no fs, no clock), so the same stored
 * page always gives the same Document; `parseFetchedPage` reads a fetched or stored page's
 * headers, and `parseFile` a saved page file. Called by `parse`, ingest, the crawler,
 * POST /api/articles and reprocess.
 */
import { readFileSync } from 'node:fs';
import { toUtcSeconds } from '../document.js';
import type { Document } from '../document.js';
import { ParseError } from '../errors.js';
import { decodeHtml, MAX_PAGE_BYTES, type DecodeWarning } from '../extract/index.js';
import { extractEntities } from '../entities/index.js';
import { scrapePage } from '../../scrapers/index.js';

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
  /** the HTTP Last-Modified header of the fetch (any HTTP date form): the date of a page that states none */
  lastModified?: string;
  /** when the page was fetched or ingested (ISO): the last resort for its date */
  fetchedAt?: string;
}

export interface ParseOptions {
  /** skip site-specific scrapers. Default: false */
  generic?: boolean;
  /** run the entity extractor; false leaves entities empty (faster). Default: true */
  entities?: boolean;
  /** told when the page's charset declarations disagreed and the meta one was used (the caller logs it; not for worker threads) */
  onWarning?: (warning: DecodeWarning) => void;
}

/**
 * Parse one page into a Document.
 * @throws ParseError not_html, too_large, decode_failed, no_article
 */
export function parseDocument(input: ParseInput, opts: ParseOptions = {}): Document {
  const html = toHtml(input, opts.onWarning); //                                    1. bytes -> text
  const article = scrapePage(html, {
    url: input.url,
    generic: opts.generic,
    source: input.source,
    lastModified: utcOrUndefined(input.lastModified),
    fetchedAt: utcOrUndefined(input.fetchedAt),
  }); //                                                            2. scrape
  const entities =
    opts.entities === false //                        3. enrich
      ? { nations: [], persons: [] }
      : extractEntities({
          title: article.title,
          subtitle: article.subtitle,
          paragraphs: leadingParagraphs(article.paragraphs),
          lang: article.lang,
        });
  return { ...article, entities };
}

function toHtml(input: ParseInput, onWarning: ParseOptions['onWarning']): string {
  if (input.bytes) return decodeHtml(input.bytes, { contentType: input.contentType, source: input.source, onWarning });
  if (input.html === undefined) throw new ParseError('not_html', `${input.source}: no bytes or HTML given`, { source: input.source });
  // A string is measured in UTF-16 units; the byte limit applies to its UTF-8 size.
  if (input.html.length > MAX_PAGE_BYTES || Buffer.byteLength(input.html, 'utf8') > MAX_PAGE_BYTES) {
    throw new ParseError('too_large', `${input.source}: page is over the ${MAX_PAGE_BYTES}-byte limit`, { source: input.source });
  }
  return input.html;
}

/** A fetch's time as the Document writes it; undefined when absent or not a date. */
function utcOrUndefined(time: string | undefined): string | undefined {
  const ms = time ? Date.parse(time) : Number.NaN;
  return Number.isNaN(ms) ? undefined : toUtcSeconds(new Date(ms));
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

/** A page as fetched or stored: the bytes with the HTTP headers they came with. */
export interface PageInput {
  /** the fetch URL; undefined for a saved file without --url */
  url: string | undefined;
  body: Uint8Array;
  headers: Record<string, string>;
  /** names the input in errors (a file path); default: the url */
  source?: string;
  /** when it was fetched or read (ISO): the date of a page that states none, after Last-Modified */
  fetchedAt?: string;
}

/**
 * parseDocument for a fetched or stored page: its Content-Type header names the charset, its
 * Last-Modified header and fetch time date a page that states no date. Throws ParseError.
 */
export function parseFetchedPage(page: PageInput, opts: ParseOptions = {}): Document {
  return parseDocument(
    {
      bytes: page.body,
      url: page.url,
      contentType: page.headers['content-type'],
      lastModified: page.headers['last-modified'],
      fetchedAt: page.fetchedAt,
      source: page.source ?? page.url ?? 'page',
    },
    opts,
  );
}

export interface ParsedFile {
  doc: Document;
  /** the file's bytes, in a buffer of their own (it can be transferred to another thread) */
  body: Uint8Array;
  /** when it was read, ISO UTC to the second: a saved file's "fetch" */
  fetchedAt: string;
}

/** Options for a saved page file: `url` is the page URL given with --url, else the page's canonical URL is used. */
export type FileParseOptions = Pick<ParseOptions, 'generic'> & { url?: string };

/** Read a saved page file and parse it (for a thread of its own: the read blocks). Throws the read's error or ParseError. */
export function parseFile(path: string, opts: FileParseOptions): ParsedFile {
  return parseFileBytes(path, new Uint8Array(readFileSync(path)), opts);
}

/** parseFile for bytes already read (the main thread reads ahead asynchronously). */
export function parseFileBytes(path: string, body: Uint8Array, opts: FileParseOptions): ParsedFile {
  const fetchedAt = toUtcSeconds(new Date());
  const doc = parseFetchedPage({ url: opts.url, body, headers: {}, source: path, fetchedAt }, { generic: opts.generic ?? false });
  return { doc, body, fetchedAt };
}
