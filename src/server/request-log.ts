/**
 * @module Request logging (pino-http) with a request id: an incoming X-Request-Id is kept when it
 * looks like an id (so a proxy's id follows the request), otherwise a UUID is made; either way it
 * is returned in the X-Request-Id response header. Headers are not logged (Authorization holds
 * the API key).
 * pino-http (as issue 5 asks) builds a child logger per request; a hand-made logger on pino
 * measured a little cheaper, but not enough to give up the kept library.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../log.js';

// Ids from upstream proxies are UUIDs or short tokens; anything else (newlines, megabytes) could
// forge log lines or bloat them, so it is replaced.
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;
export const REQUEST_ID_HEADER = 'X-Request-Id';

export function requestId(req: IncomingMessage, res: ServerResponse): string {
  const incoming = req.headers['x-request-id'];
  const id = typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export function requestLogger(log: Logger) {
  return pinoHttp({
    logger: log,
    genReqId: requestId,
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    serializers: {
      req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url,
        remoteAddress: req.remoteAddress,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // Static files and probes would drown the interesting lines.
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' || (req.url ?? '').startsWith('/assets/') },
  });
}
