// The server-rendered pages, read with cheerio: what a visitor with JavaScript off gets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from './helpers.js';

async function page(url: string, deps = fakeDeps().deps) {
  const res = await request(createApp(deps)).get(url);
  return { res, $: cheerio.load(res.text) };
}
const texts = ($: cheerio.CheerioAPI, sel: string) =>
  $(sel)
    .map((_, e) => $(e).text().trim())
    .get();

test('search page: a GET form with the query, facet checkboxes with counts, hits and a year chart', async () => {
  const { res, $ } = await page('/?q=coalition');
  assert.equal(res.status, 200);
  assert.equal($('form#search-form').attr('method'), 'get');
  assert.equal($('form#search-form').attr('action'), '/');
  assert.equal($('input#q').val(), 'coalition');
  assert.equal($('.result-count .total').text(), '3');
  assert.deepEqual(texts($, '.hit-title a'), [
    'Iraqi forces advance in Mosul with coalition support',
    'Coalition ministers meet in Paris',
    'Coalition jets strike targets near Raqqa',
  ]);
  assert.deepEqual(
    $('#facet-nation .facet-row')
      .map((_, e) => `${String($(e).find('input').val())}=${$(e).find('.facet-count').text()}`)
      .get(),
    ['France=2', 'United States=2', 'Iraq=1', 'Syria=1'],
  );
  assert.deepEqual(
    $('#facet-person input[name=person]')
      .map((_, e) => $(e).val())
      .get(),
    ['Jean-Yves Le Drian', 'Ash Carter', 'Haider al-Abadi'],
  );
  assert.deepEqual(
    $('#facet-section input[name=section]')
      .map((_, e) => $(e).val())
      .get(),
    ['Middle East', 'Politics'],
  );
  assert.deepEqual(
    $('.chart .bar')
      .map((_, e) => $(e).attr('aria-label'))
      .get(),
    ['2016: 2 articles', '2017: 1 article'],
  );
  assert.equal($('.chart .bar').first().attr('href'), '/?q=coalition&from=2016-01-01&to=2016-12-31');
  assert.equal($('.hit-snippet mark').first().text(), 'coalition');
  assert.equal($('.hit').first().find('.chip-person').attr('href'), '/?q=coalition&person=Haider+al-Abadi');
  // the default order for the words is sent empty, so changed words get their own default
  assert.deepEqual(
    $('select[name=sort] option')
      .map((_, e) => `${String($(e).val())}${$(e).attr('selected') !== undefined ? '*' : ''}`)
      .get(),
    ['*', 'newest', 'oldest'],
  );
  assert.equal($('input[type=date][name=from]').length, 1);
});

test('ticked filters: checked boxes, removable chips, only matching hits', async () => {
  const { $ } = await page('/?q=coalition&nation=France&person=Ash+Carter');
  assert.equal($('.result-count .total').text(), '1');
  assert.deepEqual(
    $('input[name=nation][checked]')
      .map((_, e) => $(e).val())
      .get(),
    ['France'],
  );
  assert.deepEqual(
    $('input[name=person][checked]')
      .map((_, e) => $(e).val())
      .get(),
    ['Ash Carter'],
  );
  assert.deepEqual(
    $('.active-filters a')
      .map((_, e) => $(e).attr('href'))
      .get(),
    ['/?q=coalition&person=Ash+Carter', '/?q=coalition&nation=France'],
  );
  assert.deepEqual(
    $('input[name=match]')
      .map((_, e) => `${String($(e).val())}:${$(e).attr('checked') !== undefined}`)
      .get(),
    ['all:true', 'any:false'],
  );
  assert.equal($('.clear-all').attr('href'), '/?q=coalition');
});

test('dates: a one-year range charts months; the date inputs keep the days', async () => {
  const { $ } = await page('/?from=2017-01-01&to=2017-12-31');
  assert.equal($('.result-count .total').text(), '4');
  assert.equal($('#chart-title').text(), 'Articles per month, 2017');
  assert.equal($('.chart .bar').length, 12);
  assert.equal($('.chart .bar').eq(1).attr('aria-label'), 'Feb 2017: 1 article');
  assert.equal($('.chart .bar').eq(1).attr('href'), '/?from=2017-02-01&to=2017-02-28');
  assert.equal($('input[name=from]').val(), '2017-01-01');
  assert.equal($('input[name=to]').val(), '2017-12-31');
  assert.deepEqual(texts($, '.active-filters a .chip-kind'), ['Dates:']);
  // one human format on the page: the chip and the line under the inputs read like the hits (issue 19.11)
  assert.deepEqual(texts($, '.active-filters .chip-date span[dir]'), ['1 January 2017 – 31 December 2017']);
  assert.equal($('#date-hint').text(), '1 January 2017 to 31 December 2017, both days included');
  assert.deepEqual(
    texts($, '.date-row label').map((t) => t.trim()),
    ['From day', 'To day'],
  );
  assert.match($('.hit time').first().text(), /^\d{1,2} [A-Z][a-z]+ \d{4}$/);
});

