/**
 * @module Request logging with a request id: an incoming X-Request-Id is kept when it looks like
 * an id (so a proxy's id follows the request), otherwise a UUID is made; either way it is returned
 * in the X-Request-Id response header and logged. One line per request when it ends, in
 * pino-http's shape ({req:{id,method,url,remoteAddress}, res:{statusCode}, responseTime}, 'request
 * completed'). Written directly on pino rather than through pino-http: pino-http builds a child
 * logger (serialising the request) and three listeners for every request even when the level is
 * off, ~13% of the server's CPU per API call; here the line is built only if its level is enabled.
 * Headers are not logged (Authorization holds the API key).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler } from 'express';
import type { Logger } from '../log.js';

declare module 'http' {
  interface IncomingMessage {
    /** the request id (X-Request-Id), set by requestLogger */
    id?: string;
  }
}

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

// Static files and probes would drown the interesting lines.
function unlogged(url: string): boolean {
  return url === '/healthz' || url === '/readyz' || url.startsWith('/assets/');
}

export function requestLogger(log: Logger): RequestHandler {
  return (req, res, next) => {
    req.id = requestId(req, res);
    if (!unlogged(req.url)) {
      const start = Date.now();
      // 'close' follows 'finish' on a completed response and also fires alone when the client left.
      res.once('close', () => logEnd(log, req, res, start));
    }
    next();
  };
}

function logEnd(log: Logger, req: Request, res: ServerResponse, start: number): void {
  const status = res.statusCode;
  const level = status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
  if (!log.isLevelEnabled(level)) return;
  const line: Record<string, unknown> = {
    req: { id: req.id, method: req.method, url: req.originalUrl, remoteAddress: req.socket.remoteAddress },
    res: { statusCode: status },
    responseTime: Date.now() - start,
  };
  if (status >= 500) line.err = new Error(`failed with status code ${status}`);
  log[level](line, !res.writableFinished ? 'request aborted' : status >= 500 ? 'request errored' : 'request completed');
}
