import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument, parseFetchedPage } from '../../src/parse/index.js';
import { dateFromUrl } from '../../scrapers/common/dates.js';
import { assertParseError } from './helpers.js';

// A small article page; `head` and `dateline` vary by test.
const page = ({ head = '', dateline = '' } = {}) => `<!DOCTYPE html><html lang="en"><head>
<title>Harbour ferry returns after winter repairs</title>${head}
</head><body>
<h1>Harbour ferry returns after winter repairs</h1>${dateline}
<div class="story">
<p>The harbour ferry made its first crossing of the year on Monday, after four months in the dry dock at the north quay.</p>
<p>Crew members said the new engines cut the crossing time by six minutes, and the operator expects more passengers by summer.</p>
</div></body></html>`;

const parse = (html: string, extra: { url?: string; lastModified?: string; fetchedAt?: string } = {}) =>
  parseDocument({ html, source: 'ferry.html', url: extra.url ?? 'https://harbour.example/news/ferry', ...extra }, { entities: false });

test('a date in the markup is used first, and says so', () => {
  const doc = parse(page({ head: '<meta property="article:published_time" content="2021-03-04T08:15:00+01:00">' }), {
    url: 'https://harbour.example/2019/11/18/ferry',
    lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
    fetchedAt: '2026-12-06T10:00:00Z',
  });
  assert.equal(doc.publishedAt, '2021-03-04T07:15:00Z');
  assert.equal(doc.dateSource, 'markup');
});

test('a visible dateline is markup too', () => {
  const doc = parse(page({ dateline: '<div class="dateline">Published 4 May 2021</div>' }), { fetchedAt: '2026-12-06T10:00:00Z' });
  assert.equal(doc.publishedAt, '2021-05-04T00:00:00Z');
  assert.equal(doc.dateSource, 'markup');
});

test('no date in the markup: the date in the URL path', () => {
  const doc = parse(page(), { url: 'https://harbour.example/2019/11/18/ferry', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT' });
  assert.equal(doc.publishedAt, '2019-11-18T00:00:00Z');
  assert.equal(doc.dateSource, 'url');
  const compact = parse(page(), { url: 'https://harbour.example/news/ferry-20191118-returns' });
  assert.equal(compact.publishedAt, '2019-11-18T00:00:00Z');
  assert.equal(compact.dateSource, 'url');
});

test('no date on the page: the HTTP Last-Modified of the fetch', () => {
  const doc = parseFetchedPage({
    url: 'https://harbour.example/news/ferry',
    body: Buffer.from(page(), 'utf8'),
    headers: { 'content-type': 'text/html; charset=utf-8', 'last-modified': 'Wed, 21 Oct 2015 07:28:00 GMT' },
    fetchedAt: '2026-12-06T10:00:00.123Z',
  });
  assert.equal(doc.publishedAt, '2015-10-21T07:28:00Z');
  assert.equal(doc.dateSource, 'http');
});

test('no date anywhere but the fetch: the fetch time, to the second', () => {
  const doc = parseFetchedPage({
    url: 'https://harbour.example/news/ferry',
    body: Buffer.from(page(), 'utf8'),
    headers: { 'content-type': 'text/html', 'last-modified': 'not a date' },
    fetchedAt: '2026-12-06T10:00:00.123Z',
  });
  assert.equal(doc.publishedAt, '2026-12-06T10:00:00Z');
  assert.equal(doc.dateSource, 'fetched');
  assert.equal(doc.paragraphs.length, 2);
});

test('no date and no fetch time: no_article, naming the reason', () => {
  assertParseError(() => parse(page()), 'no_article', /no publication date found/u);
});

test('a page with no body is still no_article, whatever dates it has', () => {
  const bare = '<html><head><title>Ferry</title></head><body><h1>Ferry</h1><p>Menu</p></body></html>';
  assertParseError(() => parse(bare, { fetchedAt: '2026-12-06T10:00:00Z' }), 'no_article', /no article body found/u);
});

test('dates in URL paths: split and compact forms, never ids, hosts or queries', () => {
  assert.equal(dateFromUrl('https://x.example/2019/11/18/story'), '2019-11-18T00:00:00Z');
  assert.equal(dateFromUrl('https://x.example/news/2019-11-18-story'), '2019-11-18T00:00:00Z');
  assert.equal(dateFromUrl('https://x.example/news/story-20191118-flood'), '2019-11-18T00:00:00Z');
  assert.equal(dateFromUrl('https://x.example/20191118/story'), '2019-11-18T00:00:00Z');
  assert.equal(dateFromUrl('https://x.example/news/story-201911180'), null);
  assert.equal(dateFromUrl('https://x.example/news/story-20191318'), null);
  assert.equal(dateFromUrl('https://x.example/news/story?d=20191118'), null);
});
