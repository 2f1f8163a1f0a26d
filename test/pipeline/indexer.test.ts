import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { EngineError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { drainOutbox } from '../../src/pipeline/indexer.js';
import { reindex } from '../../src/pipeline/reindex.js';
import { openArchive } from '../../src/store/index.js';
import { makeDocument, withBody } from '../helpers/documents.js';
import { MemoryEngine } from '../helpers/memory-engine.js';
import { tempDir } from '../helpers/tmp.js';

function setup(t: { after(fn: () => void): void }) {
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  return { archive, engine: new MemoryEngine(), log: silentLogger() };
}

test('drain sends every queued document to the engine, in batches, and empties the outbox', async (t) => {
  const ctx = setup(t);
  const docs = Array.from({ length: 25 }, (_, i) => makeDocument(i));
  for (const d of docs) ctx.archive.saveDocument(d);
  const progress: [number, number][] = [];
  const result = await drainOutbox(ctx, { batchSize: 10, onProgress: (done, total) => progress.push([done, total]) });
  assert.deepEqual(result, { indexed: 25, pending: 0 });
  assert.deepEqual([...ctx.engine.docs.keys()].sort(), docs.map((d) => d.id).sort());
  assert.equal(ctx.engine.upsertCalls, 3);
  assert.deepEqual(progress, [
    [10, 25],
    [20, 25],
    [25, 25],
  ]);
  assert.deepEqual(await drainOutbox(ctx), { indexed: 0, pending: 0 });
});

test('several queued versions of one document coalesce to its current version, sent once', async (t) => {
  const ctx = setup(t);
  const v1 = makeDocument(1);
  const v2 = withBody(v1, ['second version']);
  const v3 = withBody(v1, ['third version']);
  for (const v of [v1, v2, v3]) ctx.archive.saveDocument(v);
  assert.equal(ctx.archive.outbox.pending(), 3);
  assert.deepEqual(await drainOutbox(ctx), { indexed: 1, pending: 0 });
  assert.deepEqual(ctx.engine.upsertLog, [v1.id]);
  assert.equal(ctx.engine.docs.get(v1.id)!.body, 'third version');
});

test('a removed document is removed from the engine, even when an upsert was also queued', async (t) => {
  const ctx = setup(t);
  const [a, b] = [makeDocument(1), makeDocument(2)];
  ctx.archive.saveDocument(a);
  ctx.archive.saveDocument(b);
  await drainOutbox(ctx);
  ctx.archive.saveDocument(withBody(a, ['changed before removal']));
  ctx.archive.removeDocument(a.id);
  assert.deepEqual(await drainOutbox(ctx), { indexed: 1, pending: 0 });
  assert.deepEqual([...ctx.engine.docs.keys()], [b.id]);
});

test('an engine failure leaves every row pending, marks nothing done and surfaces EngineError', async (t) => {
  const ctx = setup(t);
  for (let i = 0; i < 12; i++) ctx.archive.saveDocument(makeDocument(i));
  ctx.engine.failing = true;
  await assert.rejects(drainOutbox(ctx, { batchSize: 5 }), (e: unknown) => e instanceof EngineError && e.code === 'engine_unavailable');
  assert.equal(ctx.archive.outbox.pending(), 12);
  assert.equal(ctx.engine.docs.size, 0);
  ctx.engine.failing = false;
  assert.deepEqual(await drainOutbox(ctx, { batchSize: 5 }), { indexed: 12, pending: 0 });
  assert.equal(ctx.engine.docs.size, 12);
});

test('a failure after some batches keeps the finished batches done and the rest pending', async (t) => {
  const ctx = setup(t);
  for (let i = 0; i < 12; i++) ctx.archive.saveDocument(makeDocument(i));
  const upsert = ctx.engine.upsert.bind(ctx.engine);
  let calls = 0;
  ctx.engine.upsert = async (docs) => {
    if (++calls === 2) throw new Error('connection reset');
    return upsert(docs);
  };
  await assert.rejects(drainOutbox(ctx, { batchSize: 5 }), (e: unknown) => e instanceof EngineError && /connection reset/.test(e.message));
  assert.equal(ctx.archive.outbox.pending(), 7);
  assert.equal(ctx.engine.docs.size, 5);
});

test('reindex clears the engine, sends every stored document once, and settles the outbox', async (t) => {
  const ctx = setup(t);
  const docs = Array.from({ length: 7 }, (_, i) => makeDocument(i));
  for (const d of docs) ctx.archive.saveDocument(d);
  await ctx.engine.upsert([makeDocument(99)]); // stale: not in the archive, must disappear
  ctx.engine.upsertLog.length = 0;
  const progress: [number, number][] = [];
  const result = await reindex(ctx, { batchSize: 3, onProgress: (d, n) => progress.push([d, n]) });
  assert.deepEqual(result, { indexed: 7, pending: 0 });
  assert.deepEqual([...ctx.engine.docs.keys()].sort(), docs.map((d) => d.id).sort());
  assert.deepEqual([...ctx.engine.upsertLog].sort(), docs.map((d) => d.id).sort());
  assert.deepEqual(progress, [
    [3, 7],
    [6, 7],
    [7, 7],
  ]);
});

test('reindex hands the next batch over before the last is confirmed, and stops at the first batch that fails', async (t) => {
  const ctx = setup(t);
  for (let i = 0; i < 10; i++) ctx.archive.saveDocument(makeDocument(i));
  const confirmed = ctx.engine.upsert.bind(ctx.engine);
  const handedOver: number[] = [];
  let settle: () => void = () => undefined;
  ctx.engine.upsert = (docs) => {
    handedOver.push(docs.length);
    if (handedOver.length === 1) return new Promise((resolve) => (settle = () => void confirmed(docs).then(resolve)));
    if (handedOver.length === 2) {
      assert.deepEqual(handedOver, [3, 3]); // the second batch came before the first was confirmed
      settle();
      return Promise.reject(new EngineError('engine_unavailable', 'engine went down'));
    }
    return Promise.reject(new EngineError('engine_unavailable', 'engine still down')); // never awaited by reindex
  };
  const unhandled: unknown[] = [];
  const onUnhandled = (err: unknown) => unhandled.push(err);
  process.on('unhandledRejection', onUnhandled);
  t.after(() => process.off('unhandledRejection', onUnhandled));
  const progress: [number, number][] = [];
  await assert.rejects(reindex(ctx, { batchSize: 3, onProgress: (d, n) => progress.push([d, n]) }), /engine went down/);
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(handedOver, [3, 3, 3]); // the third was handed over while the second was pending
  assert.deepEqual(progress, [[3, 10]]);
  assert.equal(ctx.archive.outbox.pending(), 10);
  assert.deepEqual(unhandled, []);
});

test('reindex with the engine down fails and keeps the outbox', async (t) => {
  const ctx = setup(t);
  ctx.archive.saveDocument(makeDocument(1));
  ctx.engine.failing = true;
  await assert.rejects(reindex(ctx), (e: unknown) => e instanceof EngineError);
  assert.equal(ctx.archive.outbox.pending(), 1);
});

test('a document changed while its engine call is in flight is queued again and its latest version indexed', async (t) => {
  const ctx = setup(t);
  const v1 = makeDocument(1);
  const v2 = withBody(v1, ['written during the engine call']);
  ctx.archive.saveDocument(v1);
  const upsert = ctx.engine.upsert.bind(ctx.engine);
  let calls = 0;
  ctx.engine.upsert = async (docs) => {
    if (++calls === 1) ctx.archive.saveDocument(v2); // another process ingests meanwhile
    return upsert(docs);
  };
  assert.deepEqual(await drainOutbox(ctx), { indexed: 2, pending: 0 });
  assert.deepEqual(ctx.engine.upsertLog, [v1.id, v1.id]);
  assert.deepEqual(ctx.engine.docs.get(v1.id), v2);
});

test("two indexers racing on the same rows: the slow one's stale write is repaired, the engine ends with the latest version", async (t) => {
  const ctx = setup(t);
  const v1 = makeDocument(1);
  const v2 = withBody(v1, ['second version']);
  ctx.archive.saveDocument(v1);
  const upsert = ctx.engine.upsert.bind(ctx.engine);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let calls = 0;
  ctx.engine.upsert = async (docs) => {
    if (++calls === 1) await gate; // indexer A stalls (a slow Meilisearch task) holding v1
    return upsert(docs);
  };
  const slow = drainOutbox(ctx); // A: took row 1, read v1, waits in the engine
  await new Promise((r) => setImmediate(r));
  ctx.archive.saveDocument(v2);
  assert.deepEqual(await drainOutbox(ctx), { indexed: 1, pending: 0 }); // B: rows 1-2, sends v2
  assert.deepEqual(ctx.engine.docs.get(v1.id), v2);
  release(); // A's v1 lands after B's v2: stale
  assert.deepEqual(await slow, { indexed: 2, pending: 0 }); // A notices and sends the current v2
  assert.deepEqual(ctx.engine.docs.get(v1.id), v2);
  assert.equal(ctx.archive.outbox.pending(), 0);
});

test('a document removed while its upsert is in flight is removed from the engine', async (t) => {
  const ctx = setup(t);
  const doc = makeDocument(1);
  ctx.archive.saveDocument(doc);
  const upsert = ctx.engine.upsert.bind(ctx.engine);
  ctx.engine.upsert = async (docs) => {
    ctx.archive.removeDocument(doc.id);
    return upsert(docs);
  };
  assert.deepEqual(await drainOutbox(ctx), { indexed: 2, pending: 0 });
  assert.equal(ctx.engine.docs.size, 0);
});
