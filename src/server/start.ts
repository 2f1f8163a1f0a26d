/**
 * @module Starting the real server over an AppContext: 1. listen (/readyz answers "not ready"
 * with the reason until 3), 2. prepare the index (src/app: seed an empty archive with the demo
 * pages when asked, rebuild an outdated or lost index), 3. start the background indexer (drains
 * the outbox, retries engine outages). `close()` stops accepting, waits for requests in flight, stops the indexer.
 * Used by `serve` and by the end-to-end tests (port 0).
 */
import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { prepareIndex } from '../app/index.js';
import type { AppContext } from '../app/index.js';
import { startBackgroundIndexer, type BackgroundIndexer } from '../pipeline/index.js';
import type { SearchEngine } from '../search/engine.js';
import { notifyingEngine } from '../search/wrappers/index.js';
import { createApp } from './app.js';
import { contextDeps } from './context-deps.js';
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
  let prepared = false;
  let indexer: BackgroundIndexer | undefined = undefined; // started once the index is prepared
  const changes = new EventEmitter();
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  // The server listens before the index is prepared, so /readyz answers meanwhile and says why it
  // is not ready (a Meilisearch settings re-index takes minutes) instead of not answering at all.
  const app = createApp(
    contextDeps(
      { ...ctx, engine: currentEngine(ctx, () => prepared) },
      {
        afterWrite: () => indexer?.kick(),
        metrics: registry,
        rateLimit: opts.rateLimit,
        searchCache: opts.searchCache ?? SEARCH_CACHE_DEFAULTS,
        onIndexChange: (listener) => changes.on('change', listener),
      },
    ),
  );
  const server = app.listen(opts.port, opts.host);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const url = `http://${opts.host.includes(':') ? `[${opts.host}]` : opts.host}:${port}`;
  log.info({ url, engine: ctx.engine.name }, 'listening; preparing the index');
  try {
    await prepareIndex(ctx, { demo: opts.demo, demoDir: opts.demoDir ?? DEMO_PAGES_DIR });
  } catch (err) {
    await shutdown(server, async () => {});
    throw err;
  }
  prepared = true;
  // The indexer writes through a wrapper that announces each change: cached results are dropped
  // as soon as new documents are searchable.
  const engine = notifyingEngine(ctx.engine, () => changes.emit('change'));
  const running = startBackgroundIndexer({ ...ctx, engine }, { intervalMs: opts.indexIntervalMs });
  indexer = running;
  // "ready" only when /readyz would say so: an engine that cannot be reached (Meilisearch down, a
  // wrong key) is logged as such, and the background indexer keeps retrying
  const health = await ctx.engine.health();
  const fields = { url, engine: ctx.engine.name, documents: ctx.archive.countDocuments() };
  if (health.ok) log.info(fields, 'ready');
  else log.warn({ ...fields, detail: health.detail }, 'serving, but the search engine is not ready');
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    server,
    close: () => (closing ??= shutdown(server, () => running.stop())),
  };
}

/**
 * The engine the context holds at each call (prepareIndex replaces an outdated embedded index's
 * engine), not ready until the index is prepared: until then searches may miss what the demo
 * seeding or a rebuild is still adding.
 */
function currentEngine(ctx: AppContext, prepared: () => boolean): SearchEngine {
  return {
    get name() {
      return ctx.engine.name;
    },
    init: (settings) => ctx.engine.init(settings),
    upsert: (docs) => ctx.engine.upsert(docs),
    remove: (ids) => ctx.engine.remove(ids),
    clear: () => ctx.engine.clear(),
    search: (query) => ctx.engine.search(query),
    facetValues: (facet, q, limit) => ctx.engine.facetValues(facet, q, limit),
    timeline: (query, interval) => ctx.engine.timeline(query, interval),
    scan: (query, after, limit) => ctx.engine.scan(query, after, limit),
    count: () => ctx.engine.count(),
    close: () => ctx.engine.close(),
    health: async () => {
      const health = await ctx.engine.health();
      return prepared() || !health.ok ? health : { ...health, ok: false, detail: 'preparing the index (demo pages, rebuild)' };
    },
  };
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
