/**
 * @module GET /feeds/search.atom?<the parameters of /api/search>: any search as an Atom feed of
 * its 50 newest articles, with ETag and Last-Modified so feed readers poll with a conditional GET
 * and get 304 while nothing changed. Parameters are read and refused as /api/search reads them
 * (400 JSON naming the parameter); `sort`, `page` and `perPage` are accepted and overridden.
 */
import { Router, type ErrorRequestHandler, type Request, type RequestHandler } from 'express';
import { EngineError, InputError } from '../errors.js';
import { atomFeed } from './atom.js';
import { etagOf, notModified } from './conditional-get.js';
import { describeError } from './error-middleware.js';
import { parseSearchParams, rejectUnknownParams } from './params.js';
import type { SearchService } from './search-service.js';
import { ATOM_TYPE, FEED_PATH } from './views/feed-link.js';
import { stateFromQuery } from './views/urls.js';

/** Entries per feed: what a reader shows as "new" between polls, and a cheap engine call. */
export const FEED_ENTRIES = 50;
// Readers poll every half hour or so; a shared cache may keep a copy this long.
const CACHE_CONTROL = 'public, max-age=300';

export function feedRouter(service: SearchService): Router {
  const router = Router();
  router.get(FEED_PATH, (async (req, res) => {
    rejectUnknownParams(req.query, 'search');
    const asked = parseSearchParams(req.query);
    // newest first whatever was asked, and no facet counting: a feed shows none
    const { query, timed } = await service.answer({ ...asked, sort: 'newest', page: 1, perPage: FEED_ENTRIES, facetLimit: 0 });
    const { xml, updated } = atomFeed({ origin: originOf(req), state: stateFromQuery(query), hits: timed.result.hits });
    const body = Buffer.from(xml, 'utf8');
    const etag = etagOf(body);
    const lastModified = new Date(updated);
    res.setHeader('ETag', etag);
    res.setHeader('Last-Modified', lastModified.toUTCString());
    res.setHeader('Cache-Control', CACHE_CONTROL);
    if (notModified(req, etag, lastModified)) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', `${ATOM_TYPE}; charset=utf-8`);
    res.setHeader('Content-Length', body.length);
    res.end(body);
  }) as RequestHandler);
  router.use(feedErrors);
  return router;
}

/** The scheme and host the client used: a feed's links must be absolute for every reader to follow them. */
function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** A feed is read by programs, as the API is: a refused parameter or a down engine answers JSON, not a page. */
const feedErrors: ErrorRequestHandler = (err, _req, res, next) => {
  if (!(err instanceof InputError || err instanceof EngineError)) {
    next(err);
    return;
  }
  const { status, body } = describeError(err);
  res.status(status).json(body);
};
