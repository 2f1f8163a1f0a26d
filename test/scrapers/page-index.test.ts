import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { loadHtml } from '../../scrapers/common/load.js';
import { PageIndex } from '../../scrapers/common/page-index.js';
import { BODY_CONTAINERS, BYLINE, PUBLISHED_ATTR, STANDFIRST, TAG_LINKS, DATE_TEXT, BREADCRUMB } from '../../scrapers/generic/selectors.js';
import { PAGES_DIR, samplePage } from './helpers.js';

// Every selector the scrapers send to the index, plus edge forms; the index must agree with cheerio.
const SELECTORS = [
  BODY_CONTAINERS,
  BYLINE,
  PUBLISHED_ATTR,
  STANDFIRST,
  TAG_LINKS,
  DATE_TEXT,
  BREADCRUMB,
  'meta',
  'title',
  'html',
  'h1',
  'article h1',
  'link[rel~="canonical"]',
  'script[type="application/ld+json"]',
  'meta[property="og:url"]',
  '.field-name-body .field-item, .field-name-body',
  '.field--name-field-tags a',
  'time[datetime]',
  '[class*="date"]',
  'body.node-type-article',
  '[data-history-node-id]',
  'p, div, article',
];

test('the page index answers simple selectors exactly as cheerio does, in document order', () => {
  for (const name of readdirSync(PAGES_DIR)) {
    const $ = loadHtml(samplePage(name));
    const index = new PageIndex($.root().get(0)!);
    for (const sel of SELECTORS) {
      const got = index.query(sel);
      assert.notEqual(got, null, `${sel} should be simple`);
      assert.deepEqual(got, $(sel).toArray(), `${name}: ${sel}`);
    }
  }
});

test('selectors beyond the simple forms are left to cheerio', () => {
  const index = new PageIndex(loadHtml('<div><p>x</p></div>').root().get(0)!);
  assert.equal(index.query('div > p'), null);
  assert.equal(index.query('a b c'), null);
  assert.equal(index.query('p:first-child'), null);
});

test('an element whose class attribute repeats a class is found once', () => {
  const $ = loadHtml('<div class="x  y x"><p class="x">a</p></div><span class="y">b</span>');
  const index = new PageIndex($.root().get(0)!);
  assert.deepEqual(
    index.query('.x')!.map((el) => el.name),
    ['div', 'p'],
  );
  assert.deepEqual(
    index.query('.y')!.map((el) => el.name),
    ['div', 'span'],
  );
  assert.deepEqual(index.query('.x'), $('.x').toArray());
});
