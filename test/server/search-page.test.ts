// The search page's state across a refused parameter, its chart links within the active dates, and
// what assistive technology reads: the heading, the skip link, the language of Arabic hits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from './helpers.js';

async function page(url: string) {
  const { deps, docs } = fakeDeps();
  const res = await request(createApp(deps)).get(url);
  return { res, $: cheerio.load(res.text), docs };
}
const values = ($: cheerio.CheerioAPI, sel: string) =>
  $(sel)
    .map((_, e) => String($(e).val()))
    .get();
const bars = ($: cheerio.CheerioAPI) =>
  $('.chart .bar')
    .map((_, e) => `${$(e).attr('aria-label')} ${$(e).attr('href')}`)
    .get();

test('a refused date range keeps every parameter given: ticked filters, the dates as typed, the order and page size', async () => {
  const { res, $ } = await page(
    '/?q=coalition&nation=France&person=Ash+Carter&match=any&section=Politics&language=AR&source=example-news.test&author=Lina+Haddad' +
      '&sort=oldest&perPage=5&from=2016-06-01&to=2015-12-31&utm_source=x',
  );
  assert.equal(res.status, 400);
  assert.equal($('.alert').text().replace(/\s+/g, ' ').trim(), 'We could not run this search. from must not be after to');
  assert.equal($('input#q').val(), 'coalition');
  assert.deepEqual(values($, 'input[type=checkbox][checked]'), [
    'France',
    'Ash Carter',
    'Politics',
    'ar',
    'example-news.test',
    'Lina Haddad',
  ]);
  assert.equal($('input[name=match][checked]').val(), 'any');
  assert.equal($('input[type=date][name=from]').val(), '2016-06-01');
  assert.equal($('input[type=date][name=to]').val(), '2015-12-31');
  // no results, so no order select: the order rides along hidden
  assert.equal($('input[type=hidden][name=sort]').val(), 'oldest');
  assert.equal($('input[type=hidden][name=perPage]').val(), '5');
  // no count is known: a ticked value shows none rather than a misleading 0
  assert.equal($('.facet-row .facet-count').length, 0);
  assert.equal(
    $('.clear-all').attr('href'),
    '/?q=coalition&sort=oldest&perPage=5',
    'clearing the filters keeps the words, order and page size',
  );
});

test('a refused date keeps it as typed beside the other filters', async () => {
  const { res, $ } = await page('/?nation=France&from=2016-02-30');
  assert.equal(res.status, 400);
  assert.equal(
    $('.alert').text().replace(/\s+/g, ' ').trim(),
    'We could not run this search. from: expected a date YYYY-MM-DD or an ISO 8601 timestamp',
  );
  assert.deepEqual(values($, 'input[name=nation][checked]'), ['France']);
  assert.equal($('input[type=date][name=from]').val(), '2016-02-30');
});

test('year bars link within the active dates: the first from the active start, the last to the active end', async () => {
  const { $ } = await page('/?from=2016-03-20&to=2017-02-01');
  assert.deepEqual(bars($), ['2016: 1 article /?from=2016-03-20&to=2016-12-31', '2017: 1 article /?from=2017-01-01&to=2017-02-01']);
});

test('month bars cover the active dates only, the first and last cut to them', async () => {
  const { $ } = await page('/?nation=France&from=2016-03-10&to=2016-11-05');
  const shown = bars($);
  assert.equal(shown.length, 9); // March to November
  assert.equal(shown[0], 'Mar 2016: 1 article /?nation=France&from=2016-03-10&to=2016-03-31');
  assert.equal(shown[1], 'Apr 2016: 0 articles /?nation=France&from=2016-04-01&to=2016-04-30');
  assert.equal(shown[8], 'Nov 2016: 1 article /?nation=France&from=2016-11-01&to=2016-11-05');
});

test('an Arabic hit says so: lang="ar" on its title and snippet, not on the English ones nor on its date', async () => {
  const { $ } = await page('/');
  assert.deepEqual(
    $('.hit-title[lang=ar]')
      .map((_, e) => $(e).text())
      .get(),
    ['مصر تفتتح مشروعا جديدا'],
  );
  assert.equal($('.hit-snippet[lang=ar]').length, 1);
  assert.equal($('.hit-title:not([lang])').length, 5);
  assert.equal($('.hit-meta[lang], .hit[lang]').length, 0);
});

test('the search page has one <h1>, the search itself; the skip link names the results', async () => {
  const { $ } = await page('/?q=coalition');
  assert.deepEqual(
    $('h1')
      .map((_, e) => $(e).text())
      .get(),
    ['Search the archive for “coalition”'],
  );
  assert.equal($('a.skip').text(), 'Skip to results');
  assert.equal($('a.skip').attr('href'), '#results');
  const { $: $all } = await page('/');
  assert.equal($all('h1').text(), 'Search the archive');
});

test('the article page skip link names the article', async () => {
  const { deps, docs } = fakeDeps();
  const $ = cheerio.load((await request(createApp(deps)).get(`/articles/${docs[1]!.id}`)).text);
  assert.equal($('a.skip').text(), 'Skip to the article');
  assert.equal($('main#results').length, 1);
});
