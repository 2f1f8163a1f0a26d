/**
 * @module Server-rendered pages: the search page at / and the article page at /articles/:id.
 * A bad parameter renders the page with the message (400) instead of JSON, every parameter kept
 * as given so the next change loses no filter; an unavailable engine renders it with a notice (503).
 */
import { Router, type RequestHandler } from 'express';
import { EngineError, InputError } from '../errors.js';
import type { SearchQuery } from '../search/engine.js';
import { batchPageRoutes } from './batch-pages.js';
import type { AppDeps } from './deps.js';
import { describeError } from './error-middleware.js';
import { notFound } from './http-error.js';
import { parseSearchParams } from './params.js';
import { sendPage } from './send-page.js';
import type { SearchService } from './search-service.js';
import { articlePage } from './views/article-page.js';
import { searchPage } from './views/search-page.js';
import { stateAsGiven } from './views/state-as-given.js';
import { backToSearch, stateFromQuery } from './views/urls.js';

const ARTICLE_ID = /^[0-9a-f]{16}$/;

export function pageRouter(deps: AppDeps, service: SearchService): Router {
  const router = Router();

  router.get('/', (async (req, res) => {
    let query: SearchQuery;
    try {
      query = parseSearchParams(req.query);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      sendPage(res, 400, searchPage({ state: stateAsGiven(req.query), result: null, tookMs: 0, problem: err.message, suggestions: [] }));
      return;
    }
    let state = stateFromQuery(query);
    try {
      const answered = await service.answer(query);
      state = stateFromQuery(answered.query);
      const { result, tookMs } = answered.timed;
      const suggestions = result.total === 0 ? await service.suggestions(answered.query) : [];
      const entityNames = (facet: 'nations' | 'persons', label: string) => deps.entities?.namesOf?.(facet, label) ?? [];
      sendPage(res, 200, searchPage({ state, result, tookMs, suggestions, didYouMean: answered.didYouMean, entityNames }));
    } catch (err) {
      if (!(err instanceof EngineError)) throw err;
      const { status, body } = describeError(err);
      sendPage(res, status, searchPage({ state, result: null, tookMs: 0, problem: body.error.message, suggestions: [] }));
    }
  }) as RequestHandler);

  router.get('/articles/:id', (async (req, res) => {
    const id = String(req.params.id);
    const doc = ARTICLE_ID.test(id) ? await deps.getDocument(id) : null;
    if (doc === null) throw notFound('article');
    sendPage(res, 200, articlePage(doc, deps.entities, backToSearch(req.query.back)));
  }) as RequestHandler);

  batchPageRoutes(router, deps);

  return router;
}
