/**
 * @module ingest: pages -> Documents (parseDocument) -> archive + outbox -> engine.
 */
import { readFile } from 'node:fs/promises';
import type { Document } from '../document.js';
import { ArchivistError, InputError } from '../errors.js';
import type { Logger } from '../log.js';
import type { Archive, FetchedPage, SaveOutcome } from '../store/index.js';
import { listPageFiles } from './files.js';
import { drainOutbox } from './indexer.js';
import type { IndexerContext } from './indexer.js';
import { parsePage } from './parse-page.js';
import type { PageParseOptions } from './parse-page.js';

export interface IngestSummary {
  pages: number;
  new: number;
  updated: number;
  unchanged: number;
  /** error code -> how many inputs failed with it */
  errors: Record<string, number>;
}

export interface IngestFilesSummary extends IngestSummary {
  /** documents sent to the engine by the drain that follows */
  indexed: number;
  /** outbox rows still waiting (non-zero when the engine failed) */
  pending: number;
  /** set when the drain failed: the documents are stored and wait in the outbox */
  indexError?: ArchivistError;
}

export interface IngestFilesOptions extends PageParseOptions {
  /** page URL for a single file (default: the document's canonical URL) */
  url?: string;
  /** called after each file */
  onProgress?: (done: number, total: number) => void;
  /** called after each drained batch */
  onIndexProgress?: (done: number, total: number) => void;
}

/** Parse one fetched page and store it with its document; throws ParseError when the page has no article. */
export function ingestPage(
  ctx: { archive: Archive },
  page: FetchedPage,
  opts: PageParseOptions = {},
): { outcome: SaveOutcome; doc: Document } {
  const doc = parsePage(page, opts);
  return { outcome: ctx.archive.savePage(page, doc), doc };
}

/**
 * 1. expand the arguments into page files, 2. parse and store each (an input's failure is counted
 * by code and the run goes on), 3. drain the outbox into the engine. A drain failure is reported
 * in `indexError`, not thrown: the documents are safely stored either way.
 */
export async function ingestFiles(
  ctx: IndexerContext,
  paths: readonly string[],
  opts: IngestFilesOptions = {},
): Promise<IngestFilesSummary> {
  const inputs = await listPageFiles(paths);
  if (opts.url !== undefined && inputs.length !== 1) {
    throw new InputError('invalid_parameter', 'url', `--url needs exactly one page file (got ${inputs.length})`);
  }
  const summary: IngestSummary = { pages: inputs.length, new: 0, updated: 0, unchanged: 0, errors: {} };
  let done = 0;
  for (const input of inputs) {
    const outcome = input.error
      ? failure(ctx.log, input.path, input.error)
      : await ingestFile(ctx, input.path, opts);
    if (typeof outcome === 'string') summary[outcome]++;
    else summary.errors[outcome.code] = (summary.errors[outcome.code] ?? 0) + 1;
    opts.onProgress?.(++done, inputs.length);
  }
  ctx.log.info({ stage: 'ingest', ...summary }, 'pages stored');
  try {
    const drained = await drainOutbox(ctx, { onProgress: opts.onIndexProgress });
    return { ...summary, ...drained };
  } catch (err) {
    if (!(err instanceof ArchivistError)) throw err; // not the engine (the archive itself failed): stop
    return { ...summary, indexed: 0, pending: ctx.archive.outbox.pending(), indexError: err };
  }
}

async function ingestFile(
  ctx: IndexerContext,
  path: string,
  opts: IngestFilesOptions,
): Promise<SaveOutcome | { code: string }> {
  let body: Uint8Array;
  try {
    body = new Uint8Array(await readFile(path));
  } catch (err) {
    return failure(ctx.log, path, err);
  }
  const fetchedAt = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  let doc: Document;
  try {
    // a file has no fetch URL: --url if given, else the page's own canonical URL
    doc = parsePage({ url: opts.url, body, headers: {}, source: path }, opts);
  } catch (err) {
    return failure(ctx.log, path, err);
  }
  const page: FetchedPage = { url: opts.url ?? doc.url, fetchedAt, status: 200, headers: {}, body };
  return ctx.archive.savePage(page, doc); // storage errors are not an input's fault: they stop the run
}

/** One input's failure: its code for the summary, a warning in the log. */
function failure(log: Logger, path: string, err: unknown): { code: string } {
  if (err instanceof ArchivistError) {
    log.warn({ stage: 'ingest', file: path, code: err.code, reason: err.message }, 'page not ingested');
    return { code: err.code };
  }
  const errno = (err as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno === 'string') {
    log.warn({ stage: 'ingest', file: path, code: 'read_failed', reason: errno }, 'page not ingested');
    return { code: 'read_failed' };
  }
  // a scraper bug must not stop a run of thousands of pages; it is counted and logged with its stack
  log.error({ stage: 'ingest', file: path, err }, 'parser crashed on page');
  return { code: 'internal_error' };
}
