/**
 * The research endpoints on a real archive and embedded engine with the six sample articles:
 * entity profiles, attention over time, export, and the language/source/author filters.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { docId } from './helpers.js';
import { realSystem, type RealSystem } from './real.js';

let sys: RealSystem;
before(async () => {
  sys = await realSystem();
});
after(async () => {
  await sys.close();
});

const RAQQA = docId('https://www.example-news.test/news/coalition-strikes-raqqa');
const PARIS = docId('https://www.example-news.test/news/coalition-talks-paris');
const MOSUL = docId('https://www.example-news.test/news/iraq-mosul-offensive');

test('profile of a person named in lower case, within a text query', async () => {
  const res = await request(sys.app).get('/api/entities/persons/jean-yves%20le%20drian?q=coalition');
  assert.equal(res.status, 200);
  const { latest, relevant, ...rest } = res.body as { latest: { id: string }[]; relevant: { id: string }[] };
  assert.deepEqual(rest, {
    entity: { facet: 'persons', label: 'Jean-Yves Le Drian', labelAr: 'جان إيف لودريان' },
    query: { q: 'coalition', nations: [], persons: [], sections: [], from: null, to: null },
    total: 2,
    firstMention: {
      id: RAQQA,
      title: 'Coalition jets strike targets near Raqqa',
      url: 'https://www.example-news.test/news/coalition-strikes-raqqa',
      publishedAt: '2016-03-14T09:30:00Z',
    },
    lastMention: {
      id: PARIS,
      title: 'Coalition ministers meet in Paris',
      url: 'https://www.example-news.test/news/coalition-talks-paris',
      publishedAt: '2016-11-02T15:00:00Z',
    },
    interval: 'month',
    timeline: [
      { period: '2016-03', count: 1 },
      { period: '2016-04', count: 0 },
      { period: '2016-05', count: 0 },
      { period: '2016-06', count: 0 },
      { period: '2016-07', count: 0 },
      { period: '2016-08', count: 0 },
      { period: '2016-09', count: 0 },
      { period: '2016-10', count: 0 },
      { period: '2016-11', count: 1 },
    ],
    coMentions: {
      nations: [
        { value: 'France', count: 2 },
        { value: 'United States', count: 2 },
        { value: 'Syria', count: 1 },
      ],
      persons: [{ value: 'Ash Carter', count: 1 }],
    },
    sections: [
      { value: 'Middle East', count: 1 },
      { value: 'Politics', count: 1 },
    ],
  });
  assert.deepEqual(
    latest.map((h) => h.id),
    [PARIS, RAQQA],
  );
  // both have the word in their title: relevance ties go newest first
  assert.deepEqual(
    relevant.map((h) => h.id),
    [PARIS, RAQQA],
  );
});

test('profile of a nation by its Arabic name, narrowed by a date range', async () => {
  const res = await request(sys.app).get('/api/entities/nations/%D9%81%D8%B1%D9%86%D8%B3%D8%A7?to=2016-06-30');
  assert.equal(res.status, 200);
  assert.deepEqual(
    [res.body.entity, res.body.total, res.body.timeline, res.body.coMentions.persons, res.body.relevant],
    [
      { facet: 'nations', label: 'France', labelAr: 'فرنسا' },
      1,
      [{ period: '2016-03', count: 1 }],
      [{ value: 'Jean-Yves Le Drian', count: 1 }],
      [],
    ],
  );
});

test('profile errors: an unknown entity is 404 with suggestions, a bad facet or parameter 400', async () => {
  const unknown = await request(sys.app).get('/api/entities/persons/ash%20cartr');
  assert.deepEqual(
    [unknown.status, unknown.body],
    [404, { error: { code: 'not_found', message: 'no person "ash cartr"; did you mean "Ash Carter"?' }, suggestions: ['Ash Carter'] }],
  );
  const facet = await request(sys.app).get('/api/entities/places/Paris');
  assert.deepEqual([facet.status, facet.body.error.parameter], [400, 'facet']);
  const param = await request(sys.app).get('/api/entities/nations/France?limit=3');
  assert.deepEqual([param.status, param.body.error.parameter], [400, 'limit']);
});

test('profiles take the filter parameters only, the export those and sort: page, perPage (and sort on a profile) are refused', async () => {
  const filters = 'q, nation, person, section, language, source, author, match, from, to';
  const cases: [string, string, string][] = [
    ['/api/entities/nations/France?page=2', 'page', `unknown parameter "page" (known: ${filters})`],
    ['/api/entities/nations/France?perPage=5', 'perPage', `unknown parameter "perPage" (known: ${filters})`],
    ['/api/entities/nations/France?sort=newest', 'sort', `unknown parameter "sort" (known: ${filters})`],
    ['/api/export?perPage=5&format=json', 'perPage', `unknown parameter "perPage" (known: ${filters}, sort, format, fields)`],
    ['/api/export?page=2', 'page', `unknown parameter "page" (known: ${filters}, sort, format, fields)`],
  ];
  for (const [path, parameter, message] of cases) {
    const res = await request(sys.app).get(path);
    assert.deepEqual([res.status, res.body], [400, { error: { code: 'invalid_parameter', parameter, message } }], path);
  }
  const oldest = await request(sys.app).get('/api/export?nation=France&sort=oldest&format=json&fields=id');
  assert.deepEqual([oldest.status, oldest.body], [200, [{ id: RAQQA }, { id: PARIS }]]);
});

test('timeline: series as counts and shares of all articles per year', async () => {
  const res = await request(sys.app).get(
    '/api/timeline?series=coalition&series=nation:Egypt&series=person:%22Ash%20Carter%22&interval=year',
  );
  assert.equal(res.status, 200);
  assert.deepEqual(res.body, {
    interval: 'year',
    periods: ['2016', '2017'],
    totals: [2, 4],
    series: [
      { spec: 'coalition', query: { q: 'coalition', nations: [], persons: [], sections: [] }, total: 3, counts: [2, 1], shares: [1, 0.25] },
      { spec: 'nation:Egypt', query: { q: '', nations: ['Egypt'], persons: [], sections: [] }, total: 2, counts: [0, 2], shares: [0, 0.5] },
      {
        spec: 'person:"Ash Carter"',
        query: { q: '', nations: [], persons: ['Ash Carter'], sections: [] },
        total: 1,
        counts: [1, 0],
        shares: [0.5, 0],
      },
    ],
  });
});

test('timeline: the interval follows the span when not given; the same data as CSV', async () => {
  const auto = await request(sys.app).get('/api/timeline?series=coalition&from=2017-01-01&to=2017-02-28');
  assert.deepEqual([auto.body.interval, auto.body.periods.length, auto.body.series[0].total], ['day', 59, 1]);
  const csv = await request(sys.app).get('/api/timeline?series=coalition&series=nation:iraq&interval=year&format=csv');
  assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
  assert.equal(
    csv.text,
    'period,all articles,coalition (count),coalition (share),nation:iraq (count),nation:iraq (share)\r\n2016,2,2,1,0,0\r\n2017,4,1,0.25,2,0.5\r\n',
  );
});

test('timeline over dates that hold no article: every period of from-to, counted 0', async () => {
  // 2019-01-01 to 2019-03-02 is 61 days: days, as for a span that holds articles
  const days = Array.from({ length: 61 }, (_, i) => new Date(Date.UTC(2019, 0, 1 + i)).toISOString().slice(0, 10));
  const zeros = days.map(() => 0);
  const auto = await request(sys.app).get('/api/timeline?series=coalition&from=2019-01-01&to=2019-03-02');
  assert.equal(auto.status, 200);
  assert.deepEqual(auto.body, {
    interval: 'day',
    periods: days,
    totals: zeros,
    series: [
      { spec: 'coalition', query: { q: 'coalition', nations: [], persons: [], sections: [] }, total: 0, counts: zeros, shares: zeros },
    ],
  });
  const months = await request(sys.app).get('/api/timeline?series=nation:France&from=2019-01-01&to=2019-03-02&interval=month');
  assert.deepEqual(months.body, {
    interval: 'month',
    periods: ['2019-01', '2019-02', '2019-03'],
    totals: [0, 0, 0],
    series: [
      {
        spec: 'nation:France',
        query: { q: '', nations: ['France'], persons: [], sections: [] },
        total: 0,
        counts: [0, 0, 0],
        shares: [0, 0, 0],
      },
    ],
  });
});

test('timeline errors name the parameter', async () => {
  const cases: [string, string][] = [
    ['/api/timeline', 'series'],
    [`/api/timeline?${'series=a&'.repeat(6)}`, 'series'],
    ['/api/timeline?series=a&interval=hour', 'interval'],
    ['/api/timeline?series=a&interval=day&from=1900-01-01', 'interval'],
    ['/api/timeline?series=a&format=xml', 'format'],
    ['/api/timeline?series=a&q=b', 'q'],
  ];
  for (const [path, parameter] of cases) {
    const res = await request(sys.app).get(path);
    assert.deepEqual([path, res.status, res.body.error.parameter], [path, 400, parameter]);
  }
});

test('export: the whole result set as CSV, newest first, with a header row and a file name', async () => {
  const res = await request(sys.app).get('/api/export?q=coalition&fields=id,title,nations,authors');
  assert.equal(res.status, 200);
  assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
  assert.match(res.headers['content-disposition'] ?? '', /^attachment; filename=archivist-coalition-\d{4}-\d{2}-\d{2}\.csv$/);
  assert.equal(res.headers['x-total-count'], '3');
  assert.equal(
    res.text,
    [
      'id,title,nations,authors',
      `${MOSUL},Iraqi forces advance in Mosul with coalition support,Iraq,`,
      `${PARIS},Coalition ministers meet in Paris,France; United States,`,
      `${RAQQA},Coalition jets strike targets near Raqqa,France; Syria; United States,Lina Haddad`,
      '',
    ].join('\r\n'),
  );
});

test('export: NDJSON and JSON, oldest first on request; quoting of commas, quotes and newlines in CSV', async () => {
  const ndjson = await request(sys.app)
    .get('/api/export?nation=egypt&format=ndjson&fields=title,lang')
    .buffer(true)
    .parse((r, cb) => {
      let text = '';
      r.on('data', (c: Buffer) => (text += c.toString()));
      r.on('end', () => cb(null, text));
    });
  assert.equal(ndjson.headers['content-type'], 'application/x-ndjson; charset=utf-8');
  assert.equal(
    ndjson.body,
    '{"title":"مصر تفتتح مشروعا جديدا","lang":"ar"}\n{"title":"Egypt and Iraq sign an oil trade deal","lang":"en"}\n',
  );
  const json = await request(sys.app).get('/api/export?format=json&fields=publishedAt&sort=oldest&section=Politics&section=Business');
  assert.deepEqual(json.body, [
    { publishedAt: '2016-11-02T15:00:00Z' },
    { publishedAt: '2017-01-10T08:00:00Z' },
    { publishedAt: '2017-04-22T12:00:00Z' },
  ]);
  const body = await request(sys.app).get('/api/export?q=mosul&fields=body');
  assert.equal(
    body.text,
    'body\r\n"Iraqi troops pushed into western Mosul with coalition air cover.\n\nHaider al-Abadi visited the front."\r\n',
  );
});

test('export: refused above the cap (never cut short), and for an unknown field or format', async () => {
  const capped = await realSystem({ deps: { exportMaxRows: 5 } });
  try {
    const res = await request(capped.app).get('/api/export');
    assert.deepEqual(
      [res.status, res.body],
      [
        413,
        {
          error: {
            code: 'too_large',
            message:
              'the search matches 6 articles and an export holds at most 5 (EXPORT_MAX_ROWS): narrow it with words, filters or dates',
          },
        },
      ],
    );
    assert.equal((await request(capped.app).get('/api/export?nation=France')).status, 200);
  } finally {
    await capped.close();
  }
  const field = await request(sys.app).get('/api/export?fields=id,bogus');
  assert.deepEqual([field.status, field.body.error.parameter], [400, 'fields']);
  const format = await request(sys.app).get('/api/export?format=xlsx');
  assert.deepEqual([format.status, format.body.error.parameter], [400, 'format']);
});

test('language, source and author: filters and facets of the search API', async () => {
  const ar = await request(sys.app).get('/api/search?language=ar');
  assert.deepEqual(
    [ar.body.total, ar.body.hits[0].title, ar.body.query.languages, ar.body.facets.languages],
    [1, 'مصر تفتتح مشروعا جديدا', ['ar'], [{ value: 'ar', count: 1 }]],
  );
  const all = await request(sys.app).get('/api/search');
  assert.deepEqual(
    [all.body.facets.languages, all.body.facets.sources, all.body.facets.authors],
    [
      [
        { value: 'en', count: 5 },
        { value: 'ar', count: 1 },
      ],
      [{ value: 'example-news.test', count: 6 }],
      [{ value: 'Lina Haddad', count: 1 }],
    ],
  );
  const folded = await request(sys.app).get('/api/search?language=AR&language=ar');
  assert.deepEqual([folded.body.total, folded.body.query.languages], [1, ['ar']]);
  const author = await request(sys.app).get('/api/search?author=Lina%20Haddad&source=example-news.test');
  assert.deepEqual([author.body.total, author.body.hits[0].id], [1, RAQQA]);
});
