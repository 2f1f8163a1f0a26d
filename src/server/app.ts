/**
 * @module createApp(deps): the Express app (no listening; `serve` listens, tests hand the app to
 * supertest). Order: request id + log, metrics, security headers, a well-formed query string,
 * static assets, ops endpoints, the rate-limited API, pages, 404, then the one error mapper.
 */
import express, { type Express } from 'express';
import { rateLimit } from 'express-rate-limit';
import { Registry } from 'prom-client';
import { apiRouter } from './api/router.js';
import { assetsHandler } from './assets.js';
import { RATE_LIMIT_DEFAULTS, type AppDeps, type RateLimitOptions } from './deps.js';
import { errorMiddleware } from './error-middleware.js';
import { feedRouter } from './feeds.js';
import { HttpError, notFound } from './http-error.js';
import { createMetrics } from './metrics.js';
import { opsRouter } from './ops.js';
import { pageRouter } from './pages.js';
import { requireWellFormedQuery } from './query-string.js';
import { researchPageRouter } from './research-pages.js';
import { requestLogger } from './request-log.js';
import { securityHeaders } from './security-headers.js';
import { SearchService } from './search-service.js';

// The page loads only its own CSS and JS and calls only its own origin. No inline script or
// style anywhere, so none is allowed; the chart's sizes are SVG attributes, not style="".
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

export function createApp(deps: AppDeps): Express {
  const app = express();
  const metrics = createMetrics(deps.metrics ?? new Registry(), () => deps.stats());
  const service = new SearchService(deps.engine, metrics, deps.searchCache ?? false, deps.entities);
  deps.onIndexChange?.(() => service.invalidate());
  app.set('query parser', 'simple'); // repeated keys become arrays; no nested objects from a[b]=
  app.set('x-powered-by', false);
  app.use(requestLogger(deps.log));
  app.use(metrics.middleware);
  // HSTS is left to the TLS-terminating proxy: the app itself serves plain HTTP on loopback.
  app.use(securityHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY, strictTransportSecurity: false }));
  app.use(requireWellFormedQuery); // before any route reads req.query
  app.use('/assets', assetsHandler());
  app.use(opsRouter(deps.engine, metrics));
  const limit = deps.rateLimit ?? RATE_LIMIT_DEFAULTS;
  if (limit !== false) app.use('/api', apiRateLimit(limit));
  const afterWrite = () => {
    service.invalidate();
    deps.afterWrite?.();
  };
  app.use('/api', apiRouter({ ...deps, afterWrite }, service, metrics));
  app.use(feedRouter(service));
  app.use(pageRouter(deps, service));
  app.use(researchPageRouter(deps, service));
  app.use(() => {
    throw notFound('page');
  });
  app.use(errorMiddleware(deps.log));
  return app;
}

function apiRateLimit({ windowMs, limit }: RateLimitOptions) {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new HttpError(429, 'rate_limited', 'too many requests; slow down and retry shortly')),
  });
}
