/**
 * @module Starting the real server over an AppContext: 1. prepare the index (src/app: seed an
 * empty archive with the demo pages when asked, rebuild an outdated or lost index), 2. start the
 * background indexer (drains the outbox, retries engine outages), 3. listen. `close()` stops accepting, waits for requests in flight, stops the indexer.
 * Used by `serve` and by the end-to-end tests (port 0).
 */
import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { prepareIndex } from '../app/index.js';
import type { AppContext } from '../app/index.js';
import { startBackgroundIndexer } from '../pipeline/index.js';
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
  await prepareIndex(ctx, { demo: opts.demo, demoDir: opts.demoDir ?? DEMO_PAGES_DIR });
  // The indexer writes through a wrapper that announces each change: cached results are dropped
  // as soon as new documents are searchable.
  const changes = new EventEmitter();
  const engine = notifyingEngine(ctx.engine, () => changes.emit('change'));
  const indexer = startBackgroundIndexer({ ...ctx, engine }, { intervalMs: opts.indexIntervalMs });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const app = createApp(
    contextDeps(ctx, {
      afterWrite: () => indexer.kick(),
      metrics: registry,
      rateLimit: opts.rateLimit,
      searchCache: opts.searchCache ?? SEARCH_CACHE_DEFAULTS,
      onIndexChange: (listener) => changes.on('change', listener),
    }),
  );
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
    close: () => (closing ??= shutdown(server, () => indexer.stop())),
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
