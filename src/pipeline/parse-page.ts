/**
 * @module The one place the pipeline calls the scrapers (parseDocument, src/pipeline/parse.ts),
 * so a change in that signature touches one file.
 */
import { readFileSync } from 'node:fs';
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

export interface ParsedFile {
  doc: Document;
  /** the file's bytes, in a buffer of their own (it can be transferred to another thread) */
  body: Uint8Array;
  /** when it was read, ISO UTC to the second: a saved file's "fetch" */
  fetchedAt: string;
}

/**
 * Read a saved page file and parse it (for a thread of its own: the read blocks). `url`: the page
 * URL given with --url, else the page's canonical URL is used. Throws the read's error or ParseError.
 */
export function parseFile(path: string, opts: PageParseOptions & { url?: string }): ParsedFile {
  return parseFileBytes(path, new Uint8Array(readFileSync(path)), opts);
}

/** parseFile for bytes already read (the main thread reads ahead asynchronously). */
export function parseFileBytes(path: string, body: Uint8Array, opts: PageParseOptions & { url?: string }): ParsedFile {
  const fetchedAt = readStamp();
  return { doc: parsePage({ url: opts.url, body, headers: {}, source: path }, opts), body, fetchedAt };
}

/** Now, as a saved file's fetch time. */
export function readStamp(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
