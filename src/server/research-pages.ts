/**
 * @module The research pages: entity profiles at /persons/:name and /nations/:name, and the trends
 * chart at /trends. A bad parameter renders the page's message with 400, as the search page does.
 */
import { Router, type RequestHandler } from 'express';
import { EngineError, InputError } from '../errors.js';
import type { AppDeps } from './deps.js';
import { describeError } from './error-middleware.js';
import { sendPage } from './send-page.js';
import { parseSearchParams, rejectUnknownParams } from './params.js';
import { entityProfile, type EntityFacet } from './research/profile.js';
import { parseTrendsParams, trends } from './research/trends.js';
import type { SearchService } from './search-service.js';
import { errorPage } from './views/error-page.js';
import { profilePage } from './views/profile-page.js';
import { trendsPage, type TrendsModel } from './views/trends-page.js';

export function researchPageRouter(deps: AppDeps, service: SearchService): Router {
  const router = Router();
  const profile = (facet: EntityFacet): RequestHandler =>
    (async (req, res) => {
      rejectUnknownParams(req.query, 'search');
      const answer = await entityProfile(service, deps.entities, facet, String(req.params.name), parseSearchParams(req.query));
      if (!answer.found) {
        const { value, suggestions } = answer.unmatched;
        const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : '';
        sendPage(res, 404, errorPage(404, `No ${facet === 'nations' ? 'nation' : 'person'} “${value}” in this archive.${hint}`));
        return;
      }
      sendPage(res, 200, profilePage(answer.profile));
    }) as RequestHandler;
  router.get('/persons/:name', profile('persons'));
  router.get('/nations/:name', profile('nations'));

  router.get('/trends', (async (req, res) => {
    const model: TrendsModel = { specs: [], from: '', to: '', interval: '', measure: 'count', trends: null };
    try {
      rejectUnknownParams(req.query, 'none', ['series', 'from', 'to', 'interval', 'measure']);
      const request = parseTrendsParams(req.query);
      model.specs = request.specs;
      model.from = typeof req.query.from === 'string' ? req.query.from : '';
      model.to = typeof req.query.to === 'string' ? req.query.to : '';
      model.interval = request.interval ?? '';
      model.measure = req.query.measure === 'share' ? 'share' : 'count';
      if (request.specs.length > 0) model.trends = await trends(service, request);
      sendPage(res, 200, trendsPage(model));
    } catch (err) {
      if (!(err instanceof InputError) && !(err instanceof EngineError)) throw err;
      const status = err instanceof InputError ? 400 : describeError(err).status;
      sendPage(res, status, trendsPage({ ...model, problem: err.message }));
    }
  }) as RequestHandler);
  return router;
}
