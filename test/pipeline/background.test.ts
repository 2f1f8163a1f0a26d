import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { silentLogger } from '../../src/log.js';
import { startBackgroundIndexer } from '../../src/pipeline/background.js';
import { openArchive } from '../../src/store/index.js';
import { makeDocument } from '../helpers/documents.js';
import { MemoryEngine } from '../helpers/memory-engine.js';
import { tempDir } from '../helpers/tmp.js';

async function until(check: () => boolean, timeoutMs = 3_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached in time');
    await sleep(5);
  }
}

test('the background indexer drains at start, backs off while the engine fails, and drains when it returns', async (t) => {
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  const engine = new MemoryEngine();
  for (let i = 0; i < 3; i++) archive.saveDocument(makeDocument(i));
  const indexer = startBackgroundIndexer({ archive, engine, log: silentLogger() }, { intervalMs: 20, maxBackoffMs: 80 });
  t.after(() => indexer.stop());
  await until(() => engine.docs.size === 3);
  assert.equal(archive.outbox.pending(), 0);

  engine.failing = true;
  archive.saveDocument(makeDocument(3));
  indexer.kick();
  await until(() => indexer.failures >= 3);
  assert.equal(archive.outbox.pending(), 1);
  assert.equal(engine.docs.size, 3);

  engine.failing = false;
  await until(() => engine.docs.size === 4, 2_000); // within one max backoff (80 ms) plus slack
  assert.equal(indexer.failures, 0);
  assert.equal(archive.outbox.pending(), 0);
});

test('stop waits for the drain in progress and schedules nothing after', async (t) => {
  const archive = openArchive(join(tempDir(t), 'archive.db'));
  t.after(() => archive.close());
  const engine = new MemoryEngine();
  archive.saveDocument(makeDocument(1));
  const indexer = startBackgroundIndexer({ archive, engine, log: silentLogger() }, { intervalMs: 10 });
  await until(() => engine.docs.size === 1);
  await indexer.stop();
  archive.saveDocument(makeDocument(2));
  indexer.kick();
  await sleep(50);
  assert.equal(engine.docs.size, 1);
  assert.equal(archive.outbox.pending(), 1);
});
