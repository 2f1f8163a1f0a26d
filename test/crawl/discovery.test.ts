import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractPageLinks } from '../../src/crawl/discovery/html.js';
import { parseDiscoveryXml } from '../../src/crawl/discovery/xml.js';

const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString());
const flat = (x: ReturnType<typeof parseDiscoveryXml>) => ({ kind: x.kind, entries: x.entries.map((e) => [e.url, iso(e.date)]) });

test('RSS 2.0: item links (else permalink guids) with pubDate', () => {
  const xml = `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
    <atom:link href="https://example.com/rss.xml" rel="self"/>
    <item><title>One</title><link>https://example.com/news/one-1001</link><pubDate>Thu, 21 Jan 2016 05:53:00 GMT</pubDate></item>
    <item><title>Two</title><guid isPermaLink="true">https://example.com/news/two-1002</guid></item>
    <item><title>Three</title><guid isPermaLink="false">tag:example.com,2016:3</guid></item>
    <item><title>Four &amp; more</title><link>/news/four-1004?utm_source=rss</link><pubDate>not a date</pubDate></item>
  </channel></rss>`;
  assert.deepEqual(flat(parseDiscoveryXml(xml)), {
    kind: 'rss',
    entries: [
      ['https://example.com/news/one-1001', '2016-01-21T05:53:00.000Z'],
      ['https://example.com/news/two-1002', null],
      ['/news/four-1004?utm_source=rss', null],
    ],
  });
});

test('Atom: the alternate link of each entry, published else updated', () => {
  const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><link rel="self" href="https://example.com/e/1.atom"/><link rel="alternate" href="https://example.com/a-1"/><published>2020-02-03T04:05:06Z</published></entry>
    <entry><link href="https://example.com/b-2"/><updated>2021-01-01T00:00:00+02:00</updated></entry>
  </feed>`;
  assert.deepEqual(flat(parseDiscoveryXml(xml)), {
    kind: 'atom',
    entries: [
      ['https://example.com/a-1', '2020-02-03T04:05:06.000Z'],
      ['https://example.com/b-2', '2020-12-31T22:00:00.000Z'],
    ],
  });
});

test('RSS 1.0 (RDF) items with dc:date', () => {
  const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
    <item rdf:about="https://example.com/x-1"><link>https://example.com/x-1</link><dc:date>2019-05-06T07:08:09Z</dc:date></item></rdf:RDF>`;
  assert.deepEqual(flat(parseDiscoveryXml(xml)), { kind: 'rdf', entries: [['https://example.com/x-1', '2019-05-06T07:08:09.000Z']] });
});

test('sitemap index and urlset (with a news sitemap date), one entry or many', () => {
  const index = `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
    <sitemap><loc>https://example.com/sitemap-1.xml</loc><lastmod>2024-01-02</lastmod></sitemap></sitemapindex>`;
  assert.deepEqual(flat(parseDiscoveryXml(index)), {
    kind: 'sitemapindex',
    entries: [['https://example.com/sitemap-1.xml', '2024-01-02T00:00:00.000Z']],
  });
  const urlset = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
    <url><loc> https://example.com/a-1 </loc></url>
    <url><loc>https://example.com/b-2</loc><news:news><news:publication_date>2023-03-04T05:06:07Z</news:publication_date></news:news></url>
    <url><loc>https://example.com/c-3</loc><lastmod>2022-12-31T23:59:59Z</lastmod></url>
    <url><lastmod>2022-12-31</lastmod></url>
  </urlset>`;
  assert.deepEqual(flat(parseDiscoveryXml(urlset)), {
    kind: 'urlset',
    entries: [
      ['https://example.com/a-1', null],
      ['https://example.com/b-2', '2023-03-04T05:06:07.000Z'],
      ['https://example.com/c-3', '2022-12-31T23:59:59.000Z'],
    ],
  });
});

test('unknown XML gives no entries; a truncated sitemap gives its complete entries', () => {
  assert.deepEqual(parseDiscoveryXml('<html><body>hi</body></html>'), { kind: 'unknown', entries: [] });
  assert.deepEqual(flat(parseDiscoveryXml('<urlset><url><loc>https://e.com/a</loc></url><url><loc>https://e.com/b')), {
    kind: 'urlset',
    entries: [['https://e.com/a', null]],
  });
  assert.deepEqual(parseDiscoveryXml(''), { kind: 'unknown', entries: [] });
});

test('HTML links: resolved against <base>, dated by the <time> of their list item, pager and feeds found', () => {
  const html = `<html><head><base href="https://example.com/news/">
    <link rel="canonical" href="/news?page=1"><link rel="alternate" type="application/rss+xml" href="/rss.xml">
    <link rel="next" href="?page=2"></head><body>
    <div class="views-row"><a href="story-one-1001">One</a><time datetime="2016-01-21T05:53:00Z">Jan 21</time></div>
    <li><a href="javascript:void(0)">share</a></li>
    <a href="mailto:desk@example.com">mail</a>
    <ul class="pager"><li class="pager-next"><a href="?page=2">next ›</a></li></ul>
    <a href="/news?page=9">Next</a></body></html>`;
  const found = extractPageLinks(html, 'https://example.com/news?page=1');
  assert.deepEqual(
    found.links.map((l) => [l.href, iso(l.date)]),
    [
      ['https://example.com/news/story-one-1001', '2016-01-21T05:53:00.000Z'],
      ['javascript:void(0)', null],
      ['mailto:desk@example.com', null],
      ['https://example.com/news/?page=2', null],
      ['https://example.com/news?page=9', null],
    ],
  );
  assert.deepEqual(found.next, ['https://example.com/news/?page=2', 'https://example.com/news?page=9']);
  assert.equal(found.canonical, 'https://example.com/news?page=1');
  assert.deepEqual(found.feeds, ['https://example.com/rss.xml']);
  assert.deepEqual(found.itemDates.map(iso), ['2016-01-21T05:53:00.000Z']);
});

test('HTML links: a site pager selector is tried first', () => {
  const html = `<a class="older" href="/archive/2">older</a><a rel="next" href="/list?page=1">n</a>`;
  assert.deepEqual(extractPageLinks(html, 'https://example.com/list', ['a.older']).next, [
    'https://example.com/archive/2',
    'https://example.com/list?page=1',
  ]);
});

test('hostile XML: nested entities are not expanded, external entities are not read', () => {
  const lols = Array.from({ length: 8 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
  const bomb = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "lol">${lols}]><urlset><url><loc>&l8;</loc></url></urlset>`;
  const found = parseDiscoveryXml(bomb);
  assert.ok(
    found.entries.every((e) => e.url.length < 100),
    'entity expansion',
  );
  const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset><url><loc>https://e.com/&xxe;</loc></url></urlset>`;
  assert.ok(!JSON.stringify(parseDiscoveryXml(xxe)).includes('root:'));
});
