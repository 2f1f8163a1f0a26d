/**
 * @module The only code in the project that calls fetch. Every request is bounded: a deadline
 * (AbortSignal), a body size cap (streamed, aborted past it), a redirect limit with each hop
 * checked by the caller (scheme, host, robots), a content-type check, and retries with backoff
 * on 429/5xx/network errors only. Conditional GET headers are sent when the caller has validators.
 */
import { gunzipSync } from 'node:zlib';
import type { FetchedPage } from '../store/index.js';
import { parseRetryAfter, retryWait } from './backoff.js';
import { accepts, kindFromContentType, sniffKind } from './content-type.js';
import type { Accept } from './content-type.js';
import type { FetchOptions } from './options.js';
import { normalizeUrl } from './url.js';

export interface FetchRequest {
  url: string;
  accept: Accept;
  /** validators from the last stored copy: sent as If-None-Match / If-Modified-Since */
  conditional?: { etag?: string; lastModified?: string };
  /** asked before every request (the first URL and each redirect target): a refusal reason, or null to go ahead */
  checkUrl?: (url: string) => Promise<string | null> | string | null;
}

export type FetchResult =
  | { kind: 'ok'; page: FetchedPage; finalUrl: string; bodyKind: 'html' | 'xml' | 'other'; attempts: number }
  | { kind: 'not_modified'; finalUrl: string; attempts: number }
  | { kind: 'failed'; reason: string; status: number | null; attempts: number }
  | { kind: 'skipped'; reason: string; status: number | null; attempts: number };

// One attempt's result before the retry decision.
type Attempt =
  | { kind: 'ok'; page: FetchedPage; finalUrl: string; bodyKind: 'html' | 'xml' | 'other' }
  | { kind: 'not_modified'; finalUrl: string }
  | { kind: 'failed'; reason: string; status: number | null; retryable?: boolean; retryAfterMs?: number | null }
  | { kind: 'skipped'; reason: string; status: number | null };

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NOT_MODIFIED = 304;
const TOO_MANY_REQUESTS = 429;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Fetch one URL with retries. Never throws for network or HTTP trouble: the result says why. */
export async function fetchPage(req: FetchRequest, opts: FetchOptions): Promise<FetchResult> {
  const random = opts.random ?? Math.random;
  const sleep = opts.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    const result = await fetchFollowingRedirects(req, opts);
    const attempts = attempt + 1;
    if (result.kind === 'failed' && result.retryable === true && attempt < opts.retries) {
      await sleep(
        retryWait(
          attempt,
          result.retryAfterMs ?? null,
          {
            baseMs: opts.backoffBaseMs,
            maxMs: opts.backoffMaxMs,
            maxRetryAfterMs: opts.maxRetryAfterMs,
          },
          random,
        ),
      );
      continue;
    }
    if (result.kind === 'failed') return { kind: 'failed', reason: result.reason, status: result.status, attempts };
    return { ...result, attempts };
  }
}

/** One attempt: the request and up to maxRedirects hops, each checked before it is requested. */
async function fetchFollowingRedirects(req: FetchRequest, opts: FetchOptions): Promise<Attempt> {
  const visited = new Set<string>();
  let current = req.url;
  for (let hop = 0; ; hop++) {
    const refusal = req.checkUrl ? await req.checkUrl(current) : null;
    if (refusal !== null) return { kind: 'skipped', reason: refusal, status: null };
    visited.add(current);
    const outcome = await requestOnce(current, req, opts);
    if (outcome.kind !== 'redirect') return outcome;
    if (hop >= opts.maxRedirects) return { kind: 'failed', reason: 'too_many_redirects', status: outcome.status };
    const next = normalizeUrl(outcome.location, current, { keepTrailingSlash: true });
    if ('refused' in next) return { kind: 'skipped', reason: next.refused, status: outcome.status };
    if (visited.has(next.url)) return { kind: 'failed', reason: 'redirect_loop', status: outcome.status };
    current = next.url;
  }
}

type Once = Attempt | { kind: 'redirect'; location: string; status: number };

