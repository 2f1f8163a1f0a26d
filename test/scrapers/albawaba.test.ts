import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scrapePage } from '../../scrapers/index.js';
import { documentId, sha256Hex } from '../../src/extract/index.js';
import { samplePage } from './helpers.js';

test('d7 (2012-2018) page: every field, boilerplate left out', () => {
  const a = scrapePage(samplePage('albawaba-d7.html'), { source: 'albawaba-d7.html' });
  const url = 'https://www.albawaba.com/business/jordan-valley-farmers-turn-drip-irrigation-481516';
  const paragraphs = [
    'Farmers in the Jordan Valley are ripping out old furrows and laying plastic drip lines, after a third dry winter left reservoirs at a fraction of their capacity.',
    '“We used to flood the fields twice a week,” said Mahmoud Qasem, who grows tomatoes and peppers near Deir Alla. “Now every drop goes to the root.”',
    'Agronomists estimate the systems cut water use by about half, but a hectare of drip lines costs around 2,500 dinars – more than many smallholders earn in a season.',
    'The ministry of agriculture said it would subsidise one third of the cost for farms under five hectares.',
  ];
  const body = paragraphs.join('\n\n');
  assert.deepEqual(a, {
    id: documentId(url),
    url,
    source: 'albawaba',
    lang: 'en',
    title: 'Jordan Valley Farmers Turn to Drip Irrigation as Rains Fail',
    subtitle: 'Growers say the switch halves water use but the equipment is costly',
    authors: ['Hala Mansour'],
    publishedAt: '2017-03-03T14:05:00Z',
    dateSource: 'markup',
    updatedAt: null,
    section: 'Business',
    tags: ['Jordan', 'Water', 'Agriculture'],
    paragraphs,
    body,
    wordCount: 101, // "2,500" is one word
    contentHash: sha256Hex(body),
    extractor: 'albawaba-2016',
  });
});

test('d9 (2019+) page: JSON-LD @graph, <time>, two bylines, update line, figure and tweet dropped', () => {
  const a = scrapePage(samplePage('albawaba-d9.html'), { source: 'albawaba-d9.html' });
  assert.equal(a.extractor, 'albawaba-2019');
  assert.equal(a.url, 'https://www.albawaba.com/business/gulf-airlines-add-routes-central-asia-1612345');
  assert.equal(a.title, 'Gulf Airlines Add Routes to Central Asia');
  assert.equal(a.subtitle, 'Carriers bet on tourism and trade links with Uzbekistan and Kazakhstan');
  assert.deepEqual(a.authors, ['Sara Idris', 'Tom Walsh']);
  assert.equal(a.publishedAt, '2023-06-12T06:30:00Z');
  assert.equal(a.updatedAt, '2023-06-12T09:00:00Z');
  assert.equal(a.section, 'Business');
  assert.deepEqual(a.tags, ['Aviation', 'Tourism']);
  assert.deepEqual(a.paragraphs, [
    'Three Gulf carriers have announced new flights to Tashkent, Samarkand and Almaty, as airlines look beyond Europe for growth.',
    'The routes start in October, with four weekly flights on most of them, the airlines said in separate statements on Monday.',
    'Analysts said demand from migrant workers and a growing number of tourists made the region attractive, although fares would need to stay low.',
  ]);
});

test('AMP copy: amp-img and amp-ad dropped, Read more line dropped, empty description is no subtitle', () => {
  const a = scrapePage(samplePage('albawaba-amp.html'), { source: 'albawaba-amp.html' });
  assert.equal(a.extractor, 'albawaba-amp');
  assert.equal(a.title, 'Amman Hosts Regional Startup Week');
  assert.equal(a.subtitle, null);
  assert.deepEqual(a.authors, ['Al Bawaba']);
  assert.equal(a.publishedAt, '2020-11-02T08:00:00Z');
  assert.equal(a.section, 'News');
  assert.deepEqual(a.tags, ['Startups']);
  assert.deepEqual(a.paragraphs, [
    'More than 200 young companies from across the region are pitching to investors in Amman this week.',
    "Organisers said this year's event is the largest so far, with a fund of 5 million dollars for the winners.",
  ]);
});

