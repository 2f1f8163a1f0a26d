import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { silentLogger } from '../../src/log.js';
import { indexAlongside } from '../../src/pipeline/index-alongside.js';
import { openArchive } from '../../src/store/index.js';
import { makeDocument } from '../helpers/documents.js';
import { MemoryEngine } from '../helpers/memory-engine.js';
import { tempDir } from '../helpers/tmp.js';

function setup(t: { after(fn: () => void): void }) {
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  return { archive, engine: new MemoryEngine(), log: silentLogger() };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

test('indexes full batches while rows arrive, and leaves a partial batch for the final drain', async (t) => {
  const ctx = setup(t);
  const alongside = indexAlongside(ctx, 10);
  for (let i = 0; i < 9; i++) ctx.archive.saveDocument(makeDocument(i));
  alongside.notify();
  await tick();
  assert.equal(ctx.engine.upsertCalls, 0, 'nine rows are not a batch of ten');
  for (let i = 9; i < 25; i++) ctx.archive.saveDocument(makeDocument(i));
  alongside.notify();
  for (let i = 0; i < 5; i++) await tick();
  assert.equal(ctx.engine.upsertCalls, 2, 'two full batches, drained without waiting for finish');
  assert.deepEqual(await alongside.finish(), { indexed: 20 });
  assert.equal(ctx.archive.outbox.pending(), 5);
  assert.deepEqual([...ctx.engine.docs.keys()].sort(), Array.from({ length: 20 }, (_, i) => makeDocument(i).id).sort());
});

test('an engine failure stops indexing along the way, keeps the rows pending and is returned, not thrown', async (t) => {
  const ctx = setup(t);
  ctx.engine.failing = true;
  const alongside = indexAlongside(ctx, 5);
  for (let i = 0; i < 12; i++) ctx.archive.saveDocument(makeDocument(i));
  alongside.notify();
  for (let i = 0; i < 3; i++) await tick();
  const result = await alongside.finish();
  assert.equal(result.indexed, 0);
  assert.equal(result.error?.code, 'engine_unavailable');
  assert.equal(ctx.archive.outbox.pending(), 12);
  ctx.engine.failing = false;
  alongside.notify(); // stopped: nothing more is sent
  await tick();
  assert.equal(ctx.engine.upsertCalls, 0);
});

test('a failure that is not the engine (the archive closed under it) is thrown by finish', async (t) => {
  const ctx = setup(t);
  const alongside = indexAlongside(ctx, 5);
  ctx.archive.close();
  alongside.notify();
  await tick();
  await assert.rejects(alongside.finish(), /database connection is not open/u);
});
