/**
 * @module Before the server takes requests: fill an empty archive with the demo pages when
 * asked, and make sure the search index reflects the archive. The index is a projection of the
 * archive, so an index the engine refuses (an older embedded layout) or finds empty (its folder
 * deleted, the engine swapped) is rebuilt from the archive rather than served empty. The server
 * calls this and knows nothing of the engines themselves.
 */
import { join } from 'node:path';
import { ingestFiles, reindex } from '../pipeline/index.js';
import { deleteEmbeddedIndex, EMBEDDED_INDEX_DIR, hasOutdatedIndex, loadSynonyms, openEngine } from '../search/index.js';
import { initOnDemand } from '../search/wrappers/index.js';
import type { AppContext } from './context.js';

export interface PrepareOptions {
  /** ingest `demoDir` first when the archive is empty */
  demo?: boolean;
  demoDir: string;
}

/** Seed, rebuild an outdated or lost index, and open the engine's in-memory side (not a visitor's first search). */
export async function prepareIndex(ctx: AppContext, opts: PrepareOptions): Promise<void> {
  if (opts.demo && ctx.archive.countDocuments() === 0) await seedDemo(ctx, opts.demoDir);
  await rebuildOutdatedIndex(ctx);
  await rebuildLostIndex(ctx);
  // The embedded engine builds its in-memory lists at the first read: here, not on a visitor's
  // first search (seconds on a large index). A down engine just reports it; the server starts.
  await ctx.engine.health();
}

async function seedDemo(ctx: AppContext, dir: string): Promise<void> {
  const log = ctx.log.child({ stage: 'serve' });
  const summary = await ingestFiles(ctx, [dir]);
  log.info({ pages: summary.pages, new: summary.new, errors: summary.errors, indexed: summary.indexed }, 'demo archive ingested');
}

/**
 * An embedded index of an older layout is refused at open (the context then holds an engine
 * that is always unavailable, and the server would never be ready): delete it, open a fresh one
 * in its place (the context now holds and closes it) and rebuild it with `reindex`.
 */
async function rebuildOutdatedIndex(ctx: AppContext): Promise<void> {
  if (ctx.config.meiliHost || ctx.engine.name !== 'embedded') return;
  const dir = join(ctx.config.dataDir, EMBEDDED_INDEX_DIR);
  if ((await ctx.engine.health()).ok || !hasOutdatedIndex(dir)) return;
  const log = ctx.log.child({ stage: 'serve' });
  log.warn({ dir, documents: ctx.archive.countDocuments() }, 'search index has an older layout: deleting it and reindexing the archive');
  await ctx.engine.close();
  deleteEmbeddedIndex(dir);
  ctx.engine = initOnDemand(await openEngine(ctx.config, ctx.log.child({ stage: 'search' })), {
    synonyms: loadSynonyms(ctx.config.synonymsFile),
  });
  try {
    const summary = await reindex(ctx, { onProgress: progressLine(log) });
    log.info({ indexed: summary.indexed, pending: summary.pending }, 'search index rebuilt in the current layout');
  } catch (err) {
    // the index is now current but incomplete: `reindex` (or the next start, if it stays empty) completes it
    log.error({ err }, 'rebuilding the search index failed; run `reindex`');
  }
}

/** While the archive is reindexed at start: a line at most every PROGRESS_EVERY_MS, and one at the end. */
const PROGRESS_EVERY_MS = 5_000;

function progressLine(log: AppContext['log']): (indexed: number, total: number) => void {
  let last = 0;
  return (indexed, total) => {
    const now = Date.now();
    if (indexed < total && now - last < PROGRESS_EVERY_MS) return;
    last = now;
    log.info({ indexed, total, percent: Math.floor((indexed * 100) / total) }, 'rebuilding the search index');
  };
}

/**
 * The index is a projection of the archive: if it is empty while the archive is not and nothing
 * is queued (index folder deleted, engine swapped), rebuild it rather than serve no results.
 */
async function rebuildLostIndex(ctx: AppContext): Promise<void> {
  try {
    const documents = ctx.archive.countDocuments();
    if (documents === 0 || ctx.archive.outbox.pending() > 0 || (await ctx.engine.count()) > 0) return;
    ctx.log.warn({ documents }, 'search index is empty but the archive is not: reindexing');
    await reindex(ctx);
  } catch (err) {
    // An engine that is down now is retried by the background indexer; serve anyway (not ready).
    ctx.log.warn({ err }, 'could not check or rebuild the search index at start');
  }
}
