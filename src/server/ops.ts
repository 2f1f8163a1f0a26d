/**
 * @module Operations endpoints: /healthz (the process answers), /readyz (the engine answers),
 * /metrics (Prometheus text format).
 */
import { Router, type RequestHandler } from 'express';
import type { SearchEngine } from '../search/engine.js';
import type { AppMetrics } from './metrics.js';

export function opsRouter(engine: SearchEngine, metrics: AppMetrics): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', (async (_req, res) => {
    const health = await metrics
      .timeEngine('health', () => engine.health())
      .catch((err: unknown) => ({ ok: false, engine: engine.name, detail: err instanceof Error ? err.message : String(err) }));
    res.status(health.ok ? 200 : 503).json({ status: health.ok ? 'ready' : 'not_ready', engine: health });
  }) as RequestHandler);
  router.get('/metrics', (async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  }) as RequestHandler);
  return router;
}
