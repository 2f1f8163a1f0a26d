/**
 * @module The one place errors become responses: a typed error's code picks the status; JSON for
 * the API and the ops endpoints, an HTML page for pages. Never a stack trace; unknown errors are
 * logged with the request id and answered with a generic 500.
 */
import type { ErrorRequestHandler, Request } from 'express';
import { EngineError, InputError, isArchivistError, ParseError } from '../errors.js';
import type { Logger } from '../log.js';
import { HttpError } from './http-error.js';
import { errorPage } from './views/error-page.js';

export interface ErrorBody {
  error: { code: string; message: string; parameter?: string };
}

const STATUS_BY_CODE: Record<string, number> = {
  invalid_parameter: 400,
  invalid_body: 400,
  invalid_query: 400,
  engine_unavailable: 503,
  index_failed: 502,
  // a page that is not an article (or not HTML) is well-formed JSON with unusable content
  not_html: 422,
  no_article: 422,
  decode_failed: 422,
  read_failed: 422,
  too_large: 413,
};

// Messages for errors whose own message may carry internal detail (engine hosts, SQL).
const PUBLIC_MESSAGES: Record<string, string> = {
  engine_unavailable: 'the search engine is unavailable; try again shortly',
  index_failed: 'the search engine could not complete the request',
};

/** The status and public JSON body for any thrown value. */
export function describeError(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof HttpError) {
    const parameter = err.parameter === undefined ? {} : { parameter: err.parameter };
    return { status: err.status, body: { error: { code: err.code, ...parameter, message: err.message } } };
  }
  if (err instanceof InputError) {
    return { status: 400, body: { error: { code: err.code, parameter: err.parameter, message: err.message } } };
  }
  if (err instanceof EngineError || err instanceof ParseError) {
    const status = STATUS_BY_CODE[err.code] ?? 500;
    return { status, body: { error: { code: err.code, message: PUBLIC_MESSAGES[err.code] ?? err.message } } };
  }
  const bodyParser = bodyParserError(err);
  if (bodyParser) return bodyParser;
  if (isArchivistError(err) && STATUS_BY_CODE[err.code]) {
    return { status: STATUS_BY_CODE[err.code]!, body: { error: { code: err.code, message: err.message } } };
  }
  return { status: 500, body: { error: { code: 'internal', message: 'internal server error' } } };
}

export function errorMiddleware(log: Logger): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const { status, body } = describeError(err);
    if (status >= 500) log.error({ err, reqId: req.id }, 'request failed');
    if (wantsJson(req)) {
      res.status(status).json(body);
      return;
    }
    res.status(status).type('html').send(errorPage(status, body.error.message).value);
  };
}

/** API and ops endpoints answer JSON; everything else is a page. */
export function wantsJson(req: Request): boolean {
  const path = req.originalUrl.split('?')[0]!;
  return path === '/api' || path.startsWith('/api/') || path === '/healthz' || path === '/readyz' || path === '/metrics';
}

/** The message for a body that is not JSON at all (the batch route names `lines` with it). */
export const NOT_JSON_MESSAGE = 'request body is not valid JSON';

/** express.json()'s refusal of a body that does not parse. */
export function isUnparsableJson(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { type?: unknown }).type === 'entity.parse.failed';
}

/**
 * express.json() errors carry `type` and `status`. Two kinds carry only `status` 400: the
 * router's "Failed to decode param" (bad percent-encoding in the path), a URIError; and a
 * compressed body that is not what its Content-Encoding says, a zlib error (`Z_DATA_ERROR`,
 * brotli's `ERR__ERROR_FORMAT_PADDING_2`…). Map them to our codes with fixed messages.
 */
function bodyParserError(err: unknown): { status: number; body: ErrorBody } | null {
  if (typeof err !== 'object' || err === null) return null;
  const status = (err as { status?: unknown }).status;
  if (!('type' in err)) {
    if (status !== 400) return null;
    if (err instanceof URIError) {
      return { status, body: { error: { code: 'bad_request', message: 'the request URL is malformed (bad percent-encoding)' } } };
    }
    // the body stream is all that is left to fail without a type
    const message = isZlibError(err)
      ? 'request body could not be decompressed as its Content-Encoding says'
      : 'request body could not be read';
    return { status, body: { error: { code: 'invalid_body', parameter: 'body', message } } };
  }
  const type = err.type;
  if (type === 'entity.too.large') {
    return { status: 413, body: { error: { code: 'too_large', message: 'request body is too large' } } };
  }
  if (type === 'entity.parse.failed') {
    return { status: 400, body: { error: { code: 'invalid_body', parameter: 'body', message: NOT_JSON_MESSAGE } } };
  }
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { status: 415, body: { error: { code: 'unsupported_media_type', message: 'request body encoding is not supported' } } };
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { status, body: { error: { code: 'invalid_body', parameter: 'body', message: 'request body could not be read' } } };
  }
  return null;
}

/** node:zlib's errors carry a numeric `errno` and a `code` such as Z_DATA_ERROR or ERR__ERROR_FORMAT_PADDING_2. */
function isZlibError(err: object): boolean {
  const { code, errno } = err as { code?: unknown; errno?: unknown };
  return typeof errno === 'number' && typeof code === 'string' && /^(Z_|ERR_)/.test(code);
}
