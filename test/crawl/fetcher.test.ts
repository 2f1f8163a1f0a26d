/**
 * The fetcher alone against a tiny server on 127.0.0.1: retries and their waits, Retry-After,
 * conditional GET, redirect checks, size and type checks, timeouts, refused connections.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { fetchPage, FETCH_DEFAULTS } from '../../src/crawl/index.js';
import type { FetchOptions, FetchRequest } from '../../src/crawl/index.js';

let base = '';
const hits = new Map<string, number>();
const seen = new Map<string, IncomingHttpHeaders>();
const hanging = new Set<ServerResponse>();
const server = createServer((req, res) => {
  const path = req.url ?? '/';
  const n = (hits.get(path) ?? 0) + 1;
  hits.set(path, n);
  seen.set(path, req.headers);
  const reply = (status: number, headers: Record<string, string> = {}, body = ''): void => void res.writeHead(status, headers).end(body);
  if (path === '/busy') return n === 1 ? reply(429, { 'retry-after': '1' }) : reply(200, { 'content-type': 'text/html' }, '<p>ok</p>');
  if (path === '/down') return reply(503);
  if (path === '/missing') return reply(404);
  if (path === '/cond') {
    const fresh = req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === 'Wed, 21 Oct 2015 07:28:00 GMT';
    return fresh ? reply(304, { etag: '"v1"' }) : reply(200, { 'content-type': 'text/html', etag: '"v1"' }, '<p>v1</p>');
  }
  if (path === '/to-elsewhere') return reply(302, { location: 'http://elsewhere.example/x' });
  if (path === '/to-script') return reply(302, { location: 'javascript:alert(1)' });
  if (path.startsWith('/chain/')) return reply(301, { location: `/chain/${Number(path.slice(7)) + 1}` });
  if (path === '/declared-huge') return reply(200, { 'content-type': 'text/html', 'content-length': '999999' }, 'x'.repeat(999_999));
  if (path === '/hang') return void hanging.add(res);
  if (path === '/untyped') return void res.end('<html><p>no type</p></html>');
  if (path === '/html') return reply(200, { 'content-type': 'text/html; charset=utf-8' }, '<p>page</p>');
  return reply(404);
});

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function options(waits: number[], extra: Partial<FetchOptions> = {}): FetchOptions {
  return {
    ...FETCH_DEFAULTS,
    timeoutMs: 500,
    retries: 2,
    backoffBaseMs: 100,
    backoffMaxMs: 1_000,
    maxBytes: 100_000,
    random: () => 0,
    sleep: async (ms) => void waits.push(ms),
    ...extra,
  };
}
const req = (path: string, extra: Partial<FetchRequest> = {}): FetchRequest => ({ url: `${base}${path}`, accept: 'html', ...extra });

test('429 waits Retry-After (1 s), then succeeds', async () => {
  const waits: number[] = [];
  const r = await fetchPage(req('/busy'), options(waits));
  assert.equal(r.kind, 'ok');
  assert.equal(r.attempts, 2);
  assert.deepEqual(waits, [1_000]);
  assert.equal(hits.get('/busy'), 2);
});

test('503 retried with exponential backoff, then reported', async () => {
  const waits: number[] = [];
  const r = await fetchPage(req('/down'), options(waits));
  assert.deepEqual(r, { kind: 'failed', reason: 'http_503', status: 503, attempts: 3 });
  assert.deepEqual(waits, [50, 100]); // equal jitter with random 0: half of 100, half of 200
  assert.equal(hits.get('/down'), 3);
});

test('404 is not retried', async () => {
  const waits: number[] = [];
  assert.deepEqual(await fetchPage(req('/missing'), options(waits)), { kind: 'failed', reason: 'http_404', status: 404, attempts: 1 });
  assert.deepEqual(waits, []);
});

test('conditional GET: validators sent, 304 reported as not_modified; our user agent is sent', async () => {
  const withEtag = await fetchPage(req('/cond', { conditional: { etag: '"v1"' } }), options([]));
  assert.deepEqual(withEtag, { kind: 'not_modified', finalUrl: `${base}/cond`, attempts: 1 });
  assert.equal(seen.get('/cond')?.['user-agent'], FETCH_DEFAULTS.userAgent);
  const withDate = await fetchPage(req('/cond', { conditional: { lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' } }), options([]));
  assert.equal(withDate.kind, 'not_modified');
  const fresh = await fetchPage(req('/cond'), options([]));
  assert.equal(fresh.kind === 'ok' && new TextDecoder().decode(fresh.page.body), '<p>v1</p>');
  assert.equal(fresh.kind === 'ok' && fresh.page.headers.etag, '"v1"');
});

test('every redirect hop is checked: off-host and non-http targets are never requested', async () => {
  const asked: string[] = [];
  const checkUrl = (u: string): string | null => (asked.push(u), new URL(u).hostname === '127.0.0.1' ? null : 'off_host');
  assert.deepEqual(await fetchPage(req('/to-elsewhere', { checkUrl }), options([])), {
    kind: 'skipped',
    reason: 'off_host',
    status: null,
    attempts: 1,
  });
  assert.deepEqual(asked, [`${base}/to-elsewhere`, 'http://elsewhere.example/x']);
  assert.deepEqual(await fetchPage(req('/to-script', { checkUrl }), options([])), {
    kind: 'skipped',
    reason: 'scheme',
    status: 302,
    attempts: 1,
  });
});

test('redirect chains stop at maxRedirects', async () => {
  const r = await fetchPage(req('/chain/0'), options([], { maxRedirects: 3 }));
  assert.deepEqual(r, { kind: 'failed', reason: 'too_many_redirects', status: 301, attempts: 1 });
  assert.deepEqual(
    [0, 1, 2, 3, 4].map((i) => hits.get(`/chain/${i}`) ?? 0),
    [1, 1, 1, 1, 0],
  );
});

test('a declared Content-Length over the cap is refused before reading', async () => {
  assert.deepEqual(await fetchPage(req('/declared-huge'), options([])), { kind: 'failed', reason: 'too_large', status: 200, attempts: 1 });
});

test('a server that never answers hits the deadline; timeouts are not retried by default', async () => {
  const started = Date.now();
  assert.deepEqual(await fetchPage(req('/hang'), options([], { timeoutMs: 200 })), {
    kind: 'failed',
    reason: 'timeout',
    status: null,
    attempts: 1,
  });
  assert.ok(Date.now() - started < 2_000);
  assert.equal(hits.get('/hang'), 1);
});

test('a refused connection is a network error, retried', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const waits: number[] = [];
  assert.deepEqual(await fetchPage({ url: `http://127.0.0.1:${port}/`, accept: 'html' }, options(waits)), {
    kind: 'failed',
    reason: 'network',
    status: null,
    attempts: 3,
  });
  assert.equal(waits.length, 2);
});

test('content types: a missing type is sniffed; HTML where XML is wanted is skipped', async () => {
  const untyped = await fetchPage(req('/untyped'), options([]));
  assert.equal(untyped.kind === 'ok' && untyped.bodyKind, 'html');
  assert.deepEqual(await fetchPage(req('/html', { accept: 'xml' }), options([])), {
    kind: 'skipped',
    reason: 'content_type',
    status: 200,
    attempts: 1,
  });
});
