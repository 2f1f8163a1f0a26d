// Failure modes of the HTTP app, over a fake engine that can be made to fail on demand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from './helpers.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

test('engine unavailable: search and facets answer 503 JSON without the engine detail', async () => {
  const { deps, engine } = fakeDeps();
  engine.failing = true;
  const app = createApp(deps);
  for (const url of ['/api/search?q=coalition', '/api/facets/nations?q=fr']) {
    const res = await request(app).get(url);
    assert.equal(res.status, 503, url);
    assert.deepEqual(res.body, { error: { code: 'engine_unavailable', message: 'the search engine is unavailable; try again shortly' } });
  }
});

test('readyz reports the engine: 200 when it answers, 503 when not; healthz stays 200', async () => {
  const { deps, engine } = fakeDeps();
  const app = createApp(deps);
  assert.deepEqual((await request(app).get('/readyz')).body, { status: 'ready', engine: { ok: true, engine: 'embedded' } });
  engine.failing = true;
  const res = await request(app).get('/readyz');
  assert.equal(res.status, 503);
  assert.deepEqual(res.body, { status: 'not_ready', engine: { ok: false, engine: 'embedded', detail: 'fake engine is down' } });
  const health = await request(app).get('/healthz');
  assert.equal(health.status, 200);
  assert.deepEqual(health.body, { status: 'ok' });
});

test('readyz when health() itself throws: 503 not_ready', async () => {
  const { deps, engine } = fakeDeps();
  engine.health = async () => {
    throw new Error('socket hang up');
  };
  const res = await request(createApp(deps)).get('/readyz');
  assert.equal(res.status, 503);
  assert.deepEqual(res.body, { status: 'not_ready', engine: { ok: false, engine: 'embedded', detail: 'socket hang up' } });
});

test('an unexpected error is a generic 500: no message, no stack trace', async () => {
  const { deps } = fakeDeps({
    getDocument: () => {
      throw new Error('SQLITE_CORRUPT: /secret/path/archive.db');
    },
  });
  const app = createApp(deps);
  const res = await request(app).get('/api/articles/0123456789abcdef');
  assert.equal(res.status, 500);
  assert.deepEqual(res.body, { error: { code: 'internal', message: 'internal server error' } });
  const page = await request(app).get('/articles/0123456789abcdef');
  assert.equal(page.status, 500);
  assert.equal(page.text.includes('SQLITE'), false);
  assert.doesNotMatch(page.text, /\.ts:\d+/);
  assert.match(page.text, /<h1>Something went wrong<\/h1>/);
});

test('unknown routes: 404 JSON under /api, an HTML page elsewhere', async () => {
  const app = createApp(fakeDeps().deps);
  const api = await request(app).get('/api/nothing-here');
  assert.equal(api.status, 404);
  assert.deepEqual(api.body, { error: { code: 'not_found', message: 'no such endpoint: GET /api/nothing-here' } });
  const post = await request(app).post('/api/search').send({});
  assert.equal(post.status, 404);
  assert.deepEqual(post.body, { error: { code: 'not_found', message: 'no such endpoint: POST /api/search' } });
  const page = await request(app).get('/no/such/page');
  assert.equal(page.status, 404);
  assert.match(page.headers['content-type']!, /^text\/html/);
  assert.match(page.text, /<h1>Page not found<\/h1>/);
});

test('articles: 200 with the Document, 404 JSON for unknown or malformed ids', async () => {
  const { deps, docs } = fakeDeps();
  const app = createApp(deps);
  const ok = await request(app).get(`/api/articles/${docs[0]!.id}`);
  assert.equal(ok.status, 200);
  assert.deepEqual(ok.body, docs[0]);
  for (const id of ['ffffffffffffffff', 'not-an-id', '0123456789ABCDEF', '%3Cscript%3E']) {
    const res = await request(app).get(`/api/articles/${id}`);
    assert.equal(res.status, 404, id);
    assert.deepEqual(res.body, { error: { code: 'not_found', message: 'article not found' } });
  }
});

