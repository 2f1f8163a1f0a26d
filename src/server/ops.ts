/**
 * @module Operations endpoints: /healthz (the process answers), /readyz (the engine answers:
 * ready, reindexing or not_ready), /metrics (Prometheus text format).
 */
import { Router, type RequestHandler } from 'express';
import type { EngineHealth, SearchEngine } from '../search/engine.js';
import type { AppMetrics } from './metrics.js';

export function opsRouter(engine: SearchEngine, metrics: AppMetrics): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (async (_req, res) => {
    // An engine that is down or refuses the key answers {ok: false} rather than throwing: counted
    // as an error too, so the metric agrees with this endpoint's 503.
    const health = await metrics
      .timeEngine(
        'health',
        () => engine.health(),
        (h) => !h.ok,
      )
      .catch((err: unknown): EngineHealth => ({
        ok: false,
        engine: engine.name,
        detail: err instanceof Error ? err.message : String(err),
      }));
    // "reindexing": up, but every search waits behind a settings re-index (minutes): a known, passing state
    const status = health.ok ? 'ready' : health.reindexing === true ? 'reindexing' : 'not_ready';
    res.status(health.ok ? 200 : 503).json({ status, engine: health });
  }) as RequestHandler);
  router.get('/metrics', (async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  }) as RequestHandler);
  return router;
}
