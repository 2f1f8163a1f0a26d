// GET /feeds/search.atom: any search as an Atom 1.0 feed, over the real archive + embedded engine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { FakeEngine, fakeDeps, makeDoc, sampleDocs } from './helpers.js';
import { realSystem, type RealSystem } from './real.js';

// Markup, quotes, an ampersand and a control character XML 1.0 cannot carry, in every text field.
const tricky = makeDoc({
  slug: 'tricky-<feed>',
  title: 'Oil & gas: "Q3" <results>\u0007 for Egypt’s firms',
  paragraphs: ['Profits rose <script>alert(1)</script> & more at Egyptian oil firms.'],
  publishedAt: '2015-06-01T08:00:00Z',
  section: 'R&D <lab>',
  authors: ['Nour "N." Saleh', 'Ali & Co'],
  nations: ['Egypt'],
});

let sys: RealSystem;
before(async () => {
  sys = await realSystem({ docs: [...sampleDocs(), tricky] });
});
after(async () => {
  await sys.close();
});

const feed = (qs: string) => request(sys.app).get(`/feeds/search.atom${qs}`).set('Host', 'archive.example');

test('a filtered search as Atom: the whole document, newest first, exactly', async () => {
  const res = await feed('?nation=France');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
  assert.equal(res.headers['last-modified'], 'Wed, 02 Nov 2016 15:00:00 GMT');
  assert.equal(res.headers['cache-control'], 'public, max-age=300');
  assert.match(res.headers.etag!, /^"[A-Za-z0-9_-]{22}"$/);
  assert.equal(
    res.text,
    `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>http://archive.example/feeds/search.atom?nation=France</id>
  <title>Archivist: nation France</title>
  <updated>2016-11-02T15:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="http://archive.example/feeds/search.atom?nation=France"/>
  <link rel="alternate" type="text/html" href="http://archive.example/?nation=France"/>
  <author>
    <name>Archivist</name>
  </author>
  <generator>Archivist</generator>
  <entry>
    <id>https://www.example-news.test/news/coalition-talks-paris</id>
    <title>Coalition ministers meet in Paris</title>
    <link rel="alternate" type="text/html" href="http://archive.example/articles/88b6113b61f2c689"/>
    <link rel="related" type="text/html" href="https://www.example-news.test/news/coalition-talks-paris"/>
    <published>2016-11-02T15:00:00Z</published>
    <updated>2016-11-02T15:00:00Z</updated>
    <category term="Politics"/>
    <summary>Defence ministers of the coalition met in Paris to plan the next phase.

Ash Carter and Jean-Yves Le Drian spoke to reporters.</summary>
  </entry>
  <entry>
    <id>https://www.example-news.test/news/coalition-strikes-raqqa</id>
    <title>Coalition jets strike targets near Raqqa</title>
    <link rel="alternate" type="text/html" href="http://archive.example/articles/b9c2660666ba187e"/>
    <link rel="related" type="text/html" href="https://www.example-news.test/news/coalition-strikes-raqqa"/>
    <published>2016-03-14T09:30:00Z</published>
    <updated>2016-03-14T09:30:00Z</updated>
    <author>
      <name>Lina Haddad</name>
    </author>
    <category term="Middle East"/>
    <summary>French and American aircraft took part</summary>
  </entry>
</feed>
`,
  );
});

test('text is escaped and stripped of characters XML cannot carry; the snippet becomes plain text', async () => {
  const res = await feed('?q=profits');
  assert.equal(XMLValidator.validate(res.text), true);
  assert.ok(!res.text.includes('\u0007'));
  const entry = res.text.slice(res.text.indexOf('<entry>'), res.text.indexOf('</entry>') + 8);
  assert.equal(
    entry,
    `<entry>
    <id>https://www.example-news.test/news/tricky-&lt;feed&gt;</id>
    <title>Oil &amp; gas: &quot;Q3&quot; &lt;results&gt; for Egypt’s firms</title>
    <link rel="alternate" type="text/html" href="http://archive.example/articles/${tricky.id}"/>
    <link rel="related" type="text/html" href="https://www.example-news.test/news/tricky-%3Cfeed%3E"/>
    <published>2015-06-01T08:00:00Z</published>
    <updated>2015-06-01T08:00:00Z</updated>
    <author>
      <name>Nour &quot;N.&quot; Saleh</name>
    </author>
    <author>
      <name>Ali &amp; Co</name>
    </author>
    <category term="R&amp;D &lt;lab&gt;"/>
    <summary>Profits rose &lt;script&gt;alert(1)&lt;/script&gt; &amp; more at Egyptian oil firms.</summary>
  </entry>`,
  );
  // read back by an XML parser, the text is the article's own (less the control character)
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(res.text);
  assert.equal(parsed.feed.title, 'Archivist: “profits”');
  assert.equal(parsed.feed.entry.title, 'Oil & gas: "Q3" <results> for Egypt’s firms');
  assert.equal(parsed.feed.entry.summary, 'Profits rose <script>alert(1)</script> & more at Egyptian oil firms.');
});

