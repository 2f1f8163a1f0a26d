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
