/**
 * @module Bearer API key for writes. Keys are compared as SHA-256 digests with timingSafeEqual,
 * so neither the key's content nor its length leaks through response timing. No key configured
 * means writes are refused outright.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

export function requireApiKey(apiKey: string | undefined): RequestHandler {
  const expected = apiKey === undefined ? null : digest(apiKey);
  return (req, res, next) => {
    if (expected === null) {
      throw new HttpError(403, 'writes_disabled', 'writes are disabled: the server has no ARCHIVIST_API_KEY');
    }
    const match = BEARER.exec(req.get('authorization') ?? '');
    if (!match) {
      res.set('WWW-Authenticate', 'Bearer realm="archivist"');
      throw new HttpError(401, 'unauthorized', 'an API key is required: Authorization: Bearer <key>');
    }
    if (!timingSafeEqual(digest(match[1]!), expected)) {
      throw new HttpError(403, 'forbidden', 'the API key is not valid');
    }
    next();
  };
}

function digest(key: string): Buffer {
  return createHash('sha256').update(key, 'utf8').digest();
}
