/**
 * @module POST /api/batch: up to 1,000 names or queries, one answer each (src/server/batch/).
 * The body is JSON `{"lines": [..]}` or text/plain with one line per line. The answer is JSON,
 * or CSV with `?format=csv` or `Accept: text/csv` (the parameter wins).
 */
import express, { type Request, type RequestHandler, type Router } from 'express';
import { InputError } from '../../errors.js';
import { linesFromJson, linesFromText, type BatchLine } from '../batch/input.js';
import { BatchLookup } from '../batch/lookup.js';
import { batchCsv, batchJson, CSV_FILE_NAME, CSV_TYPE } from '../batch/table.js';
import { isUnparsableJson, NOT_JSON_MESSAGE } from '../error-middleware.js';
import { HttpError } from '../http-error.js';
import type { AppDeps } from '../deps.js';
import type { AppMetrics } from '../metrics.js';
import { SearchService } from '../search-service.js';

/**
 * 1,000 lines of up to 512 characters take 1.5 MB as UTF-8 at 3 bytes a character, twice that
 * when JSON escapes every one as \uXXXX; more is not a batch this endpoint would accept.
 */
export const MAX_BATCH_BODY_BYTES = 4 * 1024 * 1024;

export function batchRoutes(router: Router, deps: AppDeps, metrics: AppMetrics): void {
  const lookup = new BatchLookup(uncachedService(deps, metrics));
  const parsers = [
    // not strict: `null` or `"x"` parse, and linesFromJson refuses them as not an object, not as "not JSON"
    namingLines(express.json({ limit: MAX_BATCH_BODY_BYTES, strict: false })),
    express.text({ type: 'text/plain', limit: MAX_BATCH_BODY_BYTES }),
  ];
  router.post('/batch', ...parsers, (async (req, res) => {
    const format = answerFormat(req);
    const lines = batchLines(req);
    const start = performance.now();
    const answers = await lookup.run(lines);
    if (format === 'csv') {
      res.type(CSV_TYPE).attachment(CSV_FILE_NAME).send(batchCsv(answers));
      return;
    }
    res.json(batchJson(answers, Math.round((performance.now() - start) * 10) / 10));
  }) as RequestHandler);
}

/**
 * The server's search without its result cache: a batch's searches are one-offs, and up to 2,000
 * of them would push every cached search of the site's visitors out of the cache.
 */
export function uncachedService(deps: AppDeps, metrics?: AppMetrics): SearchService {
  return new SearchService(deps.engine, metrics, false, deps.entities);
}

/** JSON that does not parse is a bad `lines` (docs/interfaces.md, POST /api/batch), as every other refusal of a batch body is. */
function namingLines(jsonParser: RequestHandler): RequestHandler {
  return (req, res, next) => {
    void jsonParser(req, res, (err?: unknown) => {
      next(isUnparsableJson(err) ? new InputError('invalid_body', 'lines', NOT_JSON_MESSAGE) : err);
    });
  };
}

function batchLines(req: Request): BatchLine[] {
  if (req.is('application/json')) return linesFromJson(req.body);
  if (req.is('text/plain')) return linesFromText(typeof req.body === 'string' ? req.body : '');
  throw new HttpError(415, 'unsupported_media_type', 'send the lines as application/json {"lines": [..]} or as text/plain, one per line');
}

/** `format` (json or csv) is the one query parameter; without it, the Accept header chooses. */
function answerFormat(req: Request): 'json' | 'csv' {
  const unknown = Object.keys(req.query).find((k) => k !== 'format');
  if (unknown !== undefined) {
    throw new InputError('invalid_parameter', unknown.slice(0, 64), `unknown parameter "${unknown.slice(0, 64)}" (known: format)`);
  }
  const format = req.query.format;
  if (format === undefined || format === '') return req.accepts(['json', 'csv']) === 'csv' ? 'csv' : 'json';
  if (format === 'json' || format === 'csv') return format;
  throw new InputError('invalid_parameter', 'format', 'format must be one of json, csv');
}
