/**
 * Bounds on a crawl run: --max, --since, a stop signal with resume, robots.txt Crawl-delay,
 * and the start URLs themselves.
 */
import assert from 'node:assert/strict';
import { crawl } from '../../src/crawl/index.js';
import type { CrawlSummary } from '../../src/crawl/index.js';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { articlePathsHit, OPTIONS, withSite } from './helpers.js';
import { CRAWL_RULES } from '../../scrapers/index.js';
import { documentId } from '../../src/extract/index.js';

const one = { ...OPTIONS, concurrency: 1 };

withSite('--max bounds article fetches per invocation; the next invocation resumes the run', async (site, archive) => {
  const deps = { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES };
  const p = (i: number): string => new URL(site.articles[i]!.url).pathname;
  const opts = { ...one, maxArticles: 3, probeFeeds: false };
  // frontier order: the start listing, the sitemaps robots.txt names, then articles in discovery order
  const first = await crawl([`${site.base}/news`], opts, deps);
  assert.deepEqual(articlePathsHit(site), [p(8), p(9), p(4)].sort());
  assert.deepEqual([first.new, first.resumed, first.pending > 0], [3, false, true]);
  const second = await crawl([`${site.base}/news`], opts, deps);
  assert.deepEqual([second.new, second.resumed, second.runId, second.skipped], [3, true, first.runId, { robots: 1 }]);
  assert.deepEqual(articlePathsHit(site), [p(8), p(9), p(4), p(5), p(6), p(7)].sort());
  assert.deepEqual(
    [...site.hits].filter(([, n]) => n > 1),
    [['/robots.txt', 2]],
  );
  assert.equal(archive.countDocuments(), 6);
});

withSite('a stopped crawl resumes where it stopped: every URL fetched once over both invocations', async (site, archive) => {
  const stop = new AbortController();
  const deps = { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES };
  const first = await crawl([`${site.base}/`], one, { ...deps, signal: stop.signal, onProgress: ({ done }) => done === 8 && stop.abort() });
  assert.equal(first.resumed, false);
  assert.ok(first.pending > 0);
  const second = await crawl([`${site.base}/`], one, deps);
  assert.deepEqual([second.resumed, second.runId, second.pending], [true, first.runId, 0]);
  const total = (k: 'fetched' | 'new'): number => first[k] + second[k];
  assert.deepEqual([total('fetched'), total('new')], [25, 16]);
  const twice = [...site.hits].filter(
    ([p, n]) => n > 1 && p !== site.paths.flaky && p !== site.paths.busy && !p.startsWith('/news/broken'),
  );
  assert.deepEqual(twice, [['/robots.txt', 2]]); // robots.txt is read again by each invocation
  assert.equal(archive.countDocuments(), 16);
  // the run is closed now (crawl.test.ts shows the next crawl starting a new one)
  const run = archive.db.prepare('SELECT finished_at IS NOT NULL AS closed FROM crawl_runs WHERE id = ?').get(first.runId) as {
    closed: number;
  };
  assert.equal(run.closed, 1);
});

const SINCE = '2020-01-01T00:00:00Z';
const NEW = '2024-05-01T10:00:00Z';
const OLD = '2012-05-01T10:00:00Z';
// feed 0-3, sitemap-1 4-5, sitemap-2 6-7, listing pages [8, 9] [10, 11] [12]; 13-15 linked undated from the home page
const DATES = {
  0: NEW,
  1: OLD,
  2: NEW,
  3: OLD,
  4: NEW,
  5: OLD,
  6: OLD,
  7: NEW,
  8: NEW,
  9: OLD,
  10: OLD,
  11: OLD,
  12: NEW,
  13: NEW,
  14: OLD,
  15: NEW,
};

withSite(
  '--since skips dated feed/sitemap/listing entries before it and stops paginating past it',
  async (site, archive) => {
    const s: CrawlSummary = await crawl(
      [`${site.base}/`],
      { ...OPTIONS, since: new Date(SINCE) },
      { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES },
    );
    const p = (i: number): string => new URL(site.articles[i]!.url).pathname;
    // 0 2 4 7 8 by date; 13 (redirect target), 14 and 15 are linked undated from the home page
    assert.deepEqual(articlePathsHit(site), [0, 2, 4, 7, 8, 13, 14, 15].map(p).sort());
    // 1 3 5 6 9 10 11 by their listed date; 14 by the date its page gives once parsed (issue 19.1);
    // page 2 of the listing (12) is never read
    assert.equal(s.skipped.since, 8);
    assert.equal(site.hits.get('/news?page=1'), 1);
    assert.equal(site.hits.get('/news?page=2'), undefined);
    assert.equal(s.new, 7);
    assert.deepEqual(
      [14, 15].map((i) => archive.getDocument(documentId(site.articles[i]!.url))?.publishedAt ?? null),
      [null, NEW],
    );
  },
  { dates: DATES },
);

