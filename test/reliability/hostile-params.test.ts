// Issue 8, hostile input: oversized and malformed parameters. Each is 400 invalid_parameter
// naming the parameter, on the search and facet endpoints; the search page answers 400 HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from '../server/helpers.js';

const DATE_MSG = 'expected a date YYYY-MM-DD or an ISO 8601 timestamp';
const PAGE_MSG = 'page must be a whole number from 1 to 10000';
const PER_PAGE_MSG = 'perPage must be a whole number from 1 to 100';
const many = (name: string, n: number) => Array.from({ length: n }, (_, i) => `${name}=v${i}`).join('&');

// [path and query, parameter, message]
const CASES: [string, string, string][] = [
  [`/api/search?q=${'q'.repeat(513)}`, 'q', 'q must be at most 512 characters'],
  [`/api/search?q=${'%E2%9C%93'.repeat(513)}`, 'q', 'q must be at most 512 characters'],
  [`/api/search?q=${'w%20'.repeat(3000)}`, 'q', 'q must be at most 512 characters'],
  ['/api/search?q=a&q=b', 'q', 'q: must be given at most once'],
  ['/api/search?page=0', 'page', PAGE_MSG],
  ['/api/search?page=-3', 'page', PAGE_MSG],
  ['/api/search?page=1e3', 'page', PAGE_MSG],
  ['/api/search?page=0x10', 'page', PAGE_MSG],
  ['/api/search?page=%201', 'page', PAGE_MSG],
  ['/api/search?page=%EF%BC%91', 'page', PAGE_MSG], // fullwidth digit one
  [`/api/search?page=${'9'.repeat(20)}`, 'page', PAGE_MSG],
  ['/api/search?page=NaN', 'page', PAGE_MSG],
  ['/api/search?page=Infinity', 'page', PAGE_MSG],
  ['/api/search?page=2&page=3', 'page', 'page: must be given at most once'],
  ['/api/search?perPage=-5', 'perPage', PER_PAGE_MSG],
  ['/api/search?perPage=1000', 'perPage', PER_PAGE_MSG],
  ['/api/search?perPage=20.0', 'perPage', PER_PAGE_MSG],
  ['/api/search?sort=NEWEST', 'sort', 'sort must be one of relevance, newest, oldest'],
  ['/api/search?sort=newest;drop', 'sort', 'sort must be one of relevance, newest, oldest'],
  ['/api/search?match=ALL', 'match', 'match must be one of all, any'],
  ['/api/search?match=all&match=any', 'match', 'match: must be given at most once'],
  ['/api/search?from=2016-1-1', 'from', `from: ${DATE_MSG}`],
  ['/api/search?from=0000-01-01', 'from', `from: ${DATE_MSG}`],
  ['/api/search?from=2016-01-01T', 'from', `from: ${DATE_MSG}`],
  ['/api/search?from=2016-01-01T00:00:00%2B25:00', 'from', `from: ${DATE_MSG}`],
  ['/api/search?from=%3Cscript%3E', 'from', `from: ${DATE_MSG}`],
  ['/api/search?to=9999-99-99', 'to', `to: ${DATE_MSG}`],
  ['/api/search?to=2016-04-31', 'to', `to: ${DATE_MSG}`],
  ['/api/search?to=1466000000', 'to', `to: ${DATE_MSG}`],
  ['/api/search?from=2020-01-01&to=2019-12-31', 'from', 'from must not be after to'],
  ['/api/search?from=2016-06-01T12:00:01Z&to=2016-06-01T12:00:00Z', 'from', 'from must not be after to'],
  [`/api/search?nation=${'n'.repeat(513)}`, 'nation', 'nation: each nation value must be at most 512 characters'],
  [`/api/search?person=${'p'.repeat(5000)}`, 'person', 'person: each person value must be at most 512 characters'],
  [`/api/search?section=${'s'.repeat(600)}`, 'section', 'section: each section value must be at most 512 characters'],
  [`/api/search?${many('nation', 51)}`, 'nation', 'nation: at most 50 nation values'],
  [`/api/search?${many('section', 200)}`, 'section', 'section: at most 50 section values'],
  ['/api/facets/nation', 'facet', 'facet must be one of nations, persons, sections, years, months, languages, sources, authors'],
  ['/api/facets/__proto__', 'facet', 'facet must be one of nations, persons, sections, years, months, languages, sources, authors'],
  ['/api/facets/persons?limit=ten', 'limit', 'limit must be a whole number from 1 to 100'],
  ['/api/facets/persons?limit=-1', 'limit', 'limit must be a whole number from 1 to 100'],
  [`/api/facets/persons?q=${'x'.repeat(513)}`, 'q', 'q must be at most 512 characters'],
];

for (const [url, parameter, message] of CASES) {
  test(`${url.slice(0, 70)} -> 400 ${parameter}`, async () => {
    const res = await request(createApp(fakeDeps().deps)).get(url);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: { code: 'invalid_parameter', parameter, message } });
  });
}

test('the same parameters on the search page: 400 HTML with the message, never 500', async () => {
  const app = createApp(fakeDeps().deps);
  for (const [url, , message] of CASES.filter(([u]) => u.startsWith('/api/search'))) {
    const res = await request(app).get(url.replace('/api/search', '/'));
    assert.equal(res.status, 400, url);
    assert.match(res.headers['content-type']!, /^text\/html/);
    assert.ok(res.text.includes(message.replace(/</g, '&lt;')), url);
  }
});

