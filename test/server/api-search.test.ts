// GET /api/search and /api/facets over the real archive + embedded engine, exact bodies.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { sampleDocs } from './helpers.js';
import { realSystem, type RealSystem } from './real.js';

const docs = sampleDocs();
const [raqqa, paris, jordan, egyptIraq, mosul, arabic] = docs.map((d) => d.id) as [string, string, string, string, string, string];

let sys: RealSystem;
before(async () => {
  sys = await realSystem();
});
after(async () => {
  await sys.close();
});

async function search(qs: string) {
  const res = await request(sys.app).get(`/api/search?${qs}`);
  assert.equal(res.status, 200, JSON.stringify(res.body));
  assert.equal(typeof res.body.tookMs, 'number');
  assert.ok(res.body.tookMs >= 0);
  const { tookMs: _t, ...rest } = res.body;
  return rest;
}
const ids = (body: { hits: { id: string }[] }) => body.hits.map((h) => h.id);

test('q + nation: the whole answer, exactly', async () => {
  assert.deepEqual(await search('q=coalition&nation=France'), {
    query: {
      q: 'coalition',
      nations: ['France'],
      persons: [],
      match: 'all',
      sections: [],
      languages: [],
      sources: [],
      authors: [],
      from: null,
      to: null,
      sort: 'relevance',
      page: 1,
      perPage: 20,
    },
    total: 2,
    page: 1,
    perPage: 20,
    totalPages: 1,
    hits: [
      {
        id: paris,
        url: 'https://www.example-news.test/news/coalition-talks-paris',
        title: 'Coalition ministers meet in Paris',
        subtitle: null,
        publishedAt: '2016-11-02T15:00:00Z',
        section: 'Politics',
        authors: [],
        nations: ['France', 'United States'],
        persons: ['Ash Carter', 'Jean-Yves Le Drian'],
        snippet:
          'Defence ministers of the <mark>coalition</mark> met in Paris to plan the next phase.\n\nAsh Carter and Jean-Yves Le Drian spoke to reporters.',
        titleHighlighted: '<mark>Coalition</mark> ministers meet in Paris',
      },
      {
        id: raqqa,
        url: 'https://www.example-news.test/news/coalition-strikes-raqqa',
        title: 'Coalition jets strike targets near Raqqa',
        subtitle: 'French and American aircraft took part',
        publishedAt: '2016-03-14T09:30:00Z',
        section: 'Middle East',
        authors: ['Lina Haddad'],
        nations: ['France', 'Syria', 'United States'],
        persons: ['Jean-Yves Le Drian'],
        snippet:
          'The <mark>coalition</mark> said French and American aircraft struck depots overnight.\n\nJean-Yves Le Drian called the raids a success.',
        titleHighlighted: '<mark>Coalition</mark> jets strike targets near Raqqa',
      },
    ],
    facets: {
      nations: [
        { value: 'France', count: 2 },
        { value: 'United States', count: 2 },
        { value: 'Syria', count: 1 },
      ],
      persons: [
        { value: 'Jean-Yves Le Drian', count: 2 },
        { value: 'Ash Carter', count: 1 },
      ],
      sections: [
        { value: 'Middle East', count: 1 },
        { value: 'Politics', count: 1 },
      ],
      years: [{ value: '2016', count: 2 }],
      months: [
        { value: '2016-03', count: 1 },
        { value: '2016-11', count: 1 },
      ],
      languages: [{ value: 'en', count: 2 }],
      sources: [{ value: 'example-news.test', count: 2 }],
      authors: [{ value: 'Lina Haddad', count: 1 }],
    },
  });
});

test('no text: newest first, facets over everything, paging fields', async () => {
  const body = await search('perPage=4&page=2');
  assert.deepEqual(ids(body), [paris, raqqa]);
  assert.equal(body.total, 6);
  assert.equal(body.totalPages, 2);
  assert.equal(body.query.sort, 'newest');
  assert.deepEqual(body.facets.years, [
    { value: '2017', count: 4 },
    { value: '2016', count: 2 },
  ]);
  assert.deepEqual(body.facets.sections, [
    { value: 'Business', count: 2 },
    { value: 'Middle East', count: 2 },
    { value: 'Politics', count: 1 },
  ]);
});

test('sort=oldest; a page past the end is 200 with no hits', async () => {
  assert.deepEqual(ids(await search('sort=oldest&perPage=3')), [raqqa, paris, jordan]);
  const past = await search('page=9');
  assert.deepEqual(past.hits, []);
  assert.equal(past.total, 6);
  assert.equal(past.totalPages, 1);
});

test('nation/person: all by default, any on request', async () => {
  assert.deepEqual(ids(await search('nation=Egypt&nation=Iraq')), [egyptIraq]);
  assert.deepEqual(ids(await search('nation=Egypt&nation=Iraq&match=any')), [arabic, egyptIraq, mosul]);
  assert.deepEqual(ids(await search('person=Ash+Carter&person=Jean-Yves+Le+Drian')), [paris]);
  assert.deepEqual(ids(await search('person=Ash+Carter&person=Haider+al-Abadi&match=any')), [mosul, paris]);
});

