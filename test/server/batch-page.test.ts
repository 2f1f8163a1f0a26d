// The batch lookup page (/batch), read with cheerio: a plain form, the answers as a table, CSV.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import request from 'supertest';
import { sampleDocs } from './helpers.js';
import { realSystem, type RealSystem } from './real.js';

const [raqqa, paris] = sampleDocs();

let sys: RealSystem;
before(async () => {
  sys = await realSystem();
});
after(async () => {
  await sys.close();
});

const post = (form: Record<string, string>) => request(sys.app).post('/batch').type('form').send(form);
// each cell's text; chips (one per co-mention) joined with ", "
const text = ($: cheerio.CheerioAPI, el: cheerio.Cheerio<any>) => el.text().replace(/\s+/g, ' ').trim();
const cells = ($: cheerio.CheerioAPI, row: number) =>
  $('.batch-table tbody tr')
    .eq(row)
    .children()
    .map((_, c) =>
      $(c).find('li').length > 0
        ? $(c)
            .find('li')
            .map((_, li) => text($, $(li)))
            .get()
            .join(', ')
        : text($, $(c)),
    )
    .get();

test('GET /batch: a form that posts a text area, linked from every page footer', async () => {
  const res = await request(sys.app).get('/batch');
  assert.equal(res.status, 200);
  const $ = cheerio.load(res.text);
  assert.equal($('title').text(), 'Batch lookup · Archivist');
  assert.equal($('form#batch-form').attr('method'), 'post');
  assert.equal($('form#batch-form').attr('action'), '/batch');
  assert.equal($('textarea[name=lines]').attr('dir'), 'auto');
  assert.equal($('textarea[name=lines]').text(), '');
  assert.deepEqual(
    $('#batch-form button')
      .map((_, b) => `${$(b).text()}:${$(b).attr('name') ?? ''}=${$(b).attr('value') ?? ''}`)
      .get(),
    ['Look up:=', 'Download CSV:format=csv'],
  );
  assert.equal($('.batch-table').length, 0);
  const home = cheerio.load((await request(sys.app).get('/')).text);
  assert.deepEqual(
    home('.site-footer a')
      .map((_, a) => home(a).attr('href'))
      .get(),
    ['/api/docs', '/batch'],
  );
});

test('POST /batch: one row per line, with links to the searches, the articles and the co-mentions', async () => {
  const text = 'Jean-Yves Le Drian\n\nآشتون كارتر\n<b>zeppelin</b>\ncoalition';
  const res = await post({ lines: text });
  assert.equal(res.status, 200);
  const $ = cheerio.load(res.text);
  assert.equal($('textarea[name=lines]').text(), text);
  assert.equal($('#batch-results-title').text(), '4 lines, 3 found');
  assert.deepEqual(cells($, 0), [
    '1 Jean-Yves Le Drian',
    'Jean-Yves Le Drian',
    '2',
    '14 March 2016',
    '2 November 2016',
    'France 2, United States 2, Syria 1',
    'Ash Carter 1',
  ]);
  assert.deepEqual(cells($, 1), [
    '3 آشتون كارتر',
    'Ash Carter person',
    '1',
    '2 November 2016',
    '2 November 2016',
    'France 1, United States 1',
    'Jean-Yves Le Drian 1',
  ]);
  assert.deepEqual(cells($, 2), ['4 <b>zeppelin</b>', 'words', '0', '', '', '', '']);
  assert.equal($('.batch-table b').length, 0);
  assert.deepEqual(cells($, 3).slice(0, 3), ['5 coalition', 'words', '3']);

  const row = $('.batch-table tbody tr').eq(0);
  assert.equal(row.find('td').eq(0).find('a.chip-person').attr('href'), '/?person=Jean-Yves+Le+Drian');
  assert.equal(row.find('.batch-total a').attr('href'), '/?person=Jean-Yves+Le+Drian');
  assert.equal(
    row.find('td').eq(2).find('a').attr('href'),
    `/articles/${raqqa!.id}?back=${encodeURIComponent('/?person=Jean-Yves+Le+Drian')}`,
  );
  assert.equal(row.find('td').eq(3).find('time').attr('datetime'), paris!.publishedAt);
  assert.equal(row.find('td').eq(4).find('a').first().attr('href'), '/?nation=France&person=Jean-Yves+Le+Drian');
  // Arabic lines read in their own direction
  assert.equal($('.batch-table tbody tr').eq(1).find('bdi.batch-line').text(), 'آشتون كارتر');
  assert.equal($('.batch-table tbody tr').eq(3).find('td').eq(4).find('a').first().attr('href'), '/?q=coalition&nation=France');
});

test('hostile lines are shown as text, never markup', async () => {
  const payloads = ['"><script>alert(1)</script>', '<img src=x onerror=alert(1)>', '</textarea><script>alert(2)</script>'];
  const res = await post({ lines: payloads.join('\n') });
  const $ = cheerio.load(res.text);
  assert.equal($('script').length, 1); // the page's own deferred script
  assert.equal($('img').length, 0);
  assert.equal($('textarea[name=lines]').text(), payloads.join('\n'));
  assert.deepEqual(
    $('bdi.batch-line')
      .map((_, b) => $(b).text())
      .get(),
    payloads,
  );
});

test('Download CSV: the same file as the API gives', async () => {
  const text = 'Ash Carter\r\n\r\nzeppelin';
  const page = await post({ lines: text, format: 'csv' });
  assert.equal(page.status, 200);
  assert.equal(page.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(page.headers['content-disposition'], 'attachment; filename=archivist-batch.csv');
  const api = await request(sys.app).post('/api/batch?format=csv').type('text/plain').send(text);
  assert.equal(page.text, api.text);
  assert.equal(page.text.split('\r\n').length, 4);
});

test('refused input renders the page with the message and status 400, keeping the text', async () => {
  const many = Array.from({ length: 1_001 }, (_, i) => `n${i}`).join('\n');
  const res = await post({ lines: many });
  assert.equal(res.status, 400);
  const $ = cheerio.load(res.text);
  assert.equal($('.alert').text(), 'We could not run this lookup. lines: at most 1,000 lines in one batch');
  assert.equal($('textarea[name=lines]').text(), many);
  const empty = await post({ lines: '  \n' });
  assert.equal(empty.status, 400);
  assert.equal(
    cheerio.load(empty.text)('.alert').text(),
    'We could not run this lookup. lines: give at least one name or query, one per line',
  );
});
