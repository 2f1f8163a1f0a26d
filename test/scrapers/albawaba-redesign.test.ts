/**
 * An Al Bawaba page in a layout no scraper knows (new class names, no JSON-LD, no article meta
 * tags), as a redesign would serve it (issue 17): section, author and standfirst still found
 * from the visible page, and a byline with a pronoun in it gives no author "him".
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';

const REDESIGN = (byline: string) => `<!DOCTYPE html><html lang="en"><head><title>Jordan reach the Asian Cup final | Al Bawaba</title>
<link rel="canonical" href="https://www.albawaba.com/sport/jordan-reach-asian-cup-final-1550001"></head><body>
<header class="nx-top"><a href="/">Al Bawaba</a><ul class="nx-menu"><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li></ul></header>
<main class="nx-main"><div class="nx-story">
<h1 class="nx-story__title">Jordan reach the Asian Cup final</h1>
<p class="nx-story__dek">A late goal in Doha sends the team to its first final</p>
<div class="nx-story__credit">${byline}</div>
<div class="nx-story__when">Published February 7th, 2024 - 18:10 GMT</div>
<div class="nx-story__text">
<p>Jordan beat South Korea 2-0 in Doha on Tuesday to reach the final of the Asian Cup for the first time in the country's history.</p>
<p>Thousands of fans gathered in the streets of Amman after the match, waving flags and singing until the early hours.</p>
</div></div></main></body></html>`;

test('an Al Bawaba redesign: section from the URL, standfirst by its class, author from the byline', () => {
  const a = scrapePage(REDESIGN('By Omar Haddad'));
  assert.equal(a.title, 'Jordan reach the Asian Cup final');
  assert.equal(a.subtitle, 'A late goal in Doha sends the team to its first final');
  assert.deepEqual(a.authors, ['Omar Haddad']);
  assert.equal(a.section, 'Sport');
  assert.equal(a.publishedAt, '2024-02-07T18:10:00Z');
  assert.equal(a.dateSource, 'markup');
  assert.deepEqual(a.paragraphs, [
    "Jordan beat South Korea 2-0 in Doha on Tuesday to reach the final of the Asian Cup for the first time in the country's history.",
    'Thousands of fans gathered in the streets of Amman after the match, waving flags and singing until the early hours.',
  ]);
});

test('an Al Bawaba redesign whose byline line reads "By him" gives no author', () => {
  assert.deepEqual(scrapePage(REDESIGN('Photo shared by him')).authors, []);
  assert.deepEqual(scrapePage(REDESIGN('By him')).authors, []);
});