test('facets: values for autocomplete, 400 for an unknown facet or a bad limit', async () => {
  const app = createApp(fakeDeps().deps);
  assert.deepEqual((await request(app).get('/api/facets/nations?q=fr')).body, [{ value: 'France', count: 2 }]);
  assert.deepEqual((await request(app).get('/api/facets/persons?limit=2')).body, [
    { value: 'Jean-Yves Le Drian', count: 2 },
    { value: 'Ash Carter', count: 1 },
  ]);
  const bad: [string, string, string][] = [
    ['/api/facets/colours', 'facet', 'facet must be one of nations, persons, sections, years, months, languages, sources, authors'],
    ['/api/facets/nations?limit=0', 'limit', 'limit must be a whole number from 1 to 100'],
    ['/api/facets/nations?limit=101', 'limit', 'limit must be a whole number from 1 to 100'],
    ['/api/facets/nations?q=a&q=b', 'q', 'q: must be given at most once'],
  ];
  for (const [url, parameter, message] of bad) {
    const res = await request(app).get(url);
    assert.equal(res.status, 400, url);
    assert.deepEqual(res.body, { error: { code: 'invalid_parameter', parameter, message } });
  }
});

test('request id: a sane incoming X-Request-Id is returned, anything else is replaced by a UUID', async () => {
  const app = createApp(fakeDeps().deps);
  const kept = await request(app).get('/healthz').set('X-Request-Id', 'edge-1234.abc:9');
  assert.equal(kept.headers['x-request-id'], 'edge-1234.abc:9');
  const replaced = await request(app).get('/healthz').set('X-Request-Id', 'x y\u00e9'.repeat(3));
  assert.match(replaced.headers['x-request-id']!, UUID);
  const tooLong = await request(app).get('/healthz').set('X-Request-Id', 'a'.repeat(129));
  assert.match(tooLong.headers['x-request-id']!, UUID);
  const fresh = await request(app).get('/api/search');
  assert.match(fresh.headers['x-request-id']!, UUID);
});

test('security headers: the CSP allows only our own files, no inline script or style', async () => {
  const res = await request(createApp(fakeDeps().deps)).get('/');
  assert.equal(
    res.headers['content-security-policy'],
    "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self';img-src 'self' data:;font-src 'self';" +
      "connect-src 'self';object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'",
  );
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
  assert.equal(res.headers['x-powered-by'], undefined);
  assert.doesNotMatch(res.text, /<script(?![^>]*\bsrc="\/assets\/app\.js\?v=[0-9a-f]{10}")[^>]*>/);
  assert.doesNotMatch(res.text, /\sstyle="/);
});

test('static assets are served with long caching', async () => {
  const app = createApp(fakeDeps().deps);
  const css = await request(app).get('/assets/app.css');
  assert.equal(css.status, 200);
  assert.match(css.headers['content-type']!, /^text\/css/);
  assert.equal(css.headers['cache-control'], 'public, max-age=31536000, immutable');
  const js = await request(app).get('/assets/app.js');
  assert.match(js.headers['content-type']!, /javascript/);
  assert.equal((await request(app).get('/assets/../deps.ts')).status, 404);
});

test('rate limit on /api: over the limit is 429 JSON; pages are not limited', async () => {
  const app = createApp(fakeDeps({ rateLimit: { windowMs: 60_000, limit: 2 } }).deps);
  assert.equal((await request(app).get('/api/search')).status, 200);
  assert.equal((await request(app).get('/api/search')).status, 200);
  const res = await request(app).get('/api/search');
  assert.equal(res.status, 429);
  assert.deepEqual(res.body, { error: { code: 'rate_limited', message: 'too many requests; slow down and retry shortly' } });
  assert.equal((await request(app).get('/')).status, 200);
});

test('metrics: request durations by route and status, engine latency, documents and outbox gauges', async () => {
  const { deps } = fakeDeps({ stats: () => ({ documents: 6, pendingIndex: 3 }) });
  const app = createApp(deps);
  await request(app).get('/api/search?q=coalition');
  await request(app).get('/api/search?page=0');
  await request(app).get(`/api/articles/ffffffffffffffff`);
  const res = await request(app).get('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type']!, /^text\/plain/);
  const lines = res.text.split('\n');
  for (const expected of [
    'http_request_duration_seconds_count{method="GET",route="/api/search",status="200"} 1',
    'http_request_duration_seconds_count{method="GET",route="/api/search",status="400"} 1',
    'http_request_duration_seconds_count{method="GET",route="/api/articles/:id",status="404"} 1',
    'archivist_engine_duration_seconds_count{operation="search",outcome="ok"} 1',
    'archivist_documents 6',
    'archivist_outbox_pending 3',
  ]) {
    assert.ok(lines.includes(expected), `missing: ${expected}`);
  }
});