test('Arabic d7 page: Arabic-Indic digits, Levantine month name, اقرأ أيضاً line dropped', () => {
  const a = scrapePage(samplePage('albawaba-ar-d7.html'), { source: 'albawaba-ar-d7.html' });
  assert.equal(a.lang, 'ar');
  assert.equal(
    a.url,
    'https://www.albawaba.com/ar/%D8%AB%D9%82%D8%A7%D9%81%D8%A9/%D8%A7%D9%81%D8%AA%D8%AA%D8%A7%D8%AD-%D9%85%D9%83%D8%AA%D8%A8%D8%A9-%D8%B9%D8%A7%D9%85%D8%A9-%D8%AC%D8%AF%D9%8A%D8%AF%D8%A9-%D9%81%D9%8A-%D8%A5%D8%B1%D8%A8%D8%AF-88001',
  );
  assert.equal(a.title, 'افتتاح مكتبة عامة جديدة في إربد');
  assert.equal(a.subtitle, 'المكتبة تضم أكثر من ٣٠ ألف كتاب وقاعة للأطفال');
  assert.deepEqual(a.authors, ['منى الخطيب']);
  assert.equal(a.publishedAt, '2015-09-24T10:15:00Z');
  assert.equal(a.section, 'ثقافة');
  assert.deepEqual(a.tags, ['الأردن', 'ثقافة']);
  assert.deepEqual(a.paragraphs, [
    'افتتحت بلدية إربد، الخميس، مكتبة عامة جديدة في وسط المدينة، بعد عامين من أعمال الترميم.',
    'وقال رئيس البلدية إن المكتبة ستفتح أبوابها يومياً حتى التاسعة مساءً، وإن الاشتراك فيها مجاني لطلاب المدارس.',
  ]);
  assert.equal(a.extractor, 'albawaba-2016');
});

test('a redesign without the familiar classes still parses through JSON-LD, <time>, <article> and text density', () => {
  // The d9 sample with every class and id renamed to meaningless tokens.
  let n = 0;
  const html = samplePage('albawaba-d9.html').replace(/ (class|id)="[^"]*"/gu, (_m, attr: string) => ` ${attr}="c${n++}"`);
  const a = scrapePage(html, { source: 'redesign' });
  assert.equal(a.source, 'albawaba');
  assert.equal(a.extractor, 'albawaba-2019');
  assert.equal(a.title, 'Gulf Airlines Add Routes to Central Asia');
  assert.deepEqual(a.authors, ['Sara Idris', 'Tom Walsh']);
  assert.equal(a.publishedAt, '2023-06-12T06:30:00Z');
  assert.equal(a.section, 'Business');
  assert.deepEqual(a.tags, ['Aviation', 'Tourism']);
  assert.deepEqual(a.paragraphs, scrapePage(samplePage('albawaba-d9.html')).paragraphs);
});

test('--generic on an Al Bawaba page gives the same fields under the "generic" extractor', () => {
  const site = scrapePage(samplePage('albawaba-d9.html'));
  const generic = scrapePage(samplePage('albawaba-d9.html'), { generic: true });
  assert.equal(generic.extractor, 'generic');
  assert.equal(generic.source, 'albawaba');
  assert.deepEqual({ ...generic, extractor: site.extractor }, site);
});

test('a multi-value byline field gives one author per item, even without spaces between them', () => {
  const html = samplePage('albawaba-d9.html').replace(
    '<span>Sara Idris and Tom Walsh</span>',
    '<span>Sara Idris</span><span>Tom Walsh</span>',
  );
  assert.deepEqual(scrapePage(html).authors, ['Sara Idris', 'Tom Walsh']);
});
