/**
 * @module The one place the pipeline calls the scrapers (parseDocument, src/pipeline/parse.ts),
 * so a change in that signature touches one file.
 */
import type { Document } from '../document.js';
import { parseDocument } from './parse.js';

export interface PageParseOptions {
  /** skip site-specific scrapers */
  generic?: boolean;
}

export interface PageInput {
  /** the fetch URL; undefined for a saved file without --url */
  url: string | undefined;
  body: Uint8Array;
  headers: Record<string, string>;
  /** names the input in errors (a file path); default: the url */
  source?: string;
}

/** Throws ParseError when the page cannot give a Document. */
export function parsePage(page: PageInput, opts: PageParseOptions = {}): Document {
  return parseDocument(
    { bytes: page.body, url: page.url, contentType: page.headers['content-type'], source: page.source ?? page.url ?? 'page' },
    { generic: opts.generic ?? false },
  );
}
