/**
 * The generic scraper on page furniture, each case with our own small page: related-post plugins, wire credit lines, live-blog time stamps, standfirsts, bylines with a
 * place and date, multi-item author fields, Arabic bylines and menus that look like breadcrumbs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';
import { isBoilerplateLine } from '../../scrapers/common/boilerplate.js';

const PROSE_A = 'The harbour authority said on Tuesday that the new quay would open to cargo ships in the spring, two years late.';
const PROSE_B = 'Fishermen, who had opposed the project, said the dredging had driven shoals away from the bay for a whole season.';

/** A small generic page: head extras, then the article markup inside <article>. */
function page(inner: string, head = ''): string {
  return (
    '<html lang="en"><head><title>Quay Opens Late | Bay Herald</title><link rel="canonical" href="https://bay.example/n/7">' +
    `<meta property="article:published_time" content="2023-03-14T08:00:00Z">${head}</head><body>` +
    `<article><h1>Quay Opens Late</h1>${inner}</article></body></html>`
  );
}

test('a related-posts plugin block (class glued to "related") is dropped, its context line too', () => {
  const html = page(
    `<div class="entry-content"><p>${PROSE_A}</p><p>${PROSE_B}</p>` +
      '<div class="crp-relatedposts"><p class="crp-relatedposts-context">In "Harbours"</p></div>' +
      '<p class="yarpp-relatedposts-context">In "Ports"</p></div>',
  );
  assert.deepEqual(scrapePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});

test('wire credit lines are not prose; sentences that start with a role word are', () => {
  for (const line of [
    '(Reporting by Lena Vogt in Hamburg; Editing by Paul Reyes)',
    '(Additional reporting by Omar Said; Writing by Dana Kell; Editing by Ian Moss)',
    'Reporting by Lena Vogt; Editing by Paul Reyes',
  ])
    assert.equal(isBoilerplateLine(line), true, line);
  for (const line of [
    'Reporting by the agency showed the port lost money for a third year.',
    'Editing by hand took the team three weeks, the archivist said.',
  ])
    assert.equal(isBoilerplateLine(line), false, line);
  const html = page(
    `<div class="entry-content"><p>${PROSE_A}</p><p>${PROSE_B}</p><p>(Reporting by Lena Vogt; Editing by Paul Reyes)</p></div>`,
  );
  assert.deepEqual(scrapePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});

test('a bare time stamp or date label is not a paragraph; a sentence with a date is', () => {
  for (const line of ['09:40', '2.15pm', '18:30 GMT', 'Tuesday 14 March 2023', '14 March 2023, 09:40 GMT']) {
    assert.equal(isBoilerplateLine(line), true, line);
  }
  for (const line of ['Talks resume on 14 March 2023 in Oslo', 'At 09:40 the first ship docked.']) {
    assert.equal(isBoilerplateLine(line), false, line);
  }
  const html = page(
    '<div class="article-body"><div class="update"><time datetime="2023-03-14T09:40:00Z">09:40</time>' +
      `<p>${PROSE_A}</p></div><div class="update"><span class="stamp">08:15</span><p>${PROSE_B}</p></div></div>`,
  );
  assert.deepEqual(scrapePage(html, { generic: true }).paragraphs, [PROSE_A, PROSE_B]);
});

/** A page with a byline element and no JSON-LD or author meta, so the shown byline decides. */
function bylinePage(byline: string): string {
  return page(`${byline}<div class="article-body"><p>${PROSE_A}</p><p>${PROSE_B}</p></div>`);
}

test('an author element inside a byline names the author; the place and date after it do not', () => {
  const html = bylinePage(
    '<div class="byline"><a class="author-name" href="/p/ines">Inês Duarte</a>, Lisbon | <time>14 March 2023</time></div>',
  );
  assert.deepEqual(scrapePage(html, { generic: true }).authors, ['Inês Duarte']);
  // The same byline as bare text: the place before a dateline tail is not a second author.
  const bare = bylinePage('<div class="byline">By Inês Duarte, Lisbon · 14 March 2023</div>');
  assert.deepEqual(scrapePage(bare, { generic: true }).authors, ['Inês Duarte']);
});

test('a multi-value author field gives one author per item element', () => {
  const html = bylinePage('<div class="post-authors field-author"><ul><li>Noor Bakr</li><li>Henrik Sand</li></ul></div>');
  assert.deepEqual(scrapePage(html, { generic: true }).authors, ['Noor Bakr', 'Henrik Sand']);
  const linked = bylinePage('<span class="author">By <a href="/a">Noor Bakr</a> and <a href="/b">Henrik Sand</a></span>');
  assert.deepEqual(scrapePage(linked, { generic: true }).authors, ['Noor Bakr', 'Henrik Sand']);
});

test('an Arabic byline line ("كتبت: NAME - CITY", "بقلم NAME") names the author without the place', () => {
  const arabic = (line: string) =>
    '<html lang="ar"><head><title>افتتاح رصيف الميناء</title><link rel="canonical" href="https://bay.example/ar/7">' +
    '<meta property="article:published_time" content="2023-03-14T08:00:00Z"></head><body><h1>افتتاح رصيف الميناء</h1>' +
    `<div class="meta-line">${line}</div><div class="article-body"><p>قالت سلطة الميناء يوم الثلاثاء إن الرصيف الجديد سيفتح أمام سفن الشحن في الربيع، بعد تأخير دام عامين كاملين.</p>` +
    '<p>وقال صيادون عارضوا المشروع إن أعمال التجريف أبعدت الأسماك عن الخليج طوال موسم كامل، مطالبين بتعويضات عاجلة من الحكومة.</p></div></body></html>';
  assert.deepEqual(scrapePage(arabic('كتبت: سلمى الحداد - الإسكندرية')).authors, ['سلمى الحداد']);
  assert.deepEqual(scrapePage(arabic('بقلم سلمى الحداد')).authors, ['سلمى الحداد']);
});

test('a top menu starting with Home is not a breadcrumb; a trail with arrows is', () => {
  const withNav = (nav: string) =>
    '<html><head><title>Quay Opens Late</title><link rel="canonical" href="https://bay.example/n/7">' +
    `<meta property="article:published_time" content="2023-03-14T08:00:00Z"></head><body>${nav}` +
    `<h1>Quay Opens Late</h1><div class="article-body"><p>${PROSE_A}</p><p>${PROSE_B}</p></div></body></html>`;
  const menu = '<div><a href="/">Home</a> | <a href="/local">Local</a> | <a href="/sport">Sport</a></div>';
  assert.equal(scrapePage(withNav(menu), { generic: true }).section, null);
  const trail = '<div class="where"><a href="/">Home</a> › <a href="/local">Local</a></div>';
  assert.equal(scrapePage(withNav(menu + trail), { generic: true }).section, 'Local');
  const classed = '<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/business">Business</a></li></ol></nav>';
  assert.equal(scrapePage(withNav(menu + classed), { generic: true }).section, 'Business');
});

test('a summary-class block right under the headline is the subtitle and leaves the body', () => {
  const dek = 'Cargo ships will use the new quay from April after two years of delays';
  const html = page(`<p class="dek">${dek}</p><p>${PROSE_A}</p><p>${PROSE_B}</p>`);
  const a = scrapePage(html, { generic: true });
  assert.equal(a.subtitle, dek);
  assert.deepEqual(a.paragraphs, [PROSE_A, PROSE_B]);
  // Lower down, a "lead" paragraph is the standfirst only when the page's description repeats it.
  const lower = (head: string) => page(`<p>${PROSE_A}</p><p class="lead">${dek}</p><p>${PROSE_B}</p>`, head);
  assert.equal(scrapePage(lower(''), { generic: true }).subtitle, null);
  const described = scrapePage(lower(`<meta name="description" content="${dek}">`), { generic: true });
  assert.equal(described.subtitle, dek);
  assert.deepEqual(described.paragraphs, [PROSE_A, PROSE_B]);
});

test('inside a byline, a bio or a <time> is never a name', () => {
  const bio = bylinePage(
    '<div class="byline"><img class="author-avatar" src="/a.png" alt=""><span class="author-name">Noor Bakr</span>' +
      '<span class="author-bio">Noor covers shipping</span></div>',
  );
  assert.deepEqual(scrapePage(bio, { generic: true }).authors, ['Noor Bakr']);
  const dated = bylinePage('<p class="byline"><span>By Henrik Sand</span> <time datetime="2023-03-14">March 14, 2023</time></p>');
  assert.deepEqual(scrapePage(dated, { generic: true }).authors, ['Henrik Sand']);
});

test('a summary box under a sub-heading inside the body is not the subtitle', () => {
  const html = page(`<p>${PROSE_A}</p><h2>Key points</h2><p class="summary">The quay opens in April</p><p>${PROSE_B}</p>`);
  assert.equal(scrapePage(html, { generic: true }).subtitle, null);
});
