/**
 * @module The research pages: entity profiles at /persons/:name and /nations/:name, and the trends
 * chart at /trends. A bad parameter renders the page itself with the message and 400, its
 * parameters kept, as the search page does; an unavailable engine renders it with 503.
 */
import { Router, type Request, type RequestHandler } from 'express';
import { EngineError, InputError } from '../errors.js';
import { TRACKING_PARAM } from '../tracking-params.js';
import { INTERVALS } from '../search/engine.js';
import type { AppDeps } from './deps.js';
import { describeError } from './error-middleware.js';
import { sendPage } from './send-page.js';
import { parseSearchParams, rejectUnknownParams } from './params.js';
import { entityProfile, type EntityFacet } from './research/profile.js';
import { parseTrendsParams, trends } from './research/trends.js';
import type { SearchService } from './search-service.js';
import { errorPage } from './views/error-page.js';
import { profilePage, profileProblemPage } from './views/profile-page.js';
import { stateAsGiven } from './views/state-as-given.js';
import { trendsPage, type Measure, type TrendsModel } from './views/trends-page.js';

const MEASURES: readonly Measure[] = ['count', 'share'];

export function researchPageRouter(deps: AppDeps, service: SearchService): Router {
  const router = Router();
  const profile = (facet: EntityFacet): RequestHandler =>
    (async (req, res) => {
      const name = String(req.params.name);
      try {
        const query = withoutTracking(req);
        // the filters only, as /api/entities: a profile has its own orders and lengths
        rejectUnknownParams(query, 'filters');
        const answer = await entityProfile(service, deps.entities, facet, name, parseSearchParams(query));
        if (!answer.found) {
          const { value, suggestions } = answer.unmatched;
          const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : '';
          sendPage(res, 404, errorPage(404, `No ${facet === 'nations' ? 'nation' : 'person'} “${value}” in this archive.${hint}`));
          return;
        }
        sendPage(res, 200, profilePage(answer.profile));
      } catch (err) {
        const { status, message } = pageProblem(err);
        sendPage(res, status, profileProblemPage({ facet, name, filters: stateAsGiven(req.query), problem: message }));
      }
    }) as RequestHandler;
  router.get('/persons/:name', profile('persons'));
  router.get('/nations/:name', profile('nations'));

  router.get('/trends', (async (req, res) => {
    const query = withoutTracking(req);
    const model = trendsAsGiven(query);
    try {
      rejectUnknownParams(query, 'none', ['series', 'from', 'to', 'interval', 'measure']);
      const request = parseTrendsParams(query);
      model.measure = parseMeasure(query.measure);
      if (request.specs.length > 0) model.trends = await trends(service, request);
      sendPage(res, 200, trendsPage(model));
    } catch (err) {
      const { status, message } = pageProblem(err);
      sendPage(res, status, trendsPage({ ...model, problem: message }));
    }
  }) as RequestHandler);
  return router;
}

/** The query string without tracking tags. */
function withoutTracking(req: Request): Record<string, unknown> {
  return Object.fromEntries(Object.entries(req.query).filter(([key]) => !TRACKING_PARAM.test(key)));
}

/** The form as it was filled in, kept when a parameter is refused (series and dates as typed). */
function trendsAsGiven(query: Record<string, unknown>): TrendsModel {
  const series: unknown[] = Array.isArray(query.series) ? query.series : query.series === undefined ? [] : [query.series];
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    specs: series
      .map(text)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
    from: text(query.from),
    to: text(query.to),
    interval: INTERVALS.find((i) => i === query.interval) ?? '',
    measure: query.measure === 'share' ? 'share' : 'count',
    trends: null,
  };
}

/** `measure`: count (the default, also for an empty form field) or share; anything else is refused, as a bad interval is. */
function parseMeasure(value: unknown): Measure {
  if (value === undefined || value === '') return 'count';
  const measure = MEASURES.find((m) => m === value);
  if (measure === undefined) throw new InputError('invalid_parameter', 'measure', `measure must be one of ${MEASURES.join(', ')}`);
  return measure;
}

/** What a page drawn with a message says, and its status (as the API's): a refused parameter or an engine failure; other errors are rethrown. */
function pageProblem(err: unknown): { status: number; message: string } {
  if (!(err instanceof InputError) && !(err instanceof EngineError)) throw err;
  const { status, body } = describeError(err);
  return { status, message: body.error.message };
}
