/**
 * @module reprocess: stored raw HTML -> the current scrapers -> changed documents re-queued ->
 * drained. Pure parsing (no fetch, no clock) makes this repeatable: unchanged scrapers change nothing.
 */
import { isArchivistError } from '../errors.js';
import { drainOutbox } from './indexer.js';
import type { DrainOptions, IndexerContext } from './indexer.js';
import { parseFetchedPage } from '../parse/index.js';
import { charsetWarning } from './ingest.js';
import type { ParseOptions } from '../parse/index.js';

export interface ReprocessSummary {
  /** raw pages read */
  pages: number;
  /** documents new or changed, hence re-queued */
  changed: number;
  /** pages the current scrapers reject, by error code (their old document, if any, is kept) */
  errors: Record<string, number>;
  indexed: number;
  pending: number;
}

export interface ReprocessOptions extends Pick<ParseOptions, 'generic'>, DrainOptions {
  /** called after each raw page */
  onParseProgress?: (done: number, total: number) => void;
}

export async function reprocess(ctx: IndexerContext, opts: ReprocessOptions = {}): Promise<ReprocessSummary> {
  const total = ctx.archive.countRawPages();
  const summary = { pages: 0, changed: 0, errors: {} as Record<string, number> };
  for (const batch of ctx.archive.iterateRawPages()) {
    for (const raw of batch) {
      summary.pages++;
      try {
        const doc = parseFetchedPage(raw, { ...opts, onWarning: charsetWarning(ctx.log, raw.url) });
        if (ctx.archive.saveDerivedDocument(raw.url, doc) !== 'unchanged') summary.changed++;
      } catch (err) {
        if (!isArchivistError(err)) ctx.log.error({ stage: 'reprocess', url: raw.url, err }, 'parser crashed on stored page');
        const code = isArchivistError(err) ? err.code : 'internal_error';
        summary.errors[code] = (summary.errors[code] ?? 0) + 1;
      }
      opts.onParseProgress?.(summary.pages, Math.max(total, summary.pages));
    }
  }
  ctx.log.info({ stage: 'reprocess', ...summary }, 'raw pages reprocessed');
  const drained = await drainOutbox(ctx, opts);
  return { ...summary, ...drained };
}