withSite(
  'robots.txt Crawl-delay spaces requests to the host',
  async (site, archive) => {
    const started = Date.now();
    await crawl(
      [`${site.base}/news?page=2`],
      { ...OPTIONS, concurrency: 3, hostConcurrency: 3, probeFeeds: false, maxArticles: 2 },
      { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES },
    );
    const times = site.log.filter((r) => r.path !== '/robots.txt').map((r) => r.at);
    // /news?page=2, the sitemap index, two sitemaps, two articles
    assert.equal(times.length, 6);
    // each request starts >= 200 ms after the previous one, so the last cannot arrive before 5 gaps have
    // passed (arrival gaps alone can shrink on a busy machine when one request is delivered late)
    assert.ok(times[5]! - started >= 5 * 200, `six requests within ${times[5]! - started} ms`);
  },
  { crawlDelaySeconds: 0.2 },
);

withSite('start URLs must be absolute http(s) URLs', async (site, archive) => {
  const deps = { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES };
  await assert.rejects(
    crawl(['javascript:alert(1)'], OPTIONS, deps),
    (e: unknown) => e instanceof InputError && e.parameter === 'start-url',
  );
  await assert.rejects(crawl(['/relative'], OPTIONS, deps), InputError);
  await assert.rejects(crawl([], OPTIONS, deps), InputError);
  await assert.rejects(
    crawl([site.base], { ...OPTIONS, concurrency: 0 }, deps),
    (e: unknown) => e instanceof InputError && e.parameter === 'concurrency',
  );
  assert.equal(site.hits.size, 0);
});

withSite(
  'never leaves the start hosts unless allowed, never requests a non-http(s) URL',
  async (site, archive) => {
    const deps = { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES };
    const p = (i: number): string => new URL(site.articles[i]!.url).pathname;
    const opts = { ...OPTIONS, probeFeeds: false };
    const closed = await crawl([`${site.base}/links`], opts, deps);
    assert.deepEqual([closed.skipped, closed.fetched, closed.new], [{ off_host: 2, scheme: 6 }, 2, 1]);
    assert.deepEqual([...site.hits.keys()].sort(), ['/links', '/robots.txt', p(2)].sort());
    site.hits.clear();
    const open = await crawl([`${site.base}/links`], { ...opts, allowHosts: ['localhost'] }, deps);
    // the localhost copy of article 0 is fetched (robots.txt read for that origin too); elsewhere.example still is not
    assert.deepEqual([open.skipped, open.new], [{ off_host: 1, scheme: 6 }, 1]);
    assert.deepEqual(site.hits.get(p(0)), 1);
    assert.equal(site.hits.get('/robots.txt'), 2);
  },
  { noSitemapInRobots: true },
);

withSite(
  'a directory URL redirected to its trailing slash is fetched there, and relative links resolve against it',
  async (site, archive) => {
    const slug = site.paths.feed[3]!.split('/').pop()!;
    const s = await crawl(
      [`${site.base}/section`],
      { ...OPTIONS, probeFeeds: false },
      { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES },
    );
    assert.deepEqual([s.fetched, s.new, s.failed], [2, 1, {}]);
    assert.deepEqual(
      [...site.hits].sort(),
      [
        ['/robots.txt', 1],
        ['/section', 1],
        ['/section/', 1],
        [`/section/${slug}`, 1],
      ].sort(),
    );
  },
  { noSitemapInRobots: true },
);

withSite(
  'a page whose canonical URL names a link still queued settles that link: the story is fetched once',
  async (site, archive) => {
    const original = site.paths.feed[2]!;
    const copy = original.replace('/news/', '/section/');
    const s = await crawl(
      [`${site.base}/dupes`],
      { ...OPTIONS, concurrency: 1, probeFeeds: false },
      { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES },
    );
    assert.deepEqual([s.fetched, s.new, s.failed, s.pending], [2, 1, {}, 0]);
    assert.deepEqual(
      [...site.hits].sort(),
      [
        ['/dupes', 1],
        ['/robots.txt', 1],
        [copy, 1],
      ].sort(),
    );
    assert.equal(archive.countDocuments(), 1);
  },
  { noSitemapInRobots: true },
);

withSite(
  'a scraper that crashes on a page is counted, the raw page kept, and the crawl goes on',
  async (site, archive) => {
    const crashing = (): never => {
      throw new TypeError("Cannot read properties of undefined (reading 'text')");
    };
    const s = await crawl(
      [`${site.base}/news?page=2`],
      { ...OPTIONS, probeFeeds: false },
      { archive, log: silentLogger(), parse: crashing, rules: CRAWL_RULES },
    );
    assert.deepEqual([s.fetched, s.new, s.failed, s.pending], [2, 0, { parse_crashed: 1 }, 0]);
    assert.deepEqual([archive.countRawPages(), archive.countDocuments()], [1, 0]);
  },
  { noSitemapInRobots: true },
);
