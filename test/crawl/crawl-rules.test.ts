/** Site rules in a live crawl: a copy of Al Bawaba on another host gets Al Bawaba's rules from its page signature. */
import assert from 'node:assert/strict';
import { crawl } from '../../src/crawl/index.js';
import { silentLogger } from '../../src/log.js';
import { OPTIONS, withSite } from './helpers.js';
import { CRAWL_RULES } from '../../scrapers/index.js';

const opts = { ...OPTIONS, probeFeeds: false };

withSite(
  "a page with Al Bawaba's signature switches its host to Al Bawaba's rules",
  async (site, archive) => {
    const s = await crawl([`${site.base}/mirror`], opts, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
    assert.deepEqual([...site.hits.keys()].sort(), ['/mirror', '/robots.txt', site.paths.feed[0]].sort());
    assert.deepEqual([s.fetched, s.new, s.failed], [2, 1, {}]);
  },
  { mirrorSignature: true, noSitemapInRobots: true },
);

withSite(
  'without the signature the generic rules follow every listing-shaped link',
  async (site, archive) => {
    const s = await crawl([`${site.base}/mirror`], opts, { archive, log: silentLogger(), parse: site.parse, rules: CRAWL_RULES });
    assert.deepEqual(
      [...site.hits.keys()].sort(),
      ['/mirror', '/news/world/more', '/robots.txt', '/tags/qatar?sort=new', site.paths.feed[0]].sort(),
    );
    assert.deepEqual([s.fetched, s.new, s.failed], [2, 1, { http_404: 2 }]);
  },
  { noSitemapInRobots: true },
);
