/**
 * @module Refuses a query string that is not well-formed percent-encoded UTF-8 (`%ZZ`, a `%` at
 * the end, `%E0%A4%A`, `%C0%AF`), for every route: the query parser would otherwise keep such
 * escapes as literal text or decode them to U+FFFD, and a search for "�%A" answers as if the
 * client had asked for it. docs/interfaces.md, Errors: 400 bad_request.
 */
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

export const MALFORMED_QUERY_MESSAGE = 'the request URL is malformed (bad percent-encoding in the query string)';

export const requireWellFormedQuery: RequestHandler = (req, _res, next) => {
  const at = req.url.indexOf('?');
  if (at !== -1 && !isWellFormed(req.url.slice(at + 1))) throw new HttpError(400, 'bad_request', MALFORMED_QUERY_MESSAGE);
  next();
};

/**
 * decodeURIComponent throws exactly when an escape is malformed or the bytes are not UTF-8
 * (overlong forms and surrogates included). `+`, `&` and `=` are plain characters to it, so the
 * whole query string can be checked at once.
 */
function isWellFormed(query: string): boolean {
  if (!query.includes('%')) return true;
  try {
    decodeURIComponent(query);
    return true;
  } catch {
    return false;
  }
}
