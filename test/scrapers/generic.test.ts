import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';
import { samplePage } from './helpers.js';

test('news page with a JSON-LD @graph: article, breadcrumb and keywords from the graph', () => {
  const a = scrapePage(samplePage('generic-graph.html'), { source: 'generic-graph.html' });
  assert.equal(a.extractor, 'generic');
  assert.equal(a.url, 'https://news.coastal-ledger.example/business/2022/04/18/harbour-cranes-return');
  assert.equal(a.source, 'news.coastal-ledger.example');
  assert.equal(a.lang, 'en');
  assert.equal(a.title, 'Harbour Cranes Return to Work After Strike Ends');
  assert.equal(a.subtitle, 'Dockers accepted a 6% pay offer late on Sunday');
  assert.deepEqual(a.authors, ["Grace O'Neill"]);
  assert.equal(a.publishedAt, '2022-04-18T06:45:00Z');
  assert.equal(a.updatedAt, '2022-04-18T09:00:00Z');
  assert.equal(a.section, 'Business');
  assert.deepEqual(a.tags, ['Ports', 'Labour']);
  assert.deepEqual(a.paragraphs, [
    'Cranes at the harbour were moving containers again on Monday morning, after dockers voted to accept a pay offer and end a strike that had lasted nine days.',
    'The union said 78% of members who voted backed the deal, which raises pay by 6% this year and guarantees a review in twelve months.',
    'Shipping lines had diverted dozens of vessels to other ports during the dispute, and the port authority said it would take about a week to clear the backlog.',
    'Local businesses, from hauliers to cafés on the quay, said they had lost trade, although most welcomed the quick settlement.',
  ]);
});

test('news page without JSON-LD: OpenGraph, meta author and section, keywords, text density', () => {
  const a = scrapePage(samplePage('generic-plain.html'), { source: 'generic-plain.html' });
  assert.equal(a.extractor, 'generic');
  assert.equal(a.url, 'https://valleygazette.example/local/library-lends-telescopes');
  assert.equal(a.title, 'Library Lends Telescopes to Stargazers');
  assert.equal(a.subtitle, 'Borrowers can take a telescope home for two weeks');
  assert.deepEqual(a.authors, ['Priya Raman']);
  assert.equal(a.publishedAt, '2019-02-05T23:20:00Z');
  assert.equal(a.updatedAt, null);
  assert.equal(a.section, 'Local');
  assert.deepEqual(a.tags, ['library', 'astronomy']);
  assert.equal(a.paragraphs.length, 4);
  assert.equal(
    a.paragraphs[2],
    '“People kept asking us for things they can’t easily buy,” said the head librarian. “A telescope is a perfect example.”',
  );
  assert.equal(a.wordCount, 88);
});

test('the fetch URL stands in for a missing canonical URL, and relative canonicals resolve against it', () => {
  const page =
    '<html><head><title>Short Note</title><link rel="canonical" href="/notes/7"></head><body><h1>Short Note</h1>' +
    '<p>Published 4 May 2021</p><div><p>This is the only paragraph of a short note about the weather, long enough to count as prose for the finder.</p></div></body></html>';
  const a = scrapePage(page, { url: 'https://notes.example/notes/7?ref=home' });
  assert.equal(a.url, 'https://notes.example/notes/7');
  assert.equal(a.publishedAt, '2021-05-04T00:00:00Z');
  const b = scrapePage(page.replace('<link rel="canonical" href="/notes/7">', ''), { url: 'https://notes.example/n/7#top' });
  assert.equal(b.url, 'https://notes.example/n/7');
});

test('WordPress-style page: @graph author by @id, article header/footer, category link is not a tag, share and related blocks dropped', () => {
  const a = scrapePage(samplePage('generic-wordpress.html'));
  assert.deepEqual(a.authors, ['Dan Ortiz']);
  assert.equal(a.publishedAt, '2021-07-14T16:02:11Z');
  assert.equal(a.updatedAt, '2021-07-15T08:00:00Z');
  assert.equal(a.section, 'Local News');
  assert.deepEqual(a.tags, ['cycling', 'council']);
  assert.deepEqual(a.paragraphs, [
    'The city council voted 7-2 on Tuesday night to build protected bike lanes along four of the busiest streets downtown.',
    // a subheading of the body is part of its text (issue 17); the share bar's "Share this:" heading is not
    'What changes',
    'Work on the first lane, on Main Street, will begin in September and should take about three months, officials said.',
    'Opponents argued the lanes would remove more than 200 parking spaces, but supporters said safety had to come first.',
  ]);
});

test('legacy page: text straight in a table cell, paragraphs split by <br><br>, a "Posted:" date line', () => {
  const a = scrapePage(samplePage('generic-legacy-br.html'));
  assert.equal(a.url, 'https://old.example/story/991');
  assert.equal(a.title, 'Heatwave Warning Issued');
  assert.equal(a.publishedAt, '2009-08-03T13:40:00Z');
  assert.deepEqual(a.paragraphs, [
    'Forecasters issued a heatwave warning for the south of the country on Monday, with temperatures expected to pass 40 degrees.',
    'Hospitals were told to prepare for more patients, and schools were advised to keep children indoors during the afternoon.',
    'The warning will stay in force until Friday at the earliest, the weather office said.',
  ]);
});

test('a logo in an <h1> is not the headline: the h1 the document title repeats is', () => {
  const html =
    '<html><head><title>Dam Levels Fall Again | Desert Daily</title><link rel="canonical" href="https://desert.example/d/1"></head><body>' +
    '<h1 class="brand">Desert Daily</h1><div class="story"><h1>Dam Levels Fall Again</h1><p>Published 1 March 2020</p>' +
    '<p>Water in the main reservoir fell to a fifth of capacity this week, the authority said, urging households to save.</p></div></body></html>';
  const a = scrapePage(html);
  assert.equal(a.title, 'Dam Levels Fall Again');
  assert.equal(a.publishedAt, '2020-03-01T00:00:00Z');
  assert.deepEqual(a.paragraphs, [
    'Water in the main reservoir fell to a fifth of capacity this week, the authority said, urging households to save.',
  ]);
});

test('a "By …" line without a byline class names the author; a sentence starting "By" does not', () => {
  const page = (byline: string) =>
    '<html><head><title>Ferry Fares Frozen</title><link rel="canonical" href="https://isles.example/f"></head><body>' +
    `<h1>Ferry Fares Frozen</h1><p>${byline}</p><p>Published 9 April 2024</p><div>` +
    '<p>Fares on the island ferries will not rise this year, the operator said, after a campaign by residents.</p></div></body></html>';
  assert.deepEqual(scrapePage(page('By Ewan Macleod')).authors, ['Ewan Macleod']);
  assert.deepEqual(scrapePage(page('By then, the decision had been made.')).authors, []);
});
