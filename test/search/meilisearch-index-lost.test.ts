/**
 * An index deleted under a running app (a recreated volume), or re-created by an upsert without
 * its settings (Meilisearch creates a missing index on a document addition), against the fake
 * server, which does both as Meilisearch does (test/helpers/fake-meili.ts). The engine must
 * answer 503 engine_unavailable, not 400 invalid_query, and apply its settings again on the next
 * call, without a restart (issue 20.6).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.js';
import { FILTERABLE_ATTRIBUTES } from '../../src/search/meilisearch/settings.js';
import { EngineError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { searchQuery } from '../../src/search/engine.js';
import { openMeiliEngine } from '../../src/search/meilisearch/index.js';
import { initOnDemand } from '../../src/search/wrappers/init-on-demand.js';
import { article } from '../contract/corpus.js';
import { startFakeMeili, type FakeMeili } from '../helpers/fake-meili.js';

const DOC = article({
  key: 'lost',
  title: 'Jordan water talks',
  body: 'Ministers met in Amman.',
  publishedAt: '2020-01-01T00:00:00Z',
  section: 'News',
  nations: ['Jordan'],
});
const JORDAN = searchQuery({ nations: ['Jordan'] });

async function withEngine(fn: (fake: FakeMeili, engine: ReturnType<typeof initOnDemand>) => Promise<void>) {
  const fake = await startFakeMeili({ pollsBeforeDone: 0 });
  try {
    const inner = await openMeiliEngine(loadConfig({ MEILI_HOST: fake.url }), silentLogger(), { taskIntervalMs: 1 });
    const engine = initOnDemand(inner, { synonyms: [] });
    await engine.upsert([DOC]);
    assert.equal((await engine.search(JORDAN)).total, 1);
    await fetch(new URL('/indexes/articles', fake.url), { method: 'DELETE' });
    await waitUntil(() => !fake.indexes.has('articles'), fake);
    await fn(fake, engine);
  } finally {
    await fake.close();
  }
}

/** The fake applies a task when it is polled: poll the deletion until it has run. */
async function waitUntil(done: () => boolean, fake: FakeMeili): Promise<void> {
  for (let i = 0; i < 10 && !done(); i++) await fetch(new URL(`/tasks/${fake.tasks.length - 1}`, fake.url));
  assert.ok(done());
}

const unavailable = (err: unknown) => err instanceof EngineError && err.code === 'engine_unavailable' && err.details.needsInit === true;

test('an index deleted under the app: the search is engine_unavailable, the next one re-creates the index with its settings', async () => {
  await withEngine(async (fake, engine) => {
    await assert.rejects(engine.search(JORDAN), unavailable);
    assert.equal((await engine.search(JORDAN)).total, 0);
    assert.deepEqual(fake.indexes.get('articles')?.settings.filterableAttributes, FILTERABLE_ATTRIBUTES);
  });
});

test('an index re-created without settings by an upsert: the filtered search is engine_unavailable, the next one has the settings back', async () => {
  await withEngine(async (fake, engine) => {
    await engine.upsert([DOC]); // the index is gone: Meilisearch creates it with default settings
    assert.deepEqual(fake.indexes.get('articles')?.settings.filterableAttributes, []);
    await assert.rejects(engine.search(JORDAN), unavailable);
    assert.equal((await engine.search(JORDAN)).total, 1);
  });
});
