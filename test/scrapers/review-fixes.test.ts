/**
 * Generic-scraper defects found by the held-out review, each pinned with our own small page:
 * related-post plugins, wire credit lines, live-blog time stamps, standfirsts, bylines with a
 * place and date, multi-item author fields, Arabic bylines and menus that look like breadcrumbs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from '../../scrapers/index.js';
import { isBoilerplateLine } from '../../scrapers/common/boilerplate.js';

const PROSE_A = 'The harbour authority said on Tuesday that the new quay would open to cargo ships in the spring, two years late.';
const PROSE_B = 'Fishermen, who had opposed the project, said the dredging had driven shoals away from the bay for a whole season.';

/** A small generic page: head extras, then the article markup inside <article>. */
function page(inner: string, head = ''): string {
  return '<html lang="en"><head><title>Quay Opens Late | Bay Herald</title><link rel="canonical" href="https://bay.example/n/7">'
    + `<meta property="article:published_time" content="2023-03-14T08:00:00Z">${head}</head><body>`
    + `<article><h1>Quay Opens Late</h1>${inner}</article></body></html>`;
}

test('a related-posts plugin block (class glued to "related") is dropped, its context line too', () => {
  const html = page(`<div class="entry-content"><p>${PROSE_A}</p><p>${PROSE_B}</p>`
    + '<div class="crp-relatedposts"><p class="crp-relatedposts-context">In "Harbours"</p></div>'
    + '<p class="yarpp-relatedposts-context">In "Ports"</p></div>');
  assert.deepEqual(parsePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});

test('wire credit lines are not prose; sentences that start with a role word are', () => {
  for (const line of [
    '(Reporting by Lena Vogt in Hamburg; Editing by Paul Reyes)',
    '(Additional reporting by Omar Said; Writing by Dana Kell; Editing by Ian Moss)',
    'Reporting by Lena Vogt; Editing by Paul Reyes',
  ]) assert.equal(isBoilerplateLine(line), true, line);
  for (const line of [
    'Reporting by the agency showed the port lost money for a third year.',
    'Editing by hand took the team three weeks, the archivist said.',
  ]) assert.equal(isBoilerplateLine(line), false, line);
  const html = page(`<div class="entry-content"><p>${PROSE_A}</p><p>${PROSE_B}</p><p>(Reporting by Lena Vogt; Editing by Paul Reyes)</p></div>`);
  assert.deepEqual(parsePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});

test('a bare time stamp or date label is not a paragraph; a sentence with a date is', () => {
  for (const line of ['09:40', '2.15pm', '18:30 GMT', 'Tuesday 14 March 2023', '14 March 2023, 09:40 GMT']) {
    assert.equal(isBoilerplateLine(line), true, line);
  }
  for (const line of ['Talks resume on 14 March 2023 in Oslo', 'At 09:40 the first ship docked.']) {
    assert.equal(isBoilerplateLine(line), false, line);
  }
  const html = page('<div class="article-body"><div class="update"><time datetime="2023-03-14T09:40:00Z">09:40</time>'
    + `<p>${PROSE_A}</p></div><div class="update"><span class="stamp">08:15</span><p>${PROSE_B}</p></div></div>`);
  assert.deepEqual(parsePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});
