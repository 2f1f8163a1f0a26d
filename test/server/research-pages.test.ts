// The profile and trends pages, read with cheerio: the parameters they take and ignore, their own
// page with the message for a refused one, and every filter a profile is narrowed by shown and kept.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from './helpers.js';

async function page(url: string) {
  const res = await request(createApp(fakeDeps().deps)).get(url);
  return { res, $: cheerio.load(res.text) };
}
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
const hidden = ($: cheerio.CheerioAPI) =>
  $('form.profile-narrow input[type=hidden]')
    .map((_, e) => `${$(e).attr('name')}=${String($(e).val())}`)
    .get();
const chips = ($: cheerio.CheerioAPI) =>
  $('.active-filters a')
    .map((_, e) => `${squeeze($(e).find('.chip-kind').text() + $(e).find('[dir]').text())} ${$(e).attr('href')}`)
    .get();

test('profiles and trends ignore the tracking tags of shared links', async () => {
  for (const url of [
    '/nations/Syria?utm_source=x&utm_medium=social&fbclid=abc',
    '/persons/Ash%20Carter?utm_campaign=spring',
    '/trends?series=coalition&utm_source=x&gclid=1',
  ]) {
    const { res } = await page(url);
    assert.equal(res.status, 200, url);
  }
});

test('a profile takes the filter parameters only, and refuses another on its own page with the message', async () => {
  const { res, $ } = await page('/nations/Syria?page=2&nation=France');
  assert.equal(res.status, 400);
  assert.equal($('h1').text(), 'Syria');
  assert.equal(
    squeeze($('.alert').text()),
    'We could not draw this profile. unknown parameter "page" (known: q, nation, person, section, language, source, author, match, from, to)',
  );
  assert.deepEqual(hidden($), ['nation=France']);
});

test('a profile with dates the wrong way round: its page, the message, the dates as typed and the other filters', async () => {
  const { res, $ } = await page('/nations/Syria?from=2020-01-01&to=2010-01-01&nation=France&q=coalition');
  assert.equal(res.status, 400);
  assert.equal($('h1').text(), 'Syria');
  assert.equal(squeeze($('.alert').text()), 'We could not draw this profile. from must not be after to');
  assert.equal($('form.profile-narrow input[name=from]').val(), '2020-01-01');
  assert.equal($('form.profile-narrow input[name=to]').val(), '2010-01-01');
  assert.equal($('form.profile-narrow input[name=q]').val(), 'coalition');
  assert.deepEqual(hidden($), ['nation=France']);
});

test('trends: an invalid measure is refused like an invalid interval, the series kept', async () => {
  const { res, $ } = await page('/trends?series=coalition&measure=shares');
  assert.equal(res.status, 400);
  assert.equal(squeeze($('.alert').text()), 'We could not draw this chart. measure must be one of count, share');
  assert.equal($('input[name=series]').first().val(), 'coalition');
  const { res: share } = await page('/trends?series=coalition&measure=share');
  assert.equal(share.status, 200);
});

test('trends: a refused date keeps the series and the dates as typed', async () => {
  const { res, $ } = await page('/trends?series=coalition&series=nation:France&from=2016-02-30&interval=year');
  assert.equal(res.status, 400);
  assert.deepEqual(
    $('input[name=series]')
      .map((_, e) => String($(e).val()))
      .get()
      .slice(0, 2),
    ['coalition', 'nation:France'],
  );
  assert.equal($('input[name=from]').val(), '2016-02-30');
  assert.equal($('select[name=interval] option[selected]').val(), 'year');
});

test('a profile narrowed by a language shows it, and the Narrow form keeps it', async () => {
  const { res, $ } = await page('/nations/Egypt?language=ar');
  assert.equal(res.status, 200);
  assert.equal(squeeze($('.profile-summary').text()).split('.')[0], '1 article mentions it, within the filters below');
  assert.deepEqual(chips($), ['Language: Arabic /nations/Egypt']);
  assert.deepEqual(hidden($), ['language=ar']);
});

test('a profile within another nation keeps it in the Narrow form; each chip removes its own filter', async () => {
  const { $ } = await page('/nations/Egypt?nation=Iraq&q=oil&from=2017-01-01');
  assert.deepEqual(chips($), [
    'Words: oil /nations/Egypt?nation=Iraq&from=2017-01-01',
    'Nation: Iraq /nations/Egypt?q=oil&from=2017-01-01',
    'Dates: 1 January 2017 – … /nations/Egypt?q=oil&nation=Iraq',
  ]);
  assert.deepEqual(hidden($), ['nation=Iraq']);
  assert.equal($('form.profile-narrow input[name=q]').val(), 'oil');
});

test('one article "mentions", several "mention"; a profile without filters says no more', async () => {
  const { $: one } = await page('/persons/Haider%20al-Abadi');
  assert.equal(squeeze(one('.profile-summary').text()).split('.')[0], '1 article mentions them');
  const { $: two } = await page('/nations/Egypt');
  assert.equal(squeeze(two('.profile-summary').text()).split('.')[0], '2 articles mention it');
  assert.equal(two('.active-filters').length, 0);
});

test('profile: an Arabic title in its lists is marked lang="ar"; the skip link names the profile', async () => {
  const { $ } = await page('/nations/Egypt');
  assert.deepEqual(
    $('.profile-hit-list a')
      .map((_, e) => `${$(e).attr('lang') ?? '-'} ${$(e).text()}`)
      .get(),
    ['ar مصر تفتتح مشروعا جديدا', '- Egypt and Iraq sign an oil trade deal'],
  );
  assert.equal($('a.skip').text(), 'Skip to the profile');
});

test('profile bars link within the profile dates: the first from its start, the last to its end', async () => {
  const { $ } = await page('/nations/France?from=2016-03-10&to=2016-11-05');
  const bars = $('.chart .bar')
    .map((_, e) => `${$(e).attr('aria-label')} ${$(e).attr('href')}`)
    .get();
  assert.equal(bars.length, 9); // March to November 2016
  assert.equal(bars[0], 'Mar 2016: 1 article /?nation=France&from=2016-03-10&to=2016-03-31');
  assert.equal(bars[8], 'Nov 2016: 1 article /?nation=France&from=2016-11-01&to=2016-11-05');
});

test('engine down: the profile page says so with status 503, its filters kept', async () => {
  const { deps, engine } = fakeDeps();
  engine.failing = true;
  const res = await request(createApp(deps)).get('/nations/Syria?nation=France');
  const $ = cheerio.load(res.text);
  assert.equal(res.status, 503);
  assert.equal($('h1').text(), 'Syria');
  assert.equal(squeeze($('.alert').text()), 'We could not draw this profile. the search engine is unavailable; try again shortly');
  assert.deepEqual(hidden($), ['nation=France']);
});
