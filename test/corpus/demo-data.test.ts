/**
 * Tests for the demo archive's data (demo/articles) and its committed pages (demo/pages):
 * the set is complete, the pages are current, the expected facets are written in the text,
 * and the XSS page carries its payload as escaped text only.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { renderPage } from '../../bench/corpus/index.js';
import { PAGES_DIR, loadDemoArticles } from '../../demo/article-data.js';

const entries = loadDemoArticles();
const SECURITY_PAGE = 'zz-security-test.d9.html';
// The site's default page size for "newest" (docs/interfaces.md: perPage default 20).
const FIRST_PAGE = 20;

test('the demo set: 42 articles, 7 in Arabic, all three layouts', () => {
  assert.equal(entries.length, 42);
  assert.equal(entries.filter((e) => e.data.lang === 'ar').length, 7);
  const layouts = entries.map((e) => e.data.layout);
  assert.deepEqual(
    [layouts.filter((l) => l === 'd7').length, layouts.filter((l) => l === 'd9').length, layouts.filter((l) => l === 'amp').length],
    [19, 16, 7],
  );
  assert.equal(new Set(entries.map((e) => e.spec.url)).size, entries.length);
});

test('demo/pages holds exactly the pages build.ts renders from the data', () => {
  const files = readdirSync(PAGES_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort();
  assert.deepEqual(files, entries.map((e) => e.pageFile).sort());
  for (const e of entries) {
    assert.equal(
      readFileSync(join(PAGES_DIR, e.pageFile), 'utf8'),
      renderPage(e.spec, e.data.layout),
      `${e.pageFile} is stale: run npx tsx demo/build.ts`,
    );
  }
});

test('every expected person is written in the article itself', () => {
  for (const e of entries) {
    const text = [e.data.title, e.data.subtitle ?? '', ...e.data.paragraphs].join('\n');
    for (const p of e.data.expected.persons) assert.ok(text.includes(p), `${p} not in ${e.name}`);
  }
});

test('facets narrow: France, then Jean-Yves Le Drian, across Daesh and ISIS stories', () => {
  const withFrance = entries.filter((e) => e.data.expected.nations.includes('France'));
  const withLeDrian = withFrance.filter((e) => e.data.expected.persons.includes('Jean-Yves Le Drian'));
  assert.equal(withFrance.length, 12);
  assert.deepEqual(
    withLeDrian.map((e) => e.name),
    [
      '2015-carter-presses-allies-after-paris',
      '2016-french-jets-hit-daesh-oil',
      '2016-mosul-offensive-begins',
      '2017-raqqa-cleared-of-isis',
      '2019-turkey-offensive-northeast-syria',
    ],
  );
  const says = (word: string) => withLeDrian.filter((e) => [e.data.title, ...e.data.paragraphs].join(' ').includes(word)).length;
  assert.deepEqual([says('Daesh'), says('ISIS')], [3, 2]);
});

test('the security page shows its payload as escaped text and sits below the first page of newest', () => {
  const html = readFileSync(join(PAGES_DIR, SECURITY_PAGE), 'utf8');
  assert.equal(html.includes('<script>alert(1)'), false);
  assert.equal(html.includes('<img src=x'), false);
  assert.ok(
    html.includes(
      '<title>Researchers Show How &lt;script&gt;alert(1)&lt;/script&gt; Slips Past Careless Comment Forms | Al Bawaba</title>',
    ),
  );
  const security = entries.find((e) => e.pageFile === SECURITY_PAGE)!;
  assert.ok(security.data.paragraphs[1]!.includes('<img src=x onerror=alert(1)>'));
  const newer = entries.filter((e) => e.data.publishedAt > security.data.publishedAt).length;
  assert.ok(newer >= FIRST_PAGE, `${newer} articles newer than the security page`);
});
