/**
 * @module ingest: pages -> Documents (src/parse) -> archive + outbox -> engine.
 */
import type { Document } from '../document.js';
import { isArchivistError } from '../errors.js';
import type { ArchivistError } from '../errors.js';
import type { Logger } from '../log.js';
import type { DecodeWarning } from '../extract/index.js';
import type { Archive, FetchedPage, SaveOutcome } from '../store/index.js';
import { indexAlongside } from './index-alongside.js';
import { drainOutbox } from './indexer.js';
import type { IndexerContext } from './indexer.js';
import { parseFetchedPage, preparePages } from '../parse/index.js';
import type { ParseOptions } from '../parse/index.js';
import { withIngestPlan } from './ingest-plan.js';
import type { IngestPlan } from './ingest-plan.js';

export const INGEST_DEFAULTS = {
  // Pages committed together: one commit per batch costs less store CPU than one per page, and a
  // bigger batch fewer file writes (keys arrive in no order, so every commit rewrites the index
  // pages it touched; a bigger batch touches each fewer times; docs/benchmarks.md, "Ingest"). A crash
  // loses at most this many parsed pages (a few MB), which the next run parses again.
  saveBatch: 256,
  // Outbox rows indexed at a time while storing goes on (the rest after): see index-alongside.ts.
  indexBatch: 64,
} as const;

export interface IngestSummary {
  pages: number;
  new: number;
  updated: number;
  unchanged: number;
  /** error code -> how many inputs failed with it */
  errors: Record<string, number>;
  /** set when the run was stopped (IngestFilesOptions.signal) before it read every page */
  stopped?: true;
}

export interface IngestFilesSummary extends IngestSummary {
  /** documents sent to the engine by the drain that follows */
  indexed: number;
  /** outbox rows still waiting (non-zero when the engine failed) */
  pending: number;
  /** set when the drain failed: the documents are stored and wait in the outbox */
  indexError?: ArchivistError;
}

export interface IngestFilesOptions extends Pick<ParseOptions, 'generic'> {
  /** page URL for a single file (default: the document's canonical URL) */
  url?: string;
  /** called after each file */
  onProgress?: (done: number, total: number) => void;
  /** called after each drained batch */
  onIndexProgress?: (done: number, total: number) => void;
  /**
   * Stops the run when aborted (SIGINT, SIGTERM): the pages parsed so far are stored, no more are
   * read, and what was stored is drained into the index as at the end of a full run.
   */
  signal?: AbortSignal;
  /** parse worker threads besides the main thread (which parses whenever they are busy); 0 = the
   *  main thread alone. Default: PARSE_POOL_DEFAULTS.size for runs of at least
   *  PARSE_POOL_DEFAULTS.minPages pages, else 0 */
  workers?: number;
}

/**
 * Parse one fetched page and store it with its document; throws ParseError when the page has no
 * article. A charset declaration that lied is logged as a warning on `ctx.log`.
 */
export function ingestPage(
  ctx: { archive: Archive; log?: Logger },
  page: FetchedPage,
  opts: ParseOptions = {},
): { outcome: SaveOutcome; doc: Document } {
  const doc = parseFetchedPage(page, { onWarning: ctx.log ? charsetWarning(ctx.log, page.url) : undefined, ...opts });
  return { outcome: ctx.archive.savePage(page, doc), doc };
}

/**
 * 1. expand the arguments into page files (and start parse workers for a big run), 2. parse and
 * store each (an input's failure is counted by code and the run goes on), 3. drain the outbox
 * into the engine. A drain failure is reported in `indexError`, not thrown: the documents are
 * safely stored either way.
 */
export async function ingestFiles(
  ctx: IndexerContext,
  paths: readonly string[],
  opts: IngestFilesOptions = {},
): Promise<IngestFilesSummary> {
  return withIngestPlan(paths, opts, (plan) => ingestPlanned(ctx, plan, opts)); // 1. the page files
}

/** ingestFiles after its first step (ingest-plan.ts: the plan's owner stops its parse workers). */
export async function ingestPlanned(
  ctx: IndexerContext,
  plan: IngestPlan,
  opts: Omit<IngestFilesOptions, 'workers'> = {},
): Promise<IngestFilesSummary> {
  const alongside = indexAlongside(ctx, INGEST_DEFAULTS.indexBatch); // 3. index as batches fill up…
  const summary = await storeAll(ctx, plan, opts, alongside.notify).catch(async (err: unknown) => {
    // 2. parse and store
    await alongside.finish().catch(() => undefined); // the store failure is the one to report
    throw err;
  });
  const early = await alongside.finish();
  if (early.error) ctx.log.warn({ stage: 'indexer', err: early.error }, 'indexing during ingest failed; retrying once storing is done');
  ctx.log.info({ stage: 'ingest', ...summary, indexed: early.indexed }, 'pages stored');
  return drainRest(ctx, summary, early.indexed, opts);
}

/** …and the rest (also a retry when the engine failed along the way). */
async function drainRest(
  ctx: IndexerContext,
  summary: IngestSummary,
  indexed: number,
  opts: IngestFilesOptions,
): Promise<IngestFilesSummary> {
  try {
    const drained = await drainOutbox(ctx, { onProgress: opts.onIndexProgress });
    return { ...summary, ...drained, indexed: indexed + drained.indexed };
  } catch (err) {
    if (!isArchivistError(err)) throw err; // not the engine (the archive itself failed): stop
    return { ...summary, indexed, pending: ctx.archive.outbox.pending(), indexError: err };
  }
}

/**
 * Read and parse ahead (on the plan's worker threads for big runs: prepare-pages.ts), store
 * strictly in input order, in batches.
 */
async function storeAll(ctx: IndexerContext, plan: IngestPlan, opts: IngestFilesOptions, onSaved: () => void): Promise<IngestSummary> {
  const { inputs, pool } = plan;
  const summary: IngestSummary = { pages: inputs.length, new: 0, updated: 0, unchanged: 0, errors: {} };
  let done = 0;
  let batch: { page: FetchedPage; doc: Document }[] = [];
  const flush = () => {
    for (const outcome of ctx.archive.savePages(batch)) summary[outcome]++; // storage errors stop the run
    done += batch.length;
    batch = [];
    onSaved();
  };
  for await (const prepared of preparePages(inputs, { generic: opts.generic, url: opts.url }, pool)) {
    if (opts.signal?.aborted) {
      summary.stopped = true; // leaving the loop ends the reading ahead; what was parsed is stored below
      break;
    }
    if ('error' in prepared) {
      const { code } = failure(ctx.log, prepared.path, prepared.error);
      summary.errors[code] = (summary.errors[code] ?? 0) + 1;
      done++;
    } else {
      batch.push(prepared);
      if (batch.length >= INGEST_DEFAULTS.saveBatch) flush();
    }
    opts.onProgress?.(done + batch.length, inputs.length);
  }
  flush();
  return summary;
}

/** One input's failure: its code for the summary, a warning in the log. */
function failure(log: Logger, path: string, err: unknown): { code: string } {
  if (isArchivistError(err)) {
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

/** Logs a charset declaration that lied, naming the page (ingest and reprocess). */
export function charsetWarning(log: Logger, url: string): (w: DecodeWarning) => void {
  return (w) => log.warn({ stage: 'ingest', url, code: w.code, declared: w.declared, used: w.used }, w.message);
}