test('the API refuses unknown parameters and bracket syntax by name (never parsed into objects); the page ignores them', async () => {
  const app = createApp(fakeDeps().deps);
  for (const [qs, parameter] of [
    ['utm_source=x', 'utm_source'],
    ['q[$ne]=1', 'q[$ne]'],
    ['nation[0]=France', 'nation[0]'],
    ['__proto__[x]=1', '__proto__[x]'],
    ['constructor=1', 'constructor'],
  ]) {
    const res = await request(app).get(`/api/search?${qs}`);
    assert.equal(res.status, 400, qs);
    assert.deepEqual([res.body.error.code, res.body.error.parameter], ['invalid_parameter', parameter], qs);
    const page = await request(app).get(`/?${qs}`);
    assert.equal(page.status, 200, qs);
  }
  const typo = await request(app).get('/api/search?q=x&nations=France');
  assert.deepEqual(typo.body, {
    error: { code: 'invalid_parameter', parameter: 'nations', message: 'unknown parameter "nations" (did you mean "nation"?)' },
  });
  const facet = await request(app).get('/api/facets/nations?q=fr&Limit=5');
  assert.deepEqual(facet.body, {
    error: { code: 'invalid_parameter', parameter: 'Limit', message: 'unknown parameter "Limit" (did you mean "limit"?)' },
  });
});

test('bad percent-encoding in the path is 400 (JSON for the API, HTML for pages), never 500', async () => {
  const app = createApp(fakeDeps().deps);
  for (const url of ['/api/articles/%E0%A4%A', '/api/articles/%zz', '/api/facets/%', '/api/facets/%C0%AF']) {
    const res = await request(app).get(url);
    assert.equal(res.status, 400, url);
    assert.deepEqual(res.body, { error: { code: 'bad_request', message: 'the request URL is malformed (bad percent-encoding)' } });
  }
  for (const url of ['/articles/%E0%A4%A', '/articles/%']) {
    const res = await request(app).get(url);
    assert.equal(res.status, 400, url);
    assert.match(res.text, /<h1>That request could not be understood<\/h1>/);
  }
});

test('bad percent-encoding in the query string is 400 bad_request on every path (JSON for the API, HTML for pages); good escapes work', async () => {
  const app = createApp(fakeDeps().deps);
  const refused = {
    error: { code: 'bad_request', message: 'the request URL is malformed (bad percent-encoding in the query string)' },
  };
  const bad = ['q=%', 'q=%E0%A4%A', 'q=%ZZ', 'nation=%ZZ', 'q=ok&%zz=1', 'q=%C0%AF', 'q=%ED%A0%80', 'q=%FF'];
  for (const qs of bad) {
    for (const path of ['/api/search', '/api/facets/nations', '/api/timeline', '/api/export', '/healthz']) {
      const res = await request(app).get(`${path}?${qs}`);
      assert.deepEqual([res.status, res.body], [400, refused], `${path}?${qs}`);
    }
    for (const path of ['/', '/trends', '/nations/France', '/articles/b9c2660666ba187e']) {
      const page = await request(app).get(`${path}?${qs}`);
      assert.equal(page.status, 400, `${path}?${qs}`);
      assert.match(page.headers['content-type']!, /^text\/html/);
      assert.match(page.text, /<h1>That request could not be understood<\/h1>/);
      assert.ok(page.text.includes(refused.error.message), `${path}?${qs}`);
    }
  }
  // well-formed escapes, + and NUL are searched as they decode
  for (const [qs, q] of [
    ['q=%00%00', '\u0000\u0000'],
    ['q=a+b', 'a b'],
    ['q=100%25', '100%'],
    ['q=%E2%9C%93', '\u2713'],
    ['q=%41%42', 'AB'],
  ]) {
    const res = await request(app).get(`/api/search?${qs}`);
    assert.deepEqual([res.status, res.body.query.q], [200, q], qs);
    assert.equal((await request(app).get(`/?${qs}`)).status, 200, qs);
  }
});

test('a repeated value counts once toward the cap of 50; language codes fold to lower case', async () => {
  const app = createApp(fakeDeps().deps);
  const repeated = await request(app).get(`/api/search?${'nation=France&'.repeat(60)}nation=%20France%20`);
  assert.deepEqual([repeated.status, repeated.body.query.nations], [200, ['France']]);
  const languages = await request(app).get('/api/search?language=en&language=EN&language=Ar');
  assert.deepEqual([languages.status, languages.body.query.languages], [200, ['en', 'ar']]);
  const distinct = await request(app).get(`/api/search?${many('nation', 51)}&nation=v0`);
  assert.deepEqual(distinct.body, {
    error: { code: 'invalid_parameter', parameter: 'nation', message: 'nation: at most 50 nation values' },
  });
});

test('a query string over the HTTP header limit is refused by Node before the app (431)', async () => {
  const res = await request(createApp(fakeDeps().deps)).get(`/api/search?q=${'x'.repeat(20_000)}`);
  assert.equal(res.status, 431);
});
