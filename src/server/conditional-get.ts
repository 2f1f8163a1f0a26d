/**
 * @module Conditional GET (RFC 9110 §13): whether a client's copy, named by If-None-Match or
 * If-Modified-Since, is still current, so the answer can be 304 with no body. Feed readers poll
 * this way.
 */
import { createHash } from 'node:crypto';
import type { Request } from 'express';

/** A strong validator of a body: the first 128 bits of its SHA-256, quoted. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/**
 * True when the client already holds this representation. If-None-Match wins when present
 * (RFC 9110 §13.2.2: If-Modified-Since is then ignored) and is compared weakly, as a GET allows;
 * If-Modified-Since compares whole seconds, the precision of an HTTP date.
 */
export function notModified(req: Request, etag: string, lastModified: Date): boolean {
  const noneMatch = req.get('if-none-match');
  if (noneMatch !== undefined) {
    if (noneMatch.trim() === '*') return true;
    return noneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = req.get('if-modified-since');
  if (since === undefined) return false;
  const sinceMs = Date.parse(since);
  return !Number.isNaN(sinceMs) && Math.floor(lastModified.getTime() / 1000) * 1000 <= sinceMs;
}

function opaque(tag: string): string {
  const t = tag.trim();
  return t.startsWith('W/') ? t.slice(2) : t;
}
