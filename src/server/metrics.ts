/**
 * @module Prometheus metrics: request durations by route and status, engine latency, archive
 * size and outbox backlog. One registry per app so several apps (tests) never collide.
 */
import { Gauge, Histogram } from 'prom-client';
import type { Registry } from 'prom-client';
import type { RequestHandler } from 'express';
import type { ArchiveStats } from './deps.js';

// Buckets (seconds) spanning a cached facet query to a slow broad query.
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export interface AppMetrics {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  engineDuration: Histogram<'operation' | 'outcome'>;
  /**
   * time an engine call, labelled by operation and ok/error: error when it throws, or when
   * `failed` says its answer reports a failure (a health check that answers `{ok: false}`)
   */
  timeEngine<T>(operation: string, fn: () => Promise<T>, failed?: (out: T) => boolean): Promise<T>;
  middleware: RequestHandler;
}

export function createMetrics(registry: Registry, stats: () => ArchiveStats | Promise<ArchiveStats>): AppMetrics {
  const httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const engineDuration = new Histogram({
    name: 'archivist_engine_duration_seconds',
    help: 'search engine call duration by operation',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  // Read at scrape time (two cheap COUNT queries), so the figures are never stale.
  const readStats = async (): Promise<ArchiveStats> => stats();
  new Gauge({
    name: 'archivist_documents',
    help: 'documents in the archive',
    registers: [registry],
    async collect() {
      this.set((await readStats()).documents);
    },
  });
  new Gauge({
    name: 'archivist_outbox_pending',
    help: 'archive changes not yet confirmed by the search engine',
    registers: [registry],
    async collect() {
      this.set((await readStats()).pendingIndex);
    },
  });

  // A start time and one observe: startTimer() builds two closures and merges label objects.
  const middleware: RequestHandler = (req, res, next) => {
    const start = performance.now();
    res.once('finish', () => {
      const route = routeLabel(req.originalUrl, (req.route as { path?: unknown } | undefined)?.path, res.statusCode);
      httpDuration.observe({ method: req.method, route, status: String(res.statusCode) }, (performance.now() - start) / 1000);
    });
    next();
  };

  async function timeEngine<T>(operation: string, fn: () => Promise<T>, failed?: (out: T) => boolean): Promise<T> {
    const end = engineDuration.startTimer({ operation });
    try {
      const out = await fn();
      end({ outcome: failed?.(out) === true ? 'error' : 'ok' });
      return out;
    } catch (err) {
      end({ outcome: 'error' });
      throw err;
    }
  }

  return { registry, httpDuration, engineDuration, timeEngine, middleware };
}

/** The route pattern, never the raw URL: ids and query strings would explode label cardinality. */
// (req.baseUrl is already reset when an error left the router, so the mount is derived from the
// URL: /api is the only router mounted under a prefix.)
function routeLabel(originalUrl: string, path: unknown, status: number): string {
  const api = originalUrl.startsWith('/api/');
  if (typeof path === 'string') return api ? `/api${path}` : path;
  if (originalUrl.startsWith('/assets/')) return '/assets';
  return status === 404 ? 'unmatched' : 'other';
}
