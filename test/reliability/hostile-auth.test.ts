// Issue 8, hostile input: missing and wrong API keys on writes. Only `Authorization: Bearer <the
// key>` writes; every other shape is 401 (no usable credentials) or 403 (wrong key), and nothing
// reaches the store.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { API_KEY, fakeDeps } from '../server/helpers.js';

const PAGE = { url: 'https://www.example-news.test/news/auth-case', html: '<html><body><h1>T</h1><p>Body</p></body></html>' };
const UNAUTHORIZED = {
  status: 401,
  body: { error: { code: 'unauthorized', message: 'an API key is required: Authorization: Bearer <key>' } },
};
const FORBIDDEN = { status: 403, body: { error: { code: 'forbidden', message: 'the API key is not valid' } } };
const CREATED = { status: 201, body: { id: '42e7eace864d6c86', outcome: 'new' } };

// [description, request headers, expected]
const CASES: [string, Record<string, string>, { status: number; body: unknown }][] = [
  ['no header', {}, UNAUTHORIZED],
  ['empty header', { Authorization: '' }, UNAUTHORIZED],
  ['scheme only', { Authorization: 'Bearer' }, UNAUTHORIZED],
  ['scheme and space', { Authorization: 'Bearer ' }, UNAUTHORIZED],
  ['key without scheme', { Authorization: API_KEY }, UNAUTHORIZED],
  ['Basic scheme with the key as password', { Authorization: `Basic ${Buffer.from(`user:${API_KEY}`).toString('base64')}` }, UNAUTHORIZED],
  ['Basic scheme with the raw key', { Authorization: `Basic ${API_KEY}` }, UNAUTHORIZED],
  ['Token scheme', { Authorization: `Token ${API_KEY}` }, UNAUTHORIZED],
  ['Bearer: with a colon', { Authorization: `Bearer: ${API_KEY}` }, UNAUTHORIZED],
  ['two tokens', { Authorization: `Bearer ${API_KEY} extra` }, UNAUTHORIZED],
  ['key in X-API-Key instead', { 'X-API-Key': API_KEY }, UNAUTHORIZED],
  ['key in a cookie instead', { Cookie: `apiKey=${API_KEY}` }, UNAUTHORIZED],
  ['key in Proxy-Authorization instead', { 'Proxy-Authorization': `Bearer ${API_KEY}` }, UNAUTHORIZED],
  ['one character short', { Authorization: `Bearer ${API_KEY.slice(0, -1)}` }, FORBIDDEN],
  ['one character more', { Authorization: `Bearer ${API_KEY}x` }, FORBIDDEN],
  ['upper-cased key', { Authorization: `Bearer ${API_KEY.toUpperCase()}` }, FORBIDDEN],
  ['quoted key', { Authorization: `Bearer "${API_KEY}"` }, FORBIDDEN],
  ['key twice', { Authorization: `Bearer ${API_KEY}${API_KEY}` }, FORBIDDEN],
  ['percent-encoded key', { Authorization: `Bearer ${encodeURIComponent(API_KEY).replace('t', '%74')}` }, FORBIDDEN],
  ['base64 of the key', { Authorization: `Bearer ${Buffer.from(API_KEY).toString('base64')}` }, FORBIDDEN],
  ['null', { Authorization: 'Bearer null' }, FORBIDDEN],
  ['undefined', { Authorization: 'Bearer undefined' }, FORBIDDEN],
  ['true', { Authorization: 'Bearer true' }, FORBIDDEN],
  ['empty string literal', { Authorization: 'Bearer ""' }, FORBIDDEN],
  ['wildcard', { Authorization: 'Bearer *' }, FORBIDDEN],
  ['4 kB key', { Authorization: `Bearer ${'k'.repeat(4096)}` }, FORBIDDEN],
  ['key prefix only', { Authorization: 'Bearer test' }, FORBIDDEN],
  ['SQL in the key', { Authorization: "Bearer '||'1'='1" }, FORBIDDEN],
  ['the Meilisearch default master key', { Authorization: 'Bearer masterKey' }, FORBIDDEN],
  ['lower-case scheme is the same scheme (RFC 7235)', { Authorization: `bearer ${API_KEY}` }, CREATED],
  ['two spaces after the scheme', { Authorization: `Bearer  ${API_KEY}` }, CREATED],
  ['a tab after the scheme', { Authorization: `Bearer\t${API_KEY}` }, CREATED],
  ['the exact key', { Authorization: `Bearer ${API_KEY}` }, CREATED],
];

for (const [description, headers, expected] of CASES) {
  test(`POST /api/articles, ${description} -> ${expected.status}`, async () => {
    const { deps, submitted } = fakeDeps();
    const res = await request(createApp(deps)).post('/api/articles').set(headers).send(PAGE);
    assert.equal(res.status, expected.status);
    assert.deepEqual(res.body, expected.body);
    assert.equal(submitted.length, expected.status === 201 ? 1 : 0);
  });
}

test('writes disabled (no ARCHIVIST_API_KEY): even the would-be key is 403 writes_disabled', async () => {
  for (const headers of [{}, { Authorization: `Bearer ${API_KEY}` }, { Authorization: 'Bearer ' }]) {
    const { deps, submitted } = fakeDeps({ apiKey: undefined });
    const res = await request(createApp(deps)).post('/api/articles').set(headers).send(PAGE);
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { error: { code: 'writes_disabled', message: 'writes are disabled: the server has no ARCHIVIST_API_KEY' } });
    assert.equal(submitted.length, 0);
  }
});

test('other methods on the articles resource do not exist (404), with or without a key', async () => {
  const app = createApp(fakeDeps().deps);
  for (const [method, path] of [
    ['put', '/api/articles'],
    ['delete', '/api/articles/42e7eace864d6c86'],
    ['patch', '/api/articles/42e7eace864d6c86'],
  ] as const) {
    const res = await request(app)[method](path).set('Authorization', `Bearer ${API_KEY}`).send(PAGE);
    assert.equal(res.status, 404, `${method} ${path}`);
    assert.equal(res.body.error.code, 'not_found');
  }
});
