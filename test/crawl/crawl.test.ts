/**
 * The crawler end to end against the local test site: which URLs are fetched and how often,
 * what is stored, the summary, a second crawl answered with 304s, and resume after a stop.
 */
import assert from 'node:assert/strict';
import { crawl } from '../../src/crawl/index.js';
import { silentLogger } from '../../src/log.js';
import { OPTIONS, withSite } from './helpers.js';
import { FAULTS } from './site.js';
import { CRAWL_RULES } from '../../scrapers/index.js';

const FIRST_CRAWL_FAILED = { http_500: 1, no_article: 1, redirect_loop: 1, timeout: 1, too_large: 1 };
const SKIPPED = { content_type: 1, off_host: 1, robots: 1, scheme: 2 };

withSite('crawls the site once per URL, stores every article once, then re-crawls with 304s', async (site, archive) => {
  const first = await crawl([`${site.base}/`], OPTIONS, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
  assert.deepEqual(
    { ...first, runId: 0 },
    {
      fetched: 25,
      notModified: 0,
      failed: FIRST_CRAWL_FAILED,
      skipped: SKIPPED,
      new: 16,
      updated: 0,
      unchanged: 0,
      runId: 0,
      resumed: false,
      pending: 0,
    },
  );
  const p = site.paths;
  const articleHits = Object.fromEntries([...p.feed, ...p.sitemap1, ...p.sitemap2, ...p.listing.flat(), p.movedTarget].map((x) => [x, 1]));
  assert.deepEqual(Object.fromEntries(site.hits), {
    '/robots.txt': 1,
    '/rss.xml': 1,
    '/sitemap.xml': 1,
    '/sitemap-index.xml': 1,
    '/sitemap-1.xml': 1,
    '/sitemap-2.xml.gz': 1,
    '/': 1,
    '/news': 1,
    '/news?page=1': 1,
    '/news?page=2': 1,
    ...articleHits,
    [p.flaky]: 3,
    [p.busy]: 2,
    [FAULTS.slow]: 1,
    [FAULTS.loopA]: 1,
    [FAULTS.loopB]: 1,
    [FAULTS.huge]: 1,
    [FAULTS.pdf]: 1,
    [FAULTS.moved]: 1,
    [FAULTS.broken]: 3,
    [FAULTS.notArticle]: 1,
  });
  assert.equal(archive.countDocuments(), 16);
  assert.equal(archive.countRawPages(), 17); // the 16 articles and the page that did not parse
  assert.equal(archive.outbox.pending(), 16);
  const moved = archive.getRawPage(`${site.base}${p.movedTarget}`);
  assert.equal(moved?.status, 200);
  assert.match(moved?.headers.etag ?? '', /^"[0-9a-f]{16}"$/u);

  site.hits.clear();
  const second = await crawl([`${site.base}/`], OPTIONS, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
  assert.deepEqual(
    { ...second, runId: 0 },
    // everything that was fetched is unchanged: 304s (the flaky and busy pages behave now)
    {
      fetched: 0,
      notModified: 25,
      failed: { http_500: 1, redirect_loop: 1, timeout: 1, too_large: 1 },
      skipped: SKIPPED,
      new: 0,
      updated: 0,
      unchanged: 0,
      runId: 0,
      resumed: false,
      pending: 0,
    },
  );
  assert.equal(site.hits.get(p.flaky), 1);
  assert.equal(site.hits.get(p.busy), 1);
  assert.equal(site.hits.get(FAULTS.broken), 3);
  assert.equal(archive.countDocuments(), 16);
  assert.equal(archive.countRawPages(), 17);
  assert.equal(archive.outbox.pending(), 16);
  assert.ok(second.runId > first.runId);
});

withSite('an article deleted from the archive is fetched whole again, not answered with a 304', async (site, archive) => {
  await crawl([`${site.base}/`], OPTIONS, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
  const url = `${site.base}${site.paths.feed[0]}`;
  const stored = [...archive.iterateDocuments()].flat().find((d) => d.url === url);
  assert.ok(stored, `the first crawl stored ${url}`);
  assert.equal(archive.removeDocument(stored.id), true);

  site.hits.clear();
  const second = await crawl([`${site.base}/`], OPTIONS, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
  assert.deepEqual([second.fetched, second.notModified, second.new], [1, 24, 1]);
  assert.equal(archive.getDocument(stored.id)?.title, stored.title);
  assert.equal(archive.countDocuments(), 16);
});