test('no results: a notice with links that remove each filter, with their counts', async () => {
  const { res, $ } = await page('/?q=coalition&nation=Jordan&section=Business');
  assert.equal(res.status, 200);
  assert.equal($('#empty-title').text(), 'No articles match this search');
  // Removing Jordan or Business alone still gives 0 (not offered); removing the words gives 1.
  assert.deepEqual(
    $('.suggestions li')
      .map((_, e) => `${$(e).find('a').attr('href')} | ${$(e).text().replace(/\s+/g, ' ').trim()}`)
      .get(),
    ['/?nation=Jordan&section=Business | Remove the words “coalition” 1 article'],
  );
  // the ticked value stays visible (count 0) so it can be unticked
  assert.equal($('#facet-nation input[value=Jordan]').attr('checked'), 'checked');
});

test('pagination: numbered links keep the search; the current page is marked', async () => {
  const { $ } = await page('/?perPage=2&page=2');
  assert.equal($('.hits').attr('start'), '3');
  assert.equal($('.hit').length, 2);
  assert.deepEqual(
    $('.pagination a')
      .map((_, e) => `${$(e).text()}=${$(e).attr('href')}`)
      .get(),
    ['← Previous=/?perPage=2', '1=/?perPage=2', '3=/?perPage=2&page=3', 'Next →=/?perPage=2&page=3'],
  );
  assert.equal($('.pagination [aria-current=page]').text(), '2');
  assert.equal($('input[type=hidden][name=perPage]').val(), '2');
});

test('a bad parameter renders the page with the message and status 400', async () => {
  const { res, $ } = await page('/?q=iraq&from=2016-02-30');
  assert.equal(res.status, 400);
  assert.equal(
    $('.alert').text().replace(/\s+/g, ' ').trim(),
    'We could not run this search. from: expected a date YYYY-MM-DD or an ISO 8601 timestamp',
  );
  assert.equal($('input#q').val(), 'iraq');
});

test('engine down: the page says so with status 503', async () => {
  const { deps, engine } = fakeDeps();
  engine.failing = true;
  const { res, $ } = await page('/?q=iraq', deps);
  assert.equal(res.status, 503);
  assert.equal(
    $('.alert').text().replace(/\s+/g, ' ').trim(),
    'We could not run this search. the search engine is unavailable; try again shortly',
  );
});

test('article page: full text, metadata, entity links to the profile and, beside them, to the filtered search', async () => {
  const { deps, docs } = fakeDeps();
  const doc = docs[1]!;
  const { res, $ } = await page(`/articles/${doc.id}`, deps);
  assert.equal(res.status, 200);
  assert.equal($('h1.article-title').text(), 'Coalition ministers meet in Paris');
  assert.deepEqual(texts($, '.article-body p'), doc.paragraphs);
  assert.equal($('.article-byline time').attr('datetime'), '2016-11-02T15:00:00Z');
  assert.equal($('.article-byline time').text(), '2 November 2016');
  assert.deepEqual(
    $('.chip-nation')
      .map((_, e) => `${$(e).text()}=${$(e).attr('href')}`)
      .get(),
    ['France=/nations/France', 'United States=/nations/United%20States'],
  );
  assert.deepEqual(
    $('.chip-nation + .chip-profile')
      .map((_, e) => $(e).attr('href'))
      .get(),
    ['/?nation=France', '/?nation=United+States'],
  );
  assert.deepEqual(
    $('.chip-person')
      .map((_, e) => `${$(e).text()}=${$(e).attr('href')}`)
      .get(),
    ['Ash Carter=/persons/Ash%20Carter', 'Jean-Yves Le Drian=/persons/Jean-Yves%20Le%20Drian'],
  );
  assert.equal($('.original-link').attr('href'), doc.url);
  assert.equal($('.breadcrumb a').eq(1).attr('href'), '/?section=Politics');
});

test('article page of a page that states no date: an "undated" marker beside the fetch time', async () => {
  const { deps, docs } = fakeDeps();
  const dated = docs[1]!;
  const undated = { ...dated, dateSource: 'fetched' as const };
  const store = new Map([[dated.id, undated]]);
  const { $ } = await page(`/articles/${dated.id}`, { ...deps, getDocument: (id) => store.get(id) ?? null });
  assert.equal($('.article-byline .byline-undated').text(), 'undated');
  assert.equal($('.article-byline time').attr('datetime'), '2016-11-02T15:00:00Z');
  assert.equal($('.details dt').first().text(), 'Fetched (undated)');
  const { $: $dated } = await page(`/articles/${dated.id}`, deps);
  assert.equal($dated('.byline-undated').length, 0);
  assert.equal($dated('.details dt').first().text(), 'Published');
});

