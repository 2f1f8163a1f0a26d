/**
 * @module POST /api/articles: a page `{url, html}` (parsed by the pipeline) or a whole Document,
 * stored and queued for indexing. The key is checked before the body is read, so an
 * unauthenticated client cannot make the server parse megabytes.
 */
import express, { type RequestHandler, type Router } from 'express';
import { z } from 'zod';
import { Document } from '../../document.js';
import { InputError } from '../../errors.js';
import { MAX_PAGE_BYTES } from '../../extract/limits.js';
import { requireApiKey } from '../auth.js';
import type { AppDeps, SubmitInput } from '../deps.js';
import { HttpError } from '../http-error.js';

// JSON escaping can double a page's size (quotes, non-ASCII as \uXXXX); above this the HTML
// inside is over MAX_PAGE_BYTES anyway.
export const MAX_BODY_BYTES = 2 * MAX_PAGE_BYTES + 64 * 1024;

const httpUrl = z
  .string()
  .max(2048, 'url must be at most 2048 characters')
  .url('url must be an absolute URL')
  .refine(isHttpUrl, 'url must be http or https');

export const PageBody = z.object({
  url: httpUrl,
  // its upper limit is a 413, not a 400: refuseOversizedPage checks it first
  html: z.string().min(1, 'html must not be empty'),
});

export const DocumentBody = Document.extend({ url: httpUrl });

export function writeRoutes(router: Router, deps: AppDeps): void {
  // not strict: `null` or `"x"` parse, and parseBody refuses them as not an object, not as "not JSON"
  router.post('/articles', requireApiKey(deps.apiKey), requireJson, express.json({ limit: MAX_BODY_BYTES, strict: false }), (async (
    req,
    res,
  ) => {
    const result = await deps.submit(parseBody(req.body));
    deps.afterWrite?.();
    if (result.outcome === 'new') res.status(201).location(`/api/articles/${result.id}`);
    res.json(result);
  }) as RequestHandler);
}

const requireJson: RequestHandler = (req, _res, next) => {
  if (!req.is('application/json')) throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  next();
};

/** `{url, html}` -> a page to parse; anything else must be a Document. */
export function parseBody(body: unknown): SubmitInput {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InputError('invalid_body', 'body', 'body must be a JSON object: {url, html} or a Document');
  }
  if ('html' in body) {
    refuseOversizedPage(body.html);
    const page = parseWith(PageBody, body);
    return { kind: 'page', url: page.url, html: page.html };
  }
  // a url with no Document fields beside it was meant as a page: say that its html is what is missing
  if ('url' in body && !('id' in body) && !('title' in body) && !('paragraphs' in body)) {
    throw new InputError(
      'invalid_body',
      'html',
      'html is missing: send {url, html} (a page to parse) or a whole Document (docs/document.md)',
    );
  }
  return { kind: 'document', document: parseWith(DocumentBody, body) };
}

/** A page over the limit is a body too large (413, docs/interfaces.md), though the body was under its own limit. */
function refuseOversizedPage(html: unknown): void {
  if (typeof html === 'string' && html.length > MAX_PAGE_BYTES) {
    throw new HttpError(413, 'too_large', `html must be at most ${MAX_PAGE_BYTES} characters`, 'html');
  }
}

// zod runs every check even after .url() failed, so this one must not throw on garbage.
function isHttpUrl(u: string): boolean {
  try {
    return /^https?:$/i.test(new URL(u).protocol);
  } catch {
    return false;
  }
}

function parseWith<T extends z.ZodType>(schema: T, body: unknown): z.output<T> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.join('.') : 'body';
  throw new InputError('invalid_body', field, issue.message.startsWith(field) ? issue.message : `${field}: ${issue.message}`);
}
