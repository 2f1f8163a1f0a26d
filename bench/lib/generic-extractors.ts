/**
 * @module The two extractors the generic-extraction bench compares, each as page -> main text
 * (null when it gives nothing): archivist's generic mode and Readability.js on jsdom.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { parseDocument } from '../../src/parse/index.js';
import { decodeLenient } from '../../src/extract/index.js';
import { isArchivistError } from '../../src/errors.js';
import type { EvalPage } from './eval-set.js';

// Every page gets the same fetch time, as a crawl would give it one: a page with no date of its
// own still gives a Document (dateSource "fetched"), as it does in use.
const FETCHED_AT = '2026-12-06T00:00:00Z';

export interface Extraction {
  text: string | null;
  /** why there is no text (a ParseError code and message), for the report */
  failure?: string;
}

/** archivist's generic mode, entities off: the standfirst and the body's paragraphs (not the headline). */
export function archivistText(page: EvalPage): Extraction {
  try {
    const doc = parseDocument(
      { bytes: page.bytes, url: pageUrl(page), source: page.file, fetchedAt: FETCHED_AT },
      { generic: true, entities: false },
    );
    return { text: [doc.subtitle ?? '', ...doc.paragraphs].join('\n') };
  } catch (err) {
    if (!isArchivistError(err)) throw err;
    return { text: null, failure: `${err.code}: ${err.message.replace(/^[^:]*: /u, '')}` };
  }
}

// A few entries are keyed by a label, not a URL: such a page is read as a saved file is by
// `ingest`, under its file: URL.
function pageUrl(page: EvalPage): string {
  return /^https?:\/\//iu.test(page.url) ? page.url : `file:///eval/${encodeURIComponent(page.file)}`;
}

// jsdom prints CSS and script errors of the page; they are the page's, not the benchmark's.
const quiet = new VirtualConsole();

/** Readability.js 0.6 on jsdom, from the same decoded text our decoder gives. */
export function readabilityText(page: EvalPage, html = decodeLenient(page.bytes, undefined)): Extraction {
  const dom = new JSDOM(html, { url: page.url, virtualConsole: quiet });
  try {
    const article = new Readability(dom.window.document).parse();
    return article?.textContent ? { text: article.textContent } : { text: null, failure: 'no article' };
  } finally {
    dom.window.close();
  }
}
