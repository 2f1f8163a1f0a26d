import { test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { parseSearchParams, toIsoBound } from '../../src/server/params.js';
import { fakeDeps } from './helpers.js';

const LONG_Q = 'a'.repeat(513);

// Every bad parameter of GET /api/search: [query string, parameter, message].
const BAD: [string, string, string][] = [
  ['from=2016-13-01', 'from', 'from: expected a date YYYY-MM-DD or an ISO 8601 timestamp'],
  ['from=2016-02-30', 'from', 'from: expected a date YYYY-MM-DD or an ISO 8601 timestamp'],
  ['to=yesterday', 'to', 'to: expected a date YYYY-MM-DD or an ISO 8601 timestamp'],
  ['to=2016-01-01T25:00:00Z', 'to', 'to: expected a date YYYY-MM-DD or an ISO 8601 timestamp'],
  ['from=2017-01-01&to=2016-12-31', 'from', 'from must not be after to'],
  ['page=0', 'page', 'page must be a whole number from 1 to 10000'],
  ['page=-1', 'page', 'page must be a whole number from 1 to 10000'],
  ['page=1.5', 'page', 'page must be a whole number from 1 to 10000'],
  ['page=abc', 'page', 'page must be a whole number from 1 to 10000'],
  ['page=10001', 'page', 'page must be a whole number from 1 to 10000'],
  ['perPage=0', 'perPage', 'perPage must be a whole number from 1 to 100'],
  ['perPage=101', 'perPage', 'perPage must be a whole number from 1 to 100'],
  ['sort=random', 'sort', 'sort must be one of relevance, newest, oldest'],
  ['match=some', 'match', 'match must be one of all, any'],
  [`q=${LONG_Q}`, 'q', 'q must be at most 512 characters'],
  ['q=a&q=b', 'q', 'q: must be given at most once'],
  ['page=1&page=2', 'page', 'page: must be given at most once'],
  ['sort=newest&sort=oldest', 'sort', 'sort: must be given at most once'],
  ['from=2016-01-01&from=2016-02-01', 'from', 'from: must be given at most once'],
  [`nation=${'x'.repeat(513)}`, 'nation', 'nation: each nation value must be at most 512 characters'],
  [Array.from({ length: 51 }, (_, i) => `person=p${i}`).join('&'), 'person', 'person: at most 50 person values'],
];

for (const [qs, parameter, message] of BAD) {
  test(`GET /api/search?${qs.slice(0, 40)} -> 400 naming ${parameter}`, async () => {
    const res = await request(createApp(fakeDeps().deps)).get(`/api/search?${qs}`);
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: { code: 'invalid_parameter', parameter, message } });
  });
}

test('defaults: no text sorts newest, text sorts by relevance, empty form fields are absent', () => {
  assert.deepEqual(parseSearchParams({}), {
    q: '',
    nations: [],
    persons: [],
    match: 'all',
    sections: [],
    sort: 'newest',
    page: 1,
    perPage: 20,
  });
  assert.deepEqual(parseSearchParams({ q: ' coalition ', from: '', to: '', sort: '', nation: ['', 'France', 'France'] }), {
    q: 'coalition',
    nations: ['France'],
    persons: [],
    match: 'all',
    sections: [],
    sort: 'relevance',
    page: 1,
    perPage: 20,
  });
});

test('dates: whole days are inclusive, timestamps are normalised to UTC seconds', () => {
  assert.equal(toIsoBound('2016-12-31', 'start'), '2016-12-31T00:00:00Z');
  assert.equal(toIsoBound('2016-12-31', 'end'), '2016-12-31T23:59:59Z');
  assert.equal(toIsoBound('2016-02-29', 'end'), '2016-02-29T23:59:59Z');
  assert.equal(toIsoBound('2015-02-29', 'end'), null);
  assert.equal(toIsoBound('2016-06-01T10:30:00+02:00', 'start'), '2016-06-01T08:30:00Z');
  assert.equal(toIsoBound('2016-06-01T10:30', 'start'), '2016-06-01T10:30:00Z');
  assert.equal(toIsoBound('2016-06-01T10:30:15.999Z', 'end'), '2016-06-01T10:30:15Z');
  assert.equal(toIsoBound('2016-6-1', 'start'), null);
  assert.equal(toIsoBound('20160601', 'start'), null);
});

test('the parsed query reaches the engine as understood', async () => {
  const { deps, engine } = fakeDeps();
  await request(createApp(deps)).get(
    '/api/search?q=x&nation=France&nation=Iraq&match=any&section=News&from=2016-01-01&to=2016-12-31&sort=oldest&page=2&perPage=5',
  );
  assert.deepEqual(engine.lastQuery, {
    q: 'x',
    nations: ['France', 'Iraq'],
    persons: [],
    match: 'any',
    sections: ['News'],
    sort: 'oldest',
    page: 2,
    perPage: 5,
    from: '2016-01-01T00:00:00Z',
    to: '2016-12-31T23:59:59Z',
  });
});
