/**
 * Metadata from the visible page when the markup states none (issue 17): a standfirst by its
 * class, bylines from classes and from "By …" text (never a pronoun or a fragment), a section
 * from a kicker or from the URL's first path segment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';
import { isPlausibleName } from '../../scrapers/generic/visible-meta.js';

const BODY = `<div class="story-text">
<p>The regional water board approved a plan on Thursday to line the old canal with clay, after two summers of leaks.</p>
<p>Farmers along the canal said the leaks had cost them a third of their allotment, and welcomed the decision.</p>
</div>`;

const page = (inner: string, menu = '') => `<!DOCTYPE html><html lang="en"><head><title>Canal to be relined</title></head><body>
<nav class="top">${menu}</nav><main>${inner}${BODY}</main></body></html>`;

const scrape = (html: string, url = 'https://valley.example/news/canal-to-be-relined') =>
  scrapePage(html, { url, fetchedAt: '2026-12-06T10:00:00Z', generic: true });

test('a standfirst right under the headline, by a class in any naming scheme', () => {
  const a = scrape(page('<h1>Canal to be relined</h1><p class="article__dek">Board acts after two summers of leaks on the old canal</p>'));
  assert.equal(a.subtitle, 'Board acts after two summers of leaks on the old canal');
  assert.equal(a.paragraphs.length, 2);
});

test('a summary-class block far from the headline is not the standfirst', () => {
  const a = scrape(
    page(
      '<h1>Canal to be relined</h1><p>Filed from the valley office.</p><div class="c-summary">Board acts after two summers of leaks</div>',
    ),
  );
  assert.equal(a.subtitle, null);
});

test('bylines: a "By …" line, a byline class, an Arabic بقلم line', () => {
  assert.deepEqual(scrape(page('<h1>Canal to be relined</h1><p>By Maria Lopes and Tom Hart</p>')).authors, ['Maria Lopes', 'Tom Hart']);
  assert.deepEqual(scrape(page('<h1>Canal to be relined</h1><div class="c-byline">Written by Anna Berg</div>')).authors, ['Anna Berg']);
  assert.deepEqual(scrape(page('<h1>Canal to be relined</h1><p>بقلم منى الخطيب</p>')).authors, ['منى الخطيب']);
});

test('a pronoun or a sentence fragment is never an author', () => {
  assert.deepEqual(scrape(page('<h1>Canal to be relined</h1><p>By him</p>')).authors, []);
  assert.deepEqual(scrape(page('<h1>Canal to be relined</h1><span class="byline">by train and then on foot</span>')).authors, []);
  assert.equal(isPlausibleName('Maria Lopes'), true);
  assert.equal(isPlausibleName('منى الخطيب'), true);
  assert.equal(isPlausibleName('him'), false);
  assert.equal(isPlausibleName('them'), false);
  assert.equal(isPlausibleName('far the largest share of the vote'), false);
  assert.equal(isPlausibleName('Martin Luther King Jr.'), true);
});

test('a section from a kicker over the headline', () => {
  const a = scrape(page('<div class="story-kicker"><a href="/environment">Environment</a></div><h1>Canal to be relined</h1>'));
  assert.equal(a.section, 'Environment');
});

test('a section from the first URL path segment, when the site links to that section', () => {
  const menu = '<a href="/">Home</a> <a href="/sport/">Sport</a> <a href="/business">Business</a>';
  const html = page('<h1>Canal to be relined</h1>', menu);
  assert.equal(scrape(html, 'https://valley.example/business/canal-to-be-relined-4411').section, 'Business');
  // a language code first: the segment after it
  const ar = page('<h1>Canal to be relined</h1>', '<a href="/ar/economy">اقتصاد</a>');
  assert.equal(scrape(ar, 'https://valley.example/ar/economy/canal-4411').section, 'اقتصاد');
  // no link to the segment's front page: the site does not use it as a section
  assert.equal(scrape(html, 'https://valley.example/weather/canal-to-be-relined-4411').section, null);
  // a page at the top of the path has no section folder
  assert.equal(scrape(html, 'https://valley.example/business').section, null);
});
