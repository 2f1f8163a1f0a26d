import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALBAWABA_CRAWL_RULES } from '../../scrapers/albawaba/crawl-rules.js';
import { GENERIC_CRAWL_RULES } from '../../scrapers/generic/crawl-rules.js';

const classify = (rules: typeof GENERIC_CRAWL_RULES, url: string) => rules.classify(new URL(url));
const AB = 'https://www.albawaba.com';

test('Al Bawaba rules: articles end in the node id, sections and tags are listings, the rest is left alone', () => {
  const cases: [string, string | null][] = [
    [`${AB}/news/putin-kim-vladivostok-1300001`, 'article'],
    [`${AB}/ar/${encodeURIComponent('أخبار')}/${encodeURIComponent('الحكومة-الأردنية')}-903876`, 'article'],
    [`${AB}/node/123456`, 'article'],
    [`${AB}/news/putin-kim-vladivostok-1300001?amp`, null],
    [`${AB}/`, 'listing'],
    [`${AB}/news`, 'listing'],
    [`${AB}/news?page=3`, 'listing'],
    [`${AB}/news?sort=asc`, null],
    [`${AB}/tags/qatar`, 'listing'],
    [`${AB}/ar/${encodeURIComponent('مصر')}`, 'listing'],
    [`${AB}/privacy`, null],
    [`${AB}/authors/jane-doe`, null],
    [`${AB}/sites/default/files/photo-123456.jpg`, null],
    [`${AB}/news/sub/section`, null],
  ];
  assert.deepEqual(
    cases.map(([u]) => [u, classify(ALBAWABA_CRAWL_RULES, u)]),
    cases,
  );
});

test('Al Bawaba rules: chosen by host, or by page signature for a copy on another host', () => {
  assert.equal(ALBAWABA_CRAWL_RULES.matchesHost('www.albawaba.com'), true);
  assert.equal(ALBAWABA_CRAWL_RULES.matchesHost('albawaba.com'), true);
  assert.equal(ALBAWABA_CRAWL_RULES.matchesHost('albawaba.com.example'), false);
  assert.equal(ALBAWABA_CRAWL_RULES.matchesPage('<meta property="og:site_name" content="Al Bawaba" />'), true);
  assert.equal(ALBAWABA_CRAWL_RULES.matchesPage('<div class="field field--name-body">'), true);
  assert.equal(ALBAWABA_CRAWL_RULES.matchesPage('<div class="content">'), false);
});

test('generic rules: URL shapes of articles and listings', () => {
  const cases: [string, string | null][] = [
    ['https://n.example/', 'listing'],
    ['https://n.example/world', 'listing'],
    ['https://n.example/world?page=2', 'listing'],
    ['https://n.example/world/some-story-12345', 'article'],
    ['https://n.example/2016/01/21/story', 'article'],
    ['https://n.example/world/a-long-story-slug-here', 'article'],
    ['https://n.example/story.html', 'article'],
    ['https://n.example/index.html', 'listing'],
    ['https://n.example/login', null],
    ['https://n.example/img/photo.JPG', null],
    ['https://n.example/files/report.pdf', null],
  ];
  assert.deepEqual(
    cases.map(([u]) => [u, classify(GENERIC_CRAWL_RULES, u)]),
    cases,
  );
});

test('generic rules: a page whose markup declares one article is one, whatever its URL', () => {
  const looks = (html: string): boolean => GENERIC_CRAWL_RULES.looksLikeArticle?.(html) === true;
  assert.equal(looks('<script type="application/ld+json">{"@context":"https://schema.org","@type": "NewsArticle"}</script>'), true);
  assert.equal(looks('<meta property="og:type" content="article" />'), true);
  assert.equal(looks(`<meta content='article' property='og:type'>`), true);
  assert.equal(looks('<div itemscope itemtype="https://schema.org/Article">'), true);
  assert.equal(
    looks('<meta property="og:type" content="website" /><script type="application/ld+json">{"@type":"CollectionPage"}</script>'),
    false,
  );
});