test('newest first and 50 entries whatever sort, page and perPage ask; the feed names the search, not the page', async () => {
  const many = Array.from({ length: 55 }, (_, i) =>
    makeDoc({
      slug: `bulletin-${i}`,
      title: `Bulletin ${i}`,
      paragraphs: [`Weather bulletin ${i}.`],
      publishedAt: `2020-01-01T${String(Math.floor(i / 60)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
    }),
  );
  const { deps } = fakeDeps();
  const app = createApp({ ...deps, engine: new FakeEngine(many) });
  const res = await request(app).get('/feeds/search.atom?q=bulletin&sort=oldest&page=3&perPage=5').set('Host', 'archive.example');
  assert.equal(res.status, 200);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(res.text);
  const titles = (parsed.feed.entry as { title: string }[]).map((e) => e.title);
  assert.deepEqual(
    titles,
    Array.from({ length: 50 }, (_, i) => `Bulletin ${54 - i}`),
  );
  assert.equal(parsed.feed.id, 'http://archive.example/feeds/search.atom?q=bulletin');
  assert.equal(parsed.feed.updated, '2020-01-01T00:54:00Z');
  assert.deepEqual(
    (parsed.feed.link as Record<string, string>[]).map((l) => `${l['@_rel']} ${l['@_href']}`),
    ['self http://archive.example/feeds/search.atom?q=bulletin', 'alternate http://archive.example/?q=bulletin&sort=newest'],
  );
});

test('filters forgive as in /api/search: the feed is named and identified by the labels', async () => {
  const res = await feed('?nation=usa&person=ashton+carter&match=any&section=Politics&from=2016-01-01&to=2016-12-31');
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(res.text);
  assert.equal(parsed.feed.title, 'Archivist: nation United States · person Ash Carter · section Politics · 2016-01-01 to 2016-12-31');
  assert.equal(
    parsed.feed.id,
    'http://archive.example/feeds/search.atom?nation=United+States&person=Ash+Carter&match=any&section=Politics&from=2016-01-01&to=2016-12-31',
  );
  assert.equal(parsed.feed.entry.title, 'Coalition ministers meet in Paris');
});

test('conditional GET: 304 with no body for the current ETag or a date not older than Last-Modified', async () => {
  const first = await feed('?nation=France');
  const { etag } = first.headers;
  const lastModified = first.headers['last-modified']!;
  const again = await feed('?nation=France').set('If-None-Match', etag!);
  assert.equal(again.status, 304);
  assert.equal(again.text, '');
  assert.equal(again.headers.etag, etag);
  assert.equal(again.headers['last-modified'], lastModified);
  assert.equal((await feed('?nation=France').set('If-None-Match', `"other", W/${etag}`)).status, 304);
  assert.equal((await feed('?nation=France').set('If-Modified-Since', lastModified)).status, 304);
  assert.equal((await feed('?nation=France').set('If-Modified-Since', 'Wed, 02 Nov 2016 14:59:59 GMT')).status, 200);
  // If-None-Match decides when both are sent (RFC 9110): an old ETag means a new copy
  assert.equal((await feed('?nation=France').set('If-None-Match', '"old"').set('If-Modified-Since', lastModified)).status, 200);
  // another search is another document with another validator
  assert.equal((await feed('?nation=Iraq').set('If-None-Match', etag!)).status, 200);
});

test('an empty feed is valid, with a fixed updated date, so its validators never change', async () => {
  const res = await feed('?q=zeppelin');
  assert.equal(res.status, 200);
  assert.equal(res.headers['last-modified'], 'Thu, 01 Jan 1970 00:00:00 GMT');
  assert.equal(XMLValidator.validate(res.text), true);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(res.text);
  assert.equal(parsed.feed.updated, '1970-01-01T00:00:00Z');
  assert.equal(parsed.feed.entry, undefined);
  assert.equal((await feed('?q=zeppelin').set('If-None-Match', res.headers.etag!)).status, 304);
});

test('bad parameters: 400 JSON naming the parameter, as /api/search answers', async () => {
  const unknown = await feed('?nations=France');
  assert.equal(unknown.status, 400);
  assert.match(unknown.headers['content-type']!, /^application\/json/);
  assert.deepEqual(unknown.body, {
    error: { code: 'invalid_parameter', parameter: 'nations', message: 'unknown parameter "nations" (did you mean "nation"?)' },
  });
  const date = await feed('?from=yesterday');
  assert.deepEqual([date.status, date.body.error.parameter], [400, 'from']);
  const long = await feed(`?q=${'a'.repeat(513)}`);
  assert.deepEqual([long.status, long.body.error.parameter], [400, 'q']);
});

test('an engine that is down: 503 JSON', async () => {
  const { deps, engine } = fakeDeps();
  engine.failing = true;
  const res = await request(createApp(deps)).get('/feeds/search.atom?q=x');
  assert.equal(res.status, 503);
  assert.equal(res.body.error.code, 'engine_unavailable');
});

test('the search page announces the feed of its search in its head and shows a Feed link', async () => {
  const res = await request(sys.app).get('/?q=coalition&nation=usa&sort=oldest&page=2');
  const $ = cheerio.load(res.text);
  const alternate = $('head link[rel=alternate][type="application/atom+xml"]');
  assert.equal(alternate.length, 1);
  assert.equal(alternate.attr('title'), 'Archivist: “coalition” · nation United States');
  assert.equal(alternate.attr('href'), '/feeds/search.atom?q=coalition&nation=United+States');
  assert.equal($('#results .feed-link').attr('href'), '/feeds/search.atom?q=coalition&nation=United+States');
  assert.equal($('#results .feed-link').text(), 'Feed');
  const home = cheerio.load((await request(sys.app).get('/')).text);
  assert.equal(home('head link[rel=alternate]').attr('href'), '/feeds/search.atom');
  assert.equal(home('head link[rel=alternate]').attr('title'), 'Archivist: newest articles');
});