async function requestOnce(url: string, req: FetchRequest, opts: FetchOptions): Promise<Once> {
  // One controller for the deadline and the size cap. A plain timer rather than AbortSignal.timeout
  // combined with AbortSignal.any: Node 20 holds the combined sources weakly, and a collected
  // timeout signal never fires (a slow server then holds the request forever).
  const abort = new AbortController();
  const signal = abort.signal;
  const deadline = setTimeout(() => abort.abort(new DOMException('request deadline passed', 'TimeoutError')), opts.timeoutMs);
  try {
    const res = await fetch(url, { redirect: 'manual', signal, headers: requestHeaders(req, opts) });
    const status = res.status;
    if (REDIRECT_STATUSES.has(status)) {
      await res.body?.cancel();
      const location = res.headers.get('location');
      if (location === null) return { kind: 'failed', reason: 'redirect_without_location', status };
      return { kind: 'redirect', location, status };
    }
    if (status === NOT_MODIFIED) {
      await res.body?.cancel();
      return { kind: 'not_modified', finalUrl: url };
    }
    if (status === TOO_MANY_REQUESTS || status >= 500) {
      await res.body?.cancel();
      return {
        kind: 'failed',
        reason: `http_${status}`,
        status,
        retryable: true,
        retryAfterMs: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
      };
    }
    if (status < 200 || status >= 300) {
      await res.body?.cancel();
      return { kind: 'failed', reason: `http_${status}`, status };
    }
    return await readBody(url, res, req, opts, abort);
  } catch (err) {
    return networkFailure(err, signal, opts);
  } finally {
    clearTimeout(deadline);
  }
}

/** Content-type check, size cap while streaming, gunzip for compressed sitemaps. */
async function readBody(url: string, res: Response, req: FetchRequest, opts: FetchOptions, abort: AbortController): Promise<Attempt> {
  const status = res.status;
  const headers = headersRecord(res.headers);
  // fetch has already undone any Content-Encoding: the stored bytes are the decoded body, so
  // headers describing the wire form would mislead whoever reads the raw page later
  delete headers['content-encoding'];
  delete headers['transfer-encoding'];
  const declared = kindFromContentType(headers['content-type'], url);
  if (declared !== undefined && !accepts(req.accept, declared)) {
    abort.abort();
    return { kind: 'skipped', reason: 'content_type', status };
  }
  const length = Number(res.headers.get('content-length'));
  if (Number.isFinite(length) && length > opts.maxBytes) {
    abort.abort();
    return { kind: 'failed', reason: 'too_large', status };
  }
  const raw = await readCapped(res, opts.maxBytes, abort);
  if (raw === null) return { kind: 'failed', reason: 'too_large', status };
  const kind = declared ?? sniffKind(raw);
  if (!accepts(req.accept, kind)) return { kind: 'skipped', reason: 'content_type', status };
  let body = raw;
  if (kind === 'gzip' || (kind === 'xml' && raw[0] === 0x1f && raw[1] === 0x8b)) {
    try {
      body = gunzipSync(raw, { maxOutputLength: opts.maxBytes });
    } catch (err) {
      const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
      return { kind: 'failed', reason: tooBig ? 'too_large' : 'bad_gzip', status };
    }
  }
  headers['content-length'] = String(body.byteLength);
  const page: FetchedPage = { url, fetchedAt: new Date().toISOString(), status, headers, body };
  return { kind: 'ok', page, finalUrl: url, bodyKind: kind === 'html' ? 'html' : kind === 'other' ? 'other' : 'xml' };
}

/** The body, or null once it passes maxBytes (the request is then aborted). */
async function readCapped(res: Response, maxBytes: number, abort: AbortController): Promise<Uint8Array | null> {
  if (res.body === null) return new Uint8Array(0);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      abort.abort();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, total);
}

function requestHeaders(req: FetchRequest, opts: FetchOptions): Record<string, string> {
  const accept =
    req.accept === 'xml'
      ? 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1'
      : 'text/html, application/xhtml+xml;q=0.9, application/xml;q=0.8, */*;q=0.1';
  const headers: Record<string, string> = { 'user-agent': opts.userAgent, accept };
  if (req.conditional?.etag) headers['if-none-match'] = req.conditional.etag;
  if (req.conditional?.lastModified) headers['if-modified-since'] = req.conditional.lastModified;
  return headers;
}

function headersRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
}

function networkFailure(err: unknown, signal: AbortSignal, opts: FetchOptions): Attempt {
  const reason = signal.reason as { name?: string } | undefined;
  if (signal.aborted && reason?.name === 'TimeoutError') {
    return { kind: 'failed', reason: 'timeout', status: null, retryable: opts.retryOnTimeout };
  }
  const name = (err as { name?: string })?.name;
  if (name === 'TimeoutError') return { kind: 'failed', reason: 'timeout', status: null, retryable: opts.retryOnTimeout };
  return { kind: 'failed', reason: 'network', status: null, retryable: true };
}
