import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.js';
import type { Document } from '../../src/document.js';
import { EngineError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { searchQuery, type SearchEngine } from '../../src/search/engine.js';
import { openMeiliEngine, type MeiliOptions } from '../../src/search/meilisearch/index.js';
import { toMeiliDocument } from '../../src/search/meilisearch/documents.js';
import { buildSettings } from '../../src/search/meilisearch/settings.js';
import { requestLines, startFakeMeili, type FakeMeili, type FakeMeiliOptions } from '../helpers/fake-meili.js';

const KEY = 'test-key';
const GROUPS = [['daesh', 'isis']];
const FAST: Partial<MeiliOptions> = { taskIntervalMs: 1, taskTimeoutMs: 2000, settingsTimeoutMs: 2000, requestTimeoutMs: 2000 };

function doc(n: number): Document {
  const id = n.toString(16).padStart(16, '0');
  return {
    id,
    url: `https://example.org/a/${n}`,
    source: 'example.org',
    lang: 'en',
    title: `Title ${n}`,
    subtitle: null,
    authors: [],
    publishedAt: `2016-01-${String(n + 1).padStart(2, '0')}T00:00:00Z`,
    dateSource: 'markup',
    updatedAt: null,
    section: 'World',
    tags: [],
    paragraphs: [`Body ${n}`],
    body: `Body ${n}`,
    entities: { nations: ['Jordan'], persons: [] },
    wordCount: 2,
    contentHash: 'b'.repeat(64),
    extractor: 'generic',
  };
}

async function withFake(
  options: FakeMeiliOptions,
  engineOptions: Partial<MeiliOptions>,
  fn: (fake: FakeMeili, engine: SearchEngine) => Promise<void>,
) {
  const fake = await startFakeMeili({ apiKey: KEY, ...options });
  try {
    const engine = await openMeiliEngine(loadConfig({ MEILI_HOST: fake.url, MEILI_API_KEY: KEY }), silentLogger(), {
      ...FAST,
      ...engineOptions,
    });
    await fn(fake, engine);
  } finally {
    await fake.close();
  }
}

test('init on a fresh server: creates the index, applies the settings, waits for each task', async () => {
  await withFake({}, {}, async (fake, engine) => {
    await engine.init({ synonyms: GROUPS });
    assert.deepEqual(requestLines(fake), [
      'GET /indexes/articles', // 404
      'POST /indexes',
      'GET /tasks/0',
      'GET /tasks/0',
      'GET /tasks/0',
      'GET /tasks', // settings tasks still pending: none
      'GET /indexes/articles/settings',
      'PATCH /indexes/articles/settings',
      'GET /tasks/1',
      'GET /tasks/1',
      'GET /tasks/1',
    ]);
    assert.deepEqual(fake.requests[1]!.body, { uid: 'articles', primaryKey: 'id' });
    assert.deepEqual(fake.requests[5]!.query, { indexUids: 'articles', types: 'settingsUpdate', statuses: 'enqueued,processing' });
    assert.deepEqual(fake.requests[7]!.body, buildSettings(GROUPS));
    assert.deepEqual(
      fake.tasks.map((t) => t.status),
      ['succeeded', 'succeeded'],
    );
    assert.ok(fake.requests.every((r) => r.authorization === `Bearer ${KEY}`));
  });
});

test('init is idempotent: settings already applied -> two reads, no task', async () => {
  await withFake({}, {}, async (fake, engine) => {
    await engine.init({ synonyms: GROUPS });
    fake.requests.length = 0;
    await engine.init({ synonyms: GROUPS });
    assert.deepEqual(requestLines(fake), ['GET /indexes/articles', 'GET /tasks', 'GET /indexes/articles/settings']);
    fake.requests.length = 0;
    await engine.init({ synonyms: [['uk', 'united kingdom']] }); // changed synonyms -> one update
    assert.deepEqual(requestLines(fake), [
      'GET /indexes/articles',
      'GET /tasks',
      'GET /indexes/articles/settings',
      'PATCH /indexes/articles/settings',
      'GET /tasks/2',
      'GET /tasks/2',
      'GET /tasks/2',
    ]);
  });
});

test('init after a timed-out settings task waits for it instead of queueing another re-index', async () => {
  // the settings task needs 300 polls: far more than 20 ms allows, done within the second init's budget
  const slowSettings = (type: string) => (type === 'settingsUpdate' ? 300 : 0);
  await withFake({ pollsBeforeDone: slowSettings }, { settingsTimeoutMs: 20 }, async (fake, first) => {
    await assert.rejects(first.init({ synonyms: GROUPS }), (e: unknown) => e instanceof EngineError && e.details.reason === 'task_timeout');
    assert.notEqual(fake.tasks[1]!.status, 'succeeded');
    const retry = await openMeiliEngine(loadConfig({ MEILI_HOST: fake.url, MEILI_API_KEY: KEY }), silentLogger(), {
      ...FAST,
      settingsTimeoutMs: 30_000,
    });
    await retry.init({ synonyms: GROUPS });
    assert.deepEqual(
      fake.tasks.map((t) => [t.type, t.status]),
      [
        ['indexCreation', 'succeeded'],
        ['settingsUpdate', 'succeeded'],
      ],
    );
    assert.equal(fake.requests.filter((r) => r.method === 'PATCH').length, 1, 'one settings update in all');
  });
});

test('upsert: batches of batchSize, each task awaited before the next batch is sent', async () => {
  await withFake({}, { batchSize: 2 }, async (fake, engine) => {
    await engine.init({ synonyms: [] });
    fake.requests.length = 0;
    const docs = [0, 1, 2, 3, 4].map(doc);
    await engine.upsert(docs);
    const lines = requestLines(fake);
    assert.deepEqual(lines, [
      'POST /indexes/articles/documents',
      'GET /tasks/2',
      'GET /tasks/2',
      'GET /tasks/2',
      'POST /indexes/articles/documents',
      'GET /tasks/3',
      'GET /tasks/3',
      'GET /tasks/3',
      'POST /indexes/articles/documents',
      'GET /tasks/4',
      'GET /tasks/4',
      'GET /tasks/4',
    ]);
    const posts = fake.requests.filter((r) => r.method === 'POST');
    assert.deepEqual(
      posts.map((r) => r.body),
      [docs.slice(0, 2), docs.slice(2, 4), docs.slice(4)].map((b) => b.map(toMeiliDocument)),
    );
    assert.deepEqual(
      posts.map((r) => r.query),
      [{ primaryKey: 'id' }, { primaryKey: 'id' }, { primaryKey: 'id' }],
    );
    assert.equal(await engine.count(), 5);
    await engine.upsert([]);
    assert.equal(fake.requests.filter((r) => r.method === 'POST').length, 3, 'an empty upsert sends nothing');
  });
});

test('a failed task is an index_failed EngineError with the task uid; later batches are not sent', async () => {
  let batch = 0;
  const failTask: FakeMeiliOptions['failTask'] = (req) =>
    req.path.endsWith('/documents') && req.method === 'POST' && ++batch === 2
      ? { code: 'invalid_document_id', message: 'bad id' }
      : undefined;
  await withFake({ failTask }, { batchSize: 2 }, async (fake, engine) => {
    await engine.init({ synonyms: [] });
    await assert.rejects(engine.upsert([0, 1, 2, 3, 4].map(doc)), (e: unknown) => {
      assert.ok(e instanceof EngineError);
      assert.equal(e.code, 'index_failed');
      assert.deepEqual(e.details, { operation: 'upsert', taskUid: 3, status: 'failed', meiliCode: 'invalid_document_id' });
      return true;
    });
    assert.equal(fake.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/documents')).length, 2);
    assert.equal(await engine.count(), 2, 'the first batch stays indexed');
  });
});

test('a task that does not finish in time is index_failed (task_timeout)', async () => {
  await withFake({ pollsBeforeDone: 1_000_000 }, { taskTimeoutMs: 50 }, async (_fake, engine) => {
    await assert.rejects(
      engine.init({ synonyms: [] }),
      (e: unknown) =>
        e instanceof EngineError && e.code === 'index_failed' && e.details.reason === 'task_timeout' && e.details.taskUid === 0,
    );
  });
  // a settings update (re-indexes everything) gets its own, longer budget: here the short one
  const slowSettings = (type: string) => (type === 'settingsUpdate' ? 1_000_000 : 0);
  await withFake({ pollsBeforeDone: slowSettings }, { taskTimeoutMs: 5000, settingsTimeoutMs: 50 }, async (_fake, engine) => {
    await assert.rejects(
      engine.init({ synonyms: [] }),
      (e: unknown) =>
        e instanceof EngineError && e.code === 'index_failed' && e.details.reason === 'task_timeout' && e.details.taskUid === 1,
    );
  });
});

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('connection refused: every operation is engine_unavailable; health reports not ok', async () => {
  const engine = await openMeiliEngine(loadConfig({ MEILI_HOST: `http://127.0.0.1:${await closedPort()}` }), silentLogger(), FAST);
  const unavailable = (e: unknown) => e instanceof EngineError && e.code === 'engine_unavailable';
  await assert.rejects(engine.init({ synonyms: [] }), unavailable);
  await assert.rejects(engine.upsert([doc(1)]), unavailable);
  await assert.rejects(engine.search(searchQuery({ q: 'x' })), unavailable);
  await assert.rejects(engine.count(), unavailable);
  const health = await engine.health();
  assert.equal(health.ok, false);
  assert.equal(health.engine, 'meilisearch');
});

test('HTTP errors: 400 on search -> invalid_query, an index deleted or without settings -> engine_unavailable, 401 and 500 -> engine_unavailable', async () => {
  const cases: [FakeMeiliOptions['failAll'], string][] = [
    [{ status: 400, code: 'invalid_search_offset', message: 'bad offset' }, 'invalid_query'],
    // the adapter builds every filter: a filter Meilisearch refuses means its settings are gone (issue 20.6)
    [{ status: 400, code: 'invalid_search_filter', message: 'Attribute `nations` is not filterable' }, 'engine_unavailable'],
    [{ status: 404, code: 'index_not_found', message: 'Index `articles` not found.' }, 'engine_unavailable'],
    [{ status: 401, code: 'invalid_api_key', message: 'bad key' }, 'engine_unavailable'],
    [{ status: 500, code: 'internal', message: 'boom' }, 'engine_unavailable'],
  ];
  for (const [failAll, code] of cases) {
    await withFake({ failAll }, {}, async (_fake, engine) => {
      await assert.rejects(engine.search(searchQuery({ q: 'x' })), (e: unknown) => e instanceof EngineError && e.code === code);
    });
  }
  await withFake({ failAll: { status: 413, code: 'payload_too_large', message: 'too big' } }, {}, async (_fake, engine) => {
    await assert.rejects(engine.upsert([doc(1)]), (e: unknown) => e instanceof EngineError && e.code === 'index_failed');
  });
});

test('search: the request body is built from the query and the response mapped exactly', async () => {
  const search = () => ({
    hits: [
      {
        id: '0000000000000001',
        url: 'https://example.org/a/1',
        title: 'Title 1',
        subtitle: null,
        publishedAt: '2016-01-02T00:00:00Z',
        section: 'World',
        authors: [],
        nations: ['Jordan'],
        persons: [],
        _formatted: { title: 'Title 1', body: '\uE000Body\uE001 <1> & more' },
      },
    ],
    query: 'body',
    processingTimeMs: 1,
    hitsPerPage: 5,
    page: 2,
    totalPages: 3,
    totalHits: 11,
    facetDistribution: {
      nations: { Jordan: 11, Egypt: 2, Bahrain: 2 },
      section: { World: 11 },
      year: { '2016': 11 },
      month: { '2016-01': 11 },
      persons: {},
    },
  });
  await withFake({ search }, {}, async (fake, engine) => {
    await engine.init({ synonyms: [] });
    const result = await engine.search(
      searchQuery({
        q: 'body',
        nations: ['Jordan'],
        sections: ['World'],
        from: '2016-01-01T00:00:00Z',
        sort: 'newest',
        page: 2,
        perPage: 5,
        facetLimit: 2,
      }),
    );
    const request = fake.requests.find((r) => r.path === '/indexes/articles/search')!;
    assert.deepEqual(request.body, {
      q: 'body',
      page: 2,
      hitsPerPage: 5,
      facets: ['nations', 'persons', 'section', 'year', 'month', 'lang', 'source', 'authors'],
      attributesToRetrieve: ['id', 'url', 'title', 'subtitle', 'publishedAt', 'section', 'authors', 'nations', 'persons'],
      attributesToHighlight: ['title', 'body'],
      attributesToCrop: ['body'],
      cropLength: 30,
      highlightPreTag: '\uE000',
      highlightPostTag: '\uE001',
      matchingStrategy: 'last',
      filter: 'nations = "Jordan" AND section = "World" AND timestamp >= 1451606400',
      sort: ['timestamp:desc'],
    });
    assert.deepEqual(result, {
      total: 11,
      hits: [
        {
          id: '0000000000000001',
          url: 'https://example.org/a/1',
          title: 'Title 1',
          subtitle: null,
          publishedAt: '2016-01-02T00:00:00Z',
          section: 'World',
          authors: [],
          nations: ['Jordan'],
          persons: [],
          snippet: '<mark>Body</mark> &lt;1&gt; &amp; more',
          titleHighlighted: 'Title 1',
        },
      ],
      facets: {
        nations: [
          { value: 'Jordan', count: 11 },
          { value: 'Bahrain', count: 2 },
        ],
        persons: [],
        sections: [{ value: 'World', count: 11 }],
        years: [{ value: '2016', count: 11 }],
        months: [{ value: '2016-01', count: 11 }],
        languages: [],
        sources: [],
        authors: [],
      },
    });
  });
});

test('facetValues: prefix hits pooled with the most frequent values, matched by folded substring', async () => {
  const facetSearch = () => ({
    facetHits: [
      { value: 'Women', count: 2 },
      { value: 'World', count: 9 },
      { value: 'Wrld', count: 1 },
    ],
    facetQuery: 'wo',
    processingTimeMs: 0,
  });
  const search = () => ({
    hits: [],
    query: '',
    processingTimeMs: 0,
    hitsPerPage: 0,
    page: 1,
    totalPages: 0,
    totalHits: 20,
    facetDistribution: { section: { World: 9, Business: 5, 'New World Order': 3, Women: 2, Wires: 2, 'São Tomé Wolves': 1 } },
  });
  await withFake({ facetSearch, search }, {}, async (fake, engine) => {
    await engine.init({ synonyms: [] });
    fake.requests.length = 0;
    assert.deepEqual(await engine.facetValues('sections', 'WO', 10), [
      { value: 'World', count: 9 },
      { value: 'New World Order', count: 3 },
      { value: 'Women', count: 2 },
      { value: 'São Tomé Wolves', count: 1 },
    ]);
    assert.deepEqual(fake.requests.map((r) => [r.path, r.body]).sort(), [
      ['/indexes/articles/facet-search', { facetName: 'section', facetQuery: 'WO', q: '', exhaustiveFacetCount: true }],
      ['/indexes/articles/search', { q: '', facets: ['section'], hitsPerPage: 0, page: 1 }],
    ]);
    assert.deepEqual(await engine.facetValues('sections', 'sao', 10), [{ value: 'São Tomé Wolves', count: 1 }]);
    assert.deepEqual(await engine.facetValues('sections', 'wo', 2), [
      { value: 'World', count: 9 },
      { value: 'New World Order', count: 3 },
    ]);
    fake.requests.length = 0;
    assert.deepEqual(await engine.facetValues('sections', ' ', 2), [
      { value: 'World', count: 9 },
      { value: 'Business', count: 5 },
    ]);
    assert.deepEqual(
      fake.requests.map((r) => r.path),
      ['/indexes/articles/search'],
      'no facet search for an empty q',
    );
  });
});

test('remove in batches, clear awaited, count 0 before the index exists, health ok', async () => {
  await withFake({}, { batchSize: 2 }, async (fake, engine) => {
    assert.equal(await engine.count(), 0);
    assert.deepEqual(await engine.health(), { ok: true, engine: 'meilisearch', detail: 'available' });
    await engine.init({ synonyms: [] });
    await engine.upsert([0, 1, 2, 3].map(doc));
    await engine.remove([doc(0).id, doc(1).id, doc(2).id, 'ffffffffffffffff']);
    const deletes = fake.requests.filter((r) => r.path.endsWith('/documents/delete-batch'));
    assert.deepEqual(
      deletes.map((r) => r.body),
      [
        [doc(0).id, doc(1).id],
        [doc(2).id, 'ffffffffffffffff'],
      ],
    );
    assert.equal(await engine.count(), 1);
    await engine.clear();
    assert.equal(await engine.count(), 0);
    await engine.remove([]);
    assert.equal(fake.requests.filter((r) => r.path.endsWith('/documents/delete-batch')).length, 2);
    await engine.close();
  });
});

test('health: a rejected API key is not healthy although /health answers', async () => {
  const fake = await startFakeMeili({ apiKey: KEY });
  try {
    const engine = await openMeiliEngine(loadConfig({ MEILI_HOST: fake.url, MEILI_API_KEY: 'wrong' }), silentLogger(), FAST);
    const health = await engine.health();
    assert.equal(health.ok, false);
    assert.match(health.detail ?? '', /Meilisearch 401 during health/);
    assert.deepEqual(requestLines(fake), ['GET /health', 'GET /indexes/articles']);
  } finally {
    await fake.close();
  }
});

test('openMeiliEngine without MEILI_HOST refuses with engine_unavailable', async () => {
  await assert.rejects(
    openMeiliEngine(loadConfig({}), silentLogger()),
    (e: unknown) => e instanceof EngineError && e.code === 'engine_unavailable',
  );
});
