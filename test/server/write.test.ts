// POST /api/articles: key checks, body validation and outcomes (over fake deps that record writes).
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import request from 'supertest';
import { ParseError } from '../../src/errors.js';
import { MAX_PAGE_BYTES } from '../../src/extract/limits.js';
import { createApp } from '../../src/server/index.js';
import { MAX_BODY_BYTES } from '../../src/server/api/write.js';
import { API_KEY, docId, fakeDeps, makeDoc } from './helpers.js';

const PAGE = { url: 'https://www.example-news.test/news/new-page', html: '<html><body><h1>T</h1><p>Body</p></body></html>' };
const auth = (key: string) => ({ Authorization: `Bearer ${key}` });
/** `bytes` as a JSON body, as they are (superagent would serialise a Buffer as JSON). */
const sendBytes = (req: request.Test, bytes: Buffer) =>
  req
    .set('Content-Type', 'application/json')
    .serialize(() => bytes as unknown as string)
    .send(bytes);

test('writes without ARCHIVIST_API_KEY are refused with 403, whatever key is sent', async () => {
  const { deps, submitted } = fakeDeps({ apiKey: undefined });
  const app = createApp(deps);
  for (const headers of [{}, auth('anything'), auth('')]) {
    const res = await request(app).post('/api/articles').set(headers).send(PAGE);
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { error: { code: 'writes_disabled', message: 'writes are disabled: the server has no ARCHIVIST_API_KEY' } });
  }
  assert.equal(submitted.length, 0);
});

test('missing or malformed Authorization is 401 with a Bearer challenge; a wrong key is 403', async () => {
  const { deps, submitted } = fakeDeps();
  const app = createApp(deps);
  const missing: Record<string, string>[] = [
    {},
    { Authorization: '' },
    { Authorization: 'Bearer' },
    { Authorization: `Basic ${btoa(`u:${API_KEY}`)}` },
    { Authorization: API_KEY },
  ];
  for (const headers of missing) {
    const res = await request(app).post('/api/articles').set(headers).send(PAGE);
    assert.equal(res.status, 401, JSON.stringify(headers));
    assert.equal(res.headers['www-authenticate'], 'Bearer realm="archivist"');
    assert.deepEqual(res.body, { error: { code: 'unauthorized', message: 'an API key is required: Authorization: Bearer <key>' } });
  }
  for (const key of [`${API_KEY}x`, API_KEY.slice(0, -1), API_KEY.toUpperCase(), 'x']) {
    const res = await request(app).post('/api/articles').set(auth(key)).send(PAGE);
    assert.equal(res.status, 403, key);
    assert.deepEqual(res.body, { error: { code: 'forbidden', message: 'the API key is not valid' } });
  }
  assert.equal(submitted.length, 0);
});

test('a page {url, html} with the key: 201 new with Location, the indexer woken', async () => {
  const { deps, submitted } = fakeDeps();
  let kicks = 0;
  deps.afterWrite = () => kicks++;
  const app = createApp(deps);
  const first = await request(app).post('/api/articles').set(auth(API_KEY)).send(PAGE);
  assert.equal(first.status, 201);
  assert.deepEqual(first.body, { id: docId(PAGE.url), outcome: 'new' });
  assert.equal(first.headers.location, `/api/articles/${docId(PAGE.url)}`);
  assert.deepEqual(submitted, [{ kind: 'page', url: PAGE.url, html: PAGE.html }]);
  assert.equal(kicks, 1);
});

test('a Document body is validated with the Document schema and stored', async () => {
  const { deps, submitted, store } = fakeDeps();
  const app = createApp(deps);
  const doc = makeDoc({ slug: 'posted', title: 'Posted', paragraphs: ['Text.'], publishedAt: '2018-01-01T00:00:00Z' });
  const res = await request(app).post('/api/articles').set(auth(API_KEY)).send(doc);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, { id: doc.id, outcome: 'new' });
  assert.deepEqual(submitted, [{ kind: 'document', document: doc }]);
  assert.deepEqual(store.get(doc.id), doc);
  const again = await request(app).post('/api/articles').set(auth(API_KEY)).send(doc);
  assert.equal(again.status, 200);
  assert.deepEqual(again.body, { id: doc.id, outcome: 'unchanged' });
});

const NOT_A_TIME = 'not a real date and time (month 01-12, a day the month has, hour 00-23)';