test('article page in Arabic is right to left', async () => {
  const { deps, docs } = fakeDeps();
  const { $ } = await page(`/articles/${docs[5]!.id}`, deps);
  assert.equal($('main.article').attr('dir'), 'rtl');
  assert.equal($('main.article').attr('lang'), 'ar');
  assert.equal($('h1.article-title').text(), 'مصر تفتتح مشروعا جديدا');
});

test('unknown article: HTML 404 page', async () => {
  const { res, $ } = await page('/articles/ffffffffffffffff');
  assert.equal(res.status, 404);
  assert.equal($('h1').text(), 'Page not found');
  assert.equal($('.error-message').text(), 'article not found');
});

test('an Arabic query is isolated with <bdi> and its quotes stay outside it, in reading order (issue 19.9)', async () => {
  const app = createApp(fakeDeps().deps);
  const res = await request(app).get('/').query({ q: 'كأس العالم' });
  assert.equal(res.status, 200);
  assert.match(res.text, /<strong class="total">0<\/strong> articles for “<bdi class="query">كأس العالم<\/bdi>”/);
});

test('past the last page, the pager leads back to the last page with results (issue 19.10)', async () => {
  const app = createApp(fakeDeps().deps);
  const res = await request(app).get('/').query({ perPage: '2', page: '50' });
  const $ = cheerio.load(res.text);
  assert.equal($('.result-count .total').text(), '6'); // the six sample articles, two a page
  const last = 3;
  assert.equal($('a[rel=prev]').attr('href'), `/?perPage=2&page=${last}`);
  assert.deepEqual(
    $('.page-numbers a')
      .map((_, a) => $(a).text())
      .get()
      .slice(-1),
    [String(last)],
  );
  assert.equal($('.page-numbers .is-current').length, 0);
  assert.equal($('.empty-page a').text(), `Go to the last page (${last})`);
});

test('article page: tags are searches, "← Search" returns to the search that led there (never to another site) (issue 19.13)', async () => {
  const { deps, docs } = fakeDeps();
  const doc = { ...docs[1]!, tags: ['Islamic State', 'Raqqa'] };
  const app = createApp({ ...deps, getDocument: (id) => (id === doc.id ? doc : null) });
  const $ = cheerio.load((await request(app).get(`/articles/${doc.id}`).query({ back: '/?q=coalition&nation=France' })).text);
  assert.deepEqual(
    $('.tag-list a')
      .map((_, e) => `${$(e).text()}=${$(e).attr('href')}`)
      .get(),
    ['Islamic State=/?q=%22Islamic+State%22', 'Raqqa=/?q=%22Raqqa%22'],
  );
  assert.equal($('.back-link').attr('href'), '/?q=coalition&nation=France');
  for (const back of ['https://evil.example/', '//evil.example/', '/articles/x', 'javascript:alert(1)']) {
    const $b = cheerio.load((await request(app).get(`/articles/${doc.id}`).query({ back })).text);
    assert.equal($b('.back-link').attr('href'), '/', back);
  }
});

test('a hit with more chips than shown keeps the rest behind a "+N" that opens in place (issue 19.13)', async () => {
  const { deps, docs } = fakeDeps();
  const nations = ['Egypt', 'France', 'Iraq', 'Jordan', 'Lebanon', 'Qatar', 'Syria'];
  const many = { ...docs[0]!, entities: { nations, persons: [] } };
  const app = createApp({
    ...deps,
    engine: Object.assign(Object.create(Object.getPrototypeOf(deps.engine) as object) as typeof deps.engine, deps.engine, {
      search: async () => ({
        total: 1,
        hits: [
          {
            id: many.id,
            url: many.url,
            title: many.title,
            subtitle: null,
            publishedAt: many.publishedAt,
            section: null,
            authors: [],
            nations,
            persons: [],
            snippet: 'x',
          },
        ],
        facets: { nations: [], persons: [], sections: [], years: [], months: [] },
      }),
    }),
  });
  const $ = cheerio.load((await request(app).get('/')).text);
  assert.deepEqual(
    $('.hit > .chips > li > .chip-nation')
      .map((_, e) => $(e).text())
      .get(),
    nations.slice(0, 5),
  );
  assert.equal($('.hit .chip-more summary').text(), '+2');
  assert.deepEqual(
    $('.hit .chip-more details .chip-nation')
      .map((_, e) => `${$(e).text()}=${$(e).attr('href')}`)
      .get(),
    ['Qatar=/?nation=Qatar', 'Syria=/?nation=Syria'],
  );
  assert.equal($('.hit-title a').attr('href'), `/articles/${many.id}`);
});
