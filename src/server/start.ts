/**
 * @module Starting the real server over an AppContext: 1. optionally seed an empty archive with
 * the demo pages, 2. start the background indexer (drains the outbox, retries engine outages),
 * 3. listen. `close()` stops accepting, waits for requests in flight, stops the indexer.
 * Used by `serve` and by the end-to-end tests (port 0).
 */
import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import type { AppContext } from '../app/index.js';
import { initOnDemand } from '../app/init-on-demand.js';
import type { SearchEngine } from '../search/engine.js';
import { deleteEmbeddedIndex, hasOutdatedIndex } from '../search/embedded/index.js';
import { EMBEDDED_INDEX_DIR, loadSynonyms, openEngine } from '../search/index.js';
import { ingestFiles, reindex, startBackgroundIndexer } from '../pipeline/index.js';
import { createApp } from './app.js';
import { contextDeps } from './context-deps.js';
import { notifyingEngine } from './notifying-engine.js';
import type { RateLimitOptions } from './deps.js';
import { SEARCH_CACHE_DEFAULTS, type CacheOptions } from './result-cache.js';

/** The project's own sample articles (demo/pages/*.html). */
export const DEMO_PAGES_DIR = fileURLToPath(new URL('../../demo/pages/', import.meta.url));
// Requests still running this long after a shutdown signal are cut: a deploy must not hang.
const SHUTDOWN_GRACE_MS = 10_000;

export interface StartOptions {
  port: number;
  host: string;
  /** ingest DEMO_PAGES_DIR (or demoDir) first when the archive is empty */
  demo?: boolean;
  demoDir?: string;
  rateLimit?: RateLimitOptions | false;
  /** search result cache. Default: SEARCH_CACHE_DEFAULTS */
  searchCache?: CacheOptions | false;
  /** background indexer poll interval (tests use a short one) */
  indexIntervalMs?: number;
}

export interface RunningServer {
  url: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

export async function startServer(ctx: AppContext, opts: StartOptions): Promise<RunningServer> {
  const log = ctx.log.child({ stage: 'serve' });
  if (opts.demo && ctx.archive.countDocuments() === 0) await seedDemo(ctx, opts.demoDir ?? DEMO_PAGES_DIR);
  const rebuilt = await rebuildOutdatedIndex(ctx);
  await rebuildLostIndex(ctx);
  // The embedded engine builds its in-memory lists at the first read: here, not on a visitor's
  // first search (seconds on a large index). A down engine just reports it; the server starts.
  await ctx.engine.health();
  // The indexer writes through a wrapper that announces each change: cached results are dropped
  // as soon as new documents are searchable.
  const changes = new EventEmitter();
  const engine = notifyingEngine(ctx.engine, () => changes.emit('change'));
  const indexer = startBackgroundIndexer({ ...ctx, engine }, { intervalMs: opts.indexIntervalMs });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const app = createApp(contextDeps(ctx, {
    afterWrite: () => indexer.kick(),
    metrics: registry,
    rateLimit: opts.rateLimit,
    searchCache: opts.searchCache ?? SEARCH_CACHE_DEFAULTS,
    onIndexChange: (listener) => changes.on('change', listener),
  }));
  const server = app.listen(opts.port, opts.host);
  try {
    await once(server, 'listening');
  } catch (err) {
    await indexer.stop();
    throw err;
  }
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  log.info({ url, engine: ctx.engine.name, documents: ctx.archive.countDocuments() }, 'listening');
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    close: () => (closing ??= shutdown(server, async () => {
      await indexer.stop();
      await rebuilt?.close(); // the context closes the engine it opened, not this replacement
    })),
  };
}

async function seedDemo(ctx: AppContext, dir: string): Promise<void> {
  const log = ctx.log.child({ stage: 'serve' });
  const summary = await ingestFiles(ctx, [dir]);
  log.info({ pages: summary.pages, new: summary.new, errors: summary.errors, indexed: summary.indexed }, 'demo archive ingested');
}

/**
 * An embedded index of an older layout is refused at open (the context then holds an engine
 * that is always unavailable, and the server would never be ready). The index is a projection
 * of the archive: delete it, open a fresh one in its place and rebuild it with `reindex`.
 * Returns the new engine (the server closes it), or undefined when nothing was done.
 */
async function rebuildOutdatedIndex(ctx: AppContext): Promise<SearchEngine | undefined> {
  if (ctx.config.meiliHost || ctx.engine.name !== 'embedded') return undefined;
  const dir = join(ctx.config.dataDir, EMBEDDED_INDEX_DIR);
  if ((await ctx.engine.health()).ok || !hasOutdatedIndex(dir)) return undefined;
  const log = ctx.log.child({ stage: 'serve' });
  log.warn({ dir, documents: ctx.archive.countDocuments() }, 'search index has an older layout: deleting it and reindexing the archive');
  await ctx.engine.close();
  deleteEmbeddedIndex(dir);
  const fresh = initOnDemand(await openEngine(ctx.config, ctx.log.child({ stage: 'search' })), { synonyms: loadSynonyms(ctx.config.synonymsFile) });
  ctx.engine = fresh;
  try {
    const summary = await reindex(ctx);
    log.info({ indexed: summary.indexed, pending: summary.pending }, 'search index rebuilt in the current layout');
  } catch (err) {
    // the index is now current but incomplete: `reindex` (or the next start, if it stays empty) completes it
    log.error({ err }, 'rebuilding the search index failed; run `reindex`');
  }
  return fresh;
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

async function shutdown(server: Server, stopIndexer: () => Promise<void>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
  timer.unref();
  await closed;
  clearTimeout(timer);
  await stopIndexer();
}