test('section is repeatable (any of)', async () => {
  assert.deepEqual(ids(await search('section=Business&section=Politics')), [egyptIraq, jordan, paris]);
});

test('dates are inclusive whole days; timestamps are exact', async () => {
  assert.deepEqual(ids(await search('to=2016-11-02')), [paris, raqqa]);
  assert.deepEqual(ids(await search('from=2016-11-02&to=2016-11-02')), [paris]);
  assert.deepEqual(ids(await search('from=2017-01-01&to=2017-02-20')), [mosul, jordan]);
  assert.deepEqual(ids(await search('from=2016-11-02T15:00:00Z&to=2016-11-02T15:00:00Z')), [paris]);
  assert.deepEqual(ids(await search('from=2016-11-02T15:00:01Z&to=2016-12-31')), []);
  const q = (await search('from=2016-11-02T17:00:00%2B02:00')).query;
  assert.equal(q.from, '2016-11-02T15:00:00Z');
});

test('Arabic text query', async () => {
  const body = await search(`q=${encodeURIComponent('مصر')}`);
  assert.deepEqual(ids(body), [arabic]);
  assert.equal(body.hits[0].snippet, 'افتتحت <mark>مصر</mark> مشروعا جديدا للطاقة الشمسية.');
});

test('facet values for autocomplete', async () => {
  const get = async (url: string) => (await request(sys.app).get(url)).body;
  assert.deepEqual(await get('/api/facets/nations?q=fr'), [{ value: 'France', count: 2 }]);
  assert.deepEqual(await get('/api/facets/sections?limit=2'), [
    { value: 'Business', count: 2 },
    { value: 'Middle East', count: 2 },
  ]);
  // time facets: every period, oldest first (issue 19.7)
  assert.deepEqual(await get('/api/facets/years'), [
    { value: '2016', count: 2 },
    { value: '2017', count: 4 },
  ]);
  assert.deepEqual(
    ((await get('/api/facets/months')) as { value: string }[]).map((m) => m.value),
    ['2016-03', '2016-11', '2017-01', '2017-02', '2017-04', '2017-05'],
  );
  assert.deepEqual(await get('/api/facets/years?limit=1'), [{ value: '2017', count: 4 }]);
});

test('articles: the stored Document', async () => {
  const res = await request(sys.app).get(`/api/articles/${jordan}`);
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, docs[2]);
});

test('POST a Document: stored, queued, then searchable after the outbox drains', async () => {
  const doc = { ...docs[0]!, id: '00000000000000aa', url: 'https://www.example-news.test/news/posted', title: 'Posted zeppelin story' };
  const res = await request(sys.app).post('/api/articles').set('Authorization', 'Bearer test-key-7f3a9c').send(doc);
  assert.equal(res.status, 201);
  assert.deepEqual(res.body, { id: doc.id, outcome: 'new' });
  assert.equal(sys.ctx.archive.outbox.pending(), 1);
  const { drainOutbox } = await import('../../src/pipeline/indexer.js');
  await drainOutbox(sys.ctx);
  assert.deepEqual(ids(await search('q=zeppelin')), [doc.id]);
  const again = await request(sys.app).post('/api/articles').set('Authorization', 'Bearer test-key-7f3a9c').send(doc);
  assert.deepEqual([again.status, again.body], [200, { id: doc.id, outcome: 'unchanged' }]);
});

test('POST a page {url, html}: parsed by the pipeline, stored, 201; a page without an article is 422', async () => {
  const paragraphs = [
    'The water ministry in Amman announced on Tuesday a new plan to reduce losses from the national network by a third before the end of the decade.',
    'Officials said the plan would replace old pipes in the capital and in Zarqa, and would add meters to thousands of homes that still pay a flat monthly fee.',
    'Engineers from the ministry told reporters that the first contracts would be signed within weeks, with work starting in the poorest districts first.',
  ];
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Jordan plans to cut water losses</title>
<meta property="og:title" content="Jordan plans to cut water losses"><meta property="article:published_time" content="2021-05-04T09:00:00Z">
</head><body><header><time datetime="2021-05-04T09:00:00Z">4 May 2021</time></header><article><h1>Jordan plans to cut water losses</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;
  const url = 'https://news.example.org/2021/05/jordan-water-losses';
  const res = await request(sys.app).post('/api/articles').set('Authorization', 'Bearer test-key-7f3a9c').send({ url, html: page });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  assert.equal(res.body.outcome, 'new');
  const stored = await request(sys.app).get(`/api/articles/${res.body.id}`);
  assert.equal(stored.body.title, 'Jordan plans to cut water losses');
  assert.deepEqual(stored.body.paragraphs, paragraphs);
  const empty = await request(sys.app)
    .post('/api/articles')
    .set('Authorization', 'Bearer test-key-7f3a9c')
    .send({ url: 'https://news.example.org/empty', html: '<html><body><nav>Home</nav></body></html>' });
  assert.equal(empty.status, 422);
  assert.equal(empty.body.error.code, 'no_article');
});
