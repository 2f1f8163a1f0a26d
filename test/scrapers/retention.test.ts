import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { scrapePage } from '../../scrapers/index.js';
import { detach } from '../../src/extract/index.js';
import { samplePage } from './helpers.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

test('detach gives the same text', () => {
  for (const s of ['', 'short', 'a paragraph long enough to be a slice of its page', 'نص عربي طويل بما يكفي ليكون شريحة']) {
    assert.equal(detach(s), s);
  }
});

test('a kept article does not keep the HTML of its page alive', () => {
  // a sample article page carrying 200 KB of navigation, as real pages do
  const page = samplePage('albawaba-d7.html').replace(
    '</body>',
    `<nav>${'<a href="/x">Another headline on the site</a>\n'.repeat(5_000)}</nav></body>`,
  );
  assert.ok(page.length > 200_000);
  const kept = [];
  const before = heapAfterGc();
  for (let i = 0; i < 40; i++) kept.push(scrapePage(page.replace('Drip Irrigation', `Drip Irrigation ${i}`), { source: `page-${i}` }));
  const grown = heapAfterGc() - before;
  assert.equal(kept.length, 40);
  // keeping the pages would hold 40 x 200+ KB = 8+ MB; the articles themselves are a few KB each
  assert.ok(grown < 2_000_000, `heap grew by ${grown} bytes for 40 kept articles`);
});

test("a scraped page's DOM is gone at the next young-generation collection", () => {
  const minorGc = () => (gc as unknown as (opts: { type: 'minor' }) => void)({ type: 'minor' });
  const page = samplePage('albawaba-d7.html').replace(
    '</body>',
    `<nav>${'<a href="/x">Another headline on the site</a>\n'.repeat(5_000)}</nav></body>`,
  );
  heapAfterGc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 40; i++) scrapePage(page, { source: `page-${i}` });
  minorGc();
  minorGc();
  const grown = process.memoryUsage().heapUsed - before;
  // cheerio defines a class per page, and V8's record of that class kept each page's tree (a few
  // MB for these pages: 10 MB or more for the 40) alive until a full collection; released,
  // 0.5-4 MB stays
  assert.ok(grown < 6_000_000, `heap grew by ${grown} bytes after 40 pages and a young-generation collection`);
});
