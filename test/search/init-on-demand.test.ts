import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initOnDemand } from '../../src/search/wrappers/index.js';
import { EngineError } from '../../src/errors.js';
import { makeDocument } from '../helpers/documents.js';
import { MemoryEngine } from '../helpers/memory-engine.js';

const settings = { synonyms: [['daesh', 'isis']] };

test('an engine down at start gets its settings on the first call after it returns, once', async () => {
  const inner = new MemoryEngine();
  inner.failing = true;
  const engine = initOnDemand(inner, settings);
  await assert.rejects(engine.ready(), EngineError);
  await assert.rejects(engine.upsert([makeDocument(1)]), EngineError);
  assert.deepEqual(await engine.health(), { ok: false, engine: 'embedded', detail: 'memory engine switched off for the test' });
  assert.deepEqual(inner.inits, []);

  inner.failing = false;
  await Promise.all([engine.upsert([makeDocument(1)]), engine.count(), engine.health()]);
  assert.deepEqual(inner.inits, [settings]);
  assert.equal(await engine.count(), 1);
  assert.deepEqual(inner.inits, [settings]);
  assert.deepEqual(await engine.health(), { ok: true, engine: 'embedded' });
});

test('an engine that lost its index or settings (needsInit) gets init again on the next call, without a restart (issue 20.6)', async () => {
  const inner = new MemoryEngine();
  const engine = initOnDemand(inner, settings);
  await engine.upsert([makeDocument(1)]);
  assert.deepEqual(inner.inits, [settings]);
  const search = inner.search.bind(inner);
  let lost = true;
  inner.search = async (q) => {
    if (lost) throw new EngineError('engine_unavailable', 'index not ready', { needsInit: true });
    return search(q);
  };
  await assert.rejects(
    engine
      .count()
      .then(() => engine.search({ q: '', nations: [], persons: [], match: 'all', sections: [], sort: 'newest', page: 1, perPage: 1 })),
    EngineError,
  );
  assert.deepEqual(inner.inits, [settings]);
  lost = false;
  assert.equal(
    (await engine.search({ q: '', nations: [], persons: [], match: 'all', sections: [], sort: 'newest', page: 1, perPage: 1 })).total,
    1,
  );
  assert.deepEqual(inner.inits, [settings, settings]);
  await engine.count();
  assert.deepEqual(inner.inits, [settings, settings]);
});

test('health() does not wait for a long init: it reports it as under way, then the engine once init is done (issue 20.8)', async () => {
  const inner = new MemoryEngine();
  let finish: () => void = () => {};
  const init = inner.init.bind(inner);
  inner.init = (s) => new Promise<void>((resolve) => (finish = () => void init(s).then(resolve)));
  const engine = initOnDemand(inner, settings, { healthWaitMs: 10 });
  const starting = engine.ready();
  assert.deepEqual(await engine.health(), {
    ok: false,
    engine: 'embedded',
    detail: 'initialising: creating the index and applying its settings',
  });
  finish();
  await starting;
  assert.deepEqual(await engine.health(), { ok: true, engine: 'embedded' });
  assert.deepEqual(inner.inits, [settings]);
});