test('invalid bodies: 400 invalid_body naming the field', async () => {
  const app = createApp(fakeDeps().deps);
  const doc = makeDoc({ slug: 'v', title: 'V', paragraphs: ['x'], publishedAt: '2018-01-01T00:00:00Z' });
  const cases: [unknown, string, string][] = [
    [[PAGE], 'body', 'body must be a JSON object: {url, html} or a Document'],
    [{ url: 'https://x.test/a', html: '' }, 'html', 'html must not be empty'],
    [{ url: 'not a url', html: '<p>x</p>' }, 'url', 'url must be an absolute URL'],
    [{ url: 'javascript:alert(1)', html: '<p>x</p>' }, 'url', 'url must be http or https'],
    [{ url: 'file:///etc/passwd', html: '<p>x</p>' }, 'url', 'url must be http or https'],
    [{ html: '<p>x</p>' }, 'url', 'url: Invalid input: expected string, received undefined'],
    [{ url: 'https://x.test/a', html: 42 }, 'html', 'html: Invalid input: expected string, received number'],
    [{ ...doc, id: 'XYZ' }, 'id', 'id: Invalid string: must match pattern /^[0-9a-f]{16}$/'],
    [{ ...doc, publishedAt: '2018-01-01' }, 'publishedAt', 'publishedAt: expected ISO 8601 UTC like 2016-01-21T05:53:00Z'],
    [{ ...doc, publishedAt: '2016-13-45T99:00:00Z' }, 'publishedAt', `publishedAt: ${NOT_A_TIME}`],
    [{ ...doc, publishedAt: '2016-02-30T10:00:00Z' }, 'publishedAt', `publishedAt: ${NOT_A_TIME}`],
    [{ ...doc, publishedAt: '2016-01-01T24:00:00Z' }, 'publishedAt', `publishedAt: ${NOT_A_TIME}`],
    [{ ...doc, updatedAt: '2019-06-31T00:00:00Z' }, 'updatedAt', `updatedAt: ${NOT_A_TIME}`],
    [{ ...doc, url: 'javascript:alert(document.cookie)' }, 'url', 'url must be http or https'],
    [{ ...doc, entities: { nations: 'France' } }, 'entities.nations', 'entities.nations: Invalid input: expected array, received string'],
    [{}, 'id', 'id: Invalid input: expected string, received undefined'],
    [{ url: 'https://x.test/a' }, 'html', 'html is missing: send {url, html} (a page to parse) or a whole Document (docs/document.md)'],
  ];
  for (const [body, parameter, message] of cases) {
    const res = await request(app)
      .post('/api/articles')
      .set(auth(API_KEY))
      .send(body as object);
    assert.equal(res.status, 400, JSON.stringify(body).slice(0, 60));
    assert.deepEqual(res.body, { error: { code: 'invalid_body', parameter, message } }, JSON.stringify(body).slice(0, 60));
  }
});

test('malformed JSON is 400, a non-JSON content type 415, an oversized body 413', async () => {
  const app = createApp(fakeDeps().deps);
  const malformed = await request(app).post('/api/articles').set(auth(API_KEY)).set('Content-Type', 'application/json').send('{"url": ');
  assert.equal(malformed.status, 400);
  assert.deepEqual(malformed.body, { error: { code: 'invalid_body', parameter: 'body', message: 'request body is not valid JSON' } });
  const form = await request(app).post('/api/articles').set(auth(API_KEY)).type('form').send({ url: PAGE.url, html: PAGE.html });
  assert.equal(form.status, 415);
  assert.deepEqual(form.body, { error: { code: 'unsupported_media_type', message: 'send the body as application/json' } });
  const big = JSON.stringify({ url: PAGE.url, html: 'x'.repeat(MAX_BODY_BYTES) });
  const tooLarge = await request(app).post('/api/articles').set(auth(API_KEY)).set('Content-Type', 'application/json').send(big);
  assert.equal(tooLarge.status, 413);
  assert.deepEqual(tooLarge.body, { error: { code: 'too_large', message: 'request body is too large' } });
});

test('JSON that is not an object (null, a string) is 400 naming body: not an object, not "not JSON"', async () => {
  const app = createApp(fakeDeps().deps);
  for (const text of ['null', '"x"', ' 42']) {
    const res = await request(app).post('/api/articles').set(auth(API_KEY)).set('Content-Type', 'application/json').send(text);
    assert.equal(res.status, 400, text);
    assert.deepEqual(
      res.body,
      { error: { code: 'invalid_body', parameter: 'body', message: 'body must be a JSON object: {url, html} or a Document' } },
      text,
    );
  }
});

test('a compressed body that is not what its Content-Encoding says is 400 invalid_body naming body', async () => {
  const { deps, submitted } = fakeDeps();
  const app = createApp(deps);
  const json = Buffer.from(JSON.stringify(PAGE));
  const post = (encoding: string, bytes: Buffer) =>
    sendBytes(request(app).post('/api/articles').set(auth(API_KEY)).set('Content-Encoding', encoding), bytes);
  for (const [encoding, bytes] of [
    ['gzip', json],
    ['gzip', gzipSync(json).subarray(0, 20)],
    ['br', json],
    ['deflate', json],
  ] as const) {
    const res = await post(encoding, bytes);
    assert.equal(res.status, 400, encoding);
    assert.deepEqual(
      res.body,
      {
        error: { code: 'invalid_body', parameter: 'body', message: 'request body could not be decompressed as its Content-Encoding says' },
      },
      encoding,
    );
  }
  assert.equal(submitted.length, 0);
  const gzipped = await post('gzip', gzipSync(json));
  assert.deepEqual([gzipped.status, gzipped.body], [201, { id: docId(PAGE.url), outcome: 'new' }]);
});

test('a page over the page limit in a body under the body limit is 413 too_large naming html', async () => {
  const { deps, submitted } = fakeDeps();
  const res = await request(createApp(deps))
    .post('/api/articles')
    .set(auth(API_KEY))
    .send({ url: PAGE.url, html: 'x'.repeat(MAX_PAGE_BYTES + 1) });
  assert.equal(res.status, 413);
  assert.deepEqual(res.body, { error: { code: 'too_large', parameter: 'html', message: 'html must be at most 10485760 characters' } });
  assert.equal(submitted.length, 0);
});

test('a page without an article is 422 with the parser code', async () => {
  const { deps } = fakeDeps({
    submit: () => {
      throw new ParseError('no_article', 'no headline in https://www.example-news.test/news/new-page');
    },
  });
  const res = await request(createApp(deps)).post('/api/articles').set(auth(API_KEY)).send(PAGE);
  assert.equal(res.status, 422);
  assert.deepEqual(res.body, { error: { code: 'no_article', message: 'no headline in https://www.example-news.test/news/new-page' } });
});

test('the key is checked before the body is read: a wrong key with malformed JSON is 403', async () => {
  const app = createApp(fakeDeps().deps);
  const res = await request(app).post('/api/articles').set(auth('wrong')).set('Content-Type', 'application/json').send('{{{');
  assert.equal(res.status, 403);
  assert.equal(res.body.error.code, 'forbidden');
});
