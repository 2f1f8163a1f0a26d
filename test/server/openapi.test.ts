// The OpenAPI document matches the code: every documented path and method answers (not 404),
// every route the app serves is documented, and the documented limits are the enforced ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { openApiDocument } from '../../src/server/openapi.js';
import { API_KEY, fakeDeps } from './helpers.js';

const SAMPLE_PATH: Record<string, string> = {
  '/api/articles/{id}': '/api/articles/b9c2660666ba187e',
  '/api/facets/{facet}': '/api/facets/nations',
  '/api/entities/{facet}/{value}': '/api/entities/nations/France',
  '/api/timeline': '/api/timeline?series=coalition',
};

test('served at /api/openapi.json as OpenAPI 3.1', async () => {
  const res = await request(createApp(fakeDeps().deps)).get('/api/openapi.json');
  assert.equal(res.status, 200);
  assert.equal(res.body.openapi, '3.1.0');
  assert.deepEqual(res.body, JSON.parse(JSON.stringify(openApiDocument)));
});

test('every documented operation exists and answers with a documented status', async () => {
  const app = createApp(fakeDeps().deps);
  const documented = Object.entries(openApiDocument.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => [path, m] as const));
  assert.deepEqual(documented.map(([p, m]) => `${m} ${p}`).sort(), [
    'get /api/articles/{id}',
    'get /api/docs',
    'get /api/entities/{facet}/{value}',
    'get /api/export',
    'get /api/facets/{facet}',
    'get /api/openapi.json',
    'get /api/search',
    'get /api/timeline',
    'get /feeds/search.atom',
    'get /healthz',
    'get /metrics',
    'get /readyz',
    'post /api/articles',
    'post /api/batch',
  ]);
  for (const [path, method] of documented) {
    const url = SAMPLE_PATH[path] ?? path;
    const res =
      method === 'post'
        ? await request(app).post(url).set('Authorization', `Bearer ${API_KEY}`).send({ url: 'https://x.test/a', html: '<p>x</p>' })
        : await request(app).get(url);
    const op = (openApiDocument.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)[path]![method]!;
    assert.ok(
      String(res.status) in op.responses,
      `${method} ${path} answered ${res.status}, documented: ${Object.keys(op.responses).join(',')}`,
    );
  }
});

test('documented limits are the enforced ones', async () => {
  const app = createApp(fakeDeps().deps);
  const params = openApiDocument.paths['/api/search'].get.parameters;
  const perPage = params.find((p) => p.name === 'perPage')!.schema as { maximum: number };
  assert.equal((await request(app).get(`/api/search?perPage=${perPage.maximum}`)).status, 200);
  assert.equal((await request(app).get(`/api/search?perPage=${perPage.maximum + 1}`)).status, 400);
  const q = params.find((p) => p.name === 'q')!.schema as { maxLength: number };
  assert.equal((await request(app).get(`/api/search?q=${'a'.repeat(q.maxLength)}`)).status, 200);
  assert.equal((await request(app).get(`/api/search?q=${'a'.repeat(q.maxLength + 1)}`)).status, 400);
});

test('the research endpoints document exactly the query parameters they accept', async () => {
  const app = createApp(fakeDeps().deps);
  const filters = ['q', 'nation', 'person', 'match', 'from', 'to', 'section', 'language', 'source', 'author'];
  const queryNames = (path: '/api/entities/{facet}/{value}' | '/api/export') =>
    (openApiDocument.paths[path].get.parameters as readonly { name: string; in: string }[])
      .filter((p) => p.in === 'query')
      .map((p) => p.name);
  assert.deepEqual(queryNames('/api/entities/{facet}/{value}'), filters);
  assert.deepEqual(queryNames('/api/export'), [...filters, 'sort', 'format', 'fields']);
  for (const [path, names] of [
    ['/api/entities/nations/France', queryNames('/api/entities/{facet}/{value}')],
    ['/api/export', queryNames('/api/export')],
  ] as const) {
    for (const name of [...names, 'sort', 'page', 'perPage']) {
      const res = await request(app).get(`${path}?${name}=x`);
      const unknown = res.body.error?.message?.startsWith(`unknown parameter "${name}"`) === true;
      assert.equal(unknown, !names.includes(name), `${path}?${name}`);
    }
  }
});

test('the feed of a search takes the parameters of /api/search; the batch limits are the enforced ones', async () => {
  assert.deepEqual(openApiDocument.paths['/feeds/search.atom'].get.parameters, openApiDocument.paths['/api/search'].get.parameters);
  const app = createApp(fakeDeps().deps);
  const lines = openApiDocument.paths['/api/batch'].post.requestBody.content['application/json'].schema.properties.lines;
  assert.equal(
    (
      await request(app)
        .post('/api/batch')
        .send({ lines: ['a'.repeat(lines.items.maxLength)] })
    ).status,
    200,
  );
  assert.equal(
    (
      await request(app)
        .post('/api/batch')
        .send({ lines: ['a'.repeat(lines.items.maxLength + 1)] })
    ).status,
    400,
  );
});

test("/api/docs is a readable reference rendered from the same document, linked from every page's footer (issue 19.8)", async () => {
  const app = createApp(fakeDeps().deps);
  const res = await request(app).get('/api/docs');
  assert.equal(res.status, 200);
  assert.match(res.headers['content-type']!, /^text\/html/);
  const $ = cheerio.load(res.text);
  const documented = Object.entries(openApiDocument.paths).flatMap(([path, ops]) =>
    Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
  );
  assert.deepEqual(
    $('.api-op h2')
      .map((_, e) => $(e).text())
      .get(),
    documented,
  );
  const perPage = $('#get-api-search tr').filter((_, tr) => $(tr).find('td').first().text() === 'perPage');
  assert.equal(perPage.find('td').eq(2).text(), 'integer, 1-100, default 20');
  assert.equal($('#post-api-articles .api-auth').length, 1);
  assert.equal($('script[src^="http"], link[href^="http"]').length, 0);
  const home = cheerio.load((await request(app).get('/')).text);
  assert.equal(home('.site-footer a').attr('href'), '/api/docs');
});

test('the Document schema carries dateSource: where publishedAt came from (issue 17)', () => {
  const doc = openApiDocument.components.schemas.Document as { properties: Record<string, { enum?: string[] }>; required: string[] };
  assert.deepEqual(doc.properties.dateSource?.enum, ['markup', 'url', 'http', 'fetched']);
  assert.equal(doc.required.includes('dateSource'), true);
});
