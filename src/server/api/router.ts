/**
 * @module The JSON API under /api: search, one article, facet values (autocomplete), writes,
 * and the OpenAPI description. Handlers parse input with zod, call one function, shape the answer.
 */
import { Router, type RequestHandler } from 'express';
import type { AppDeps } from '../deps.js';
import { HttpError, notFound } from '../http-error.js';
import type { AppMetrics } from '../metrics.js';
import { openApiDocument } from '../openapi.js';
import { apiDocsPage, type ApiDescription } from '../views/api-docs.js';
import { parseFacetParams, parseSearchParams, rejectUnknownParams } from '../params.js';
import { searchResponseBody, type SearchService } from '../search-service.js';
import { researchRoutes } from './research.js';
import { batchRoutes } from './batch.js';
import { writeRoutes } from './write.js';

const ARTICLE_ID = /^[0-9a-f]{16}$/;
const JSON_TYPE = 'application/json; charset=utf-8'; // what res.json sends

export function apiRouter(deps: AppDeps, service: SearchService, metrics: AppMetrics): Router {
  const router = Router();

  router.get('/search', (async (req, res) => {
    rejectUnknownParams(req.query, 'search');
    const { query, timed, didYouMean } = await service.answer(parseSearchParams(req.query));
    const { head, tail } = searchResponseBody(query, timed, didYouMean);
    // Sent as bytes, without res.send's ETag: the body carries tookMs, so no two answers share an
    // ETag and hashing the whole body per request would buy no 304s.
    res.setHeader('Content-Type', JSON_TYPE);
    res.setHeader('Content-Length', head.length + tail.length);
    res.cork(); // headers, head and tail leave in one write; end() uncorks
    res.write(head);
    res.end(tail);
  }) as RequestHandler);

  router.get('/articles/:id', (async (req, res) => {
    const id = String(req.params.id);
    const doc = ARTICLE_ID.test(id) ? await deps.getDocument(id) : null;
    if (doc === null) throw notFound('article');
    res.json(doc);
  }) as RequestHandler);

  router.get('/facets/:facet', (async (req, res) => {
    rejectUnknownParams(req.query, 'facets');
    const { facet, q, limit } = parseFacetParams(String(req.params.facet), req.query);
    res.json(await metrics.timeEngine('facetValues', () => service.filters.facetValues(facet, q, limit)));
  }) as RequestHandler);

  researchRoutes(router, deps, service);
  writeRoutes(router, deps);
  batchRoutes(router, deps, metrics);

  router.get('/openapi.json', (_req, res) => {
    res.json(openApiDocument);
  });

  // the same description for people, rendered once: it never changes while the process runs
  const docsPage = apiDocsPage(openApiDocument as unknown as ApiDescription).value;
  router.get('/docs', (_req, res) => {
    res.type('html').send(docsPage);
  });

  router.use((req) => {
    throw new HttpError(404, 'not_found', `no such endpoint: ${req.method} ${req.baseUrl}${req.path}`);
  });
  return router;
}
