/**
 * Engine outages (issue 8): with the engine failing, ingest still stores every document and the
 * outbox grows; when the engine returns the outbox drains and search finds everything.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { openContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { drainOutbox, ingestFiles, startBackgroundIndexer } from '../../src/pipeline/index.js';
import { searchQuery } from '../../src/search/engine.js';
import { openArchive } from '../../src/store/index.js';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { contextDeps } from '../../src/server/context-deps.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { MemoryEngine } from '../helpers/memory-engine.js';
import { samplePage, writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

test('engine down: ingest stores and queues; engine back: the outbox drains and search finds every page', async (t) => {
  const root = tempDir(t);
  const pages = writeSamplePages(join(root, 'pages'), 0, 20);
  const archive = openArchive(join(root, 'archive.db'));
  t.after(() => archive.close());
  const engine = new MemoryEngine();
  const ctx = { archive, engine, log: silentLogger() };

  engine.failing = true;
  const first = await ingestFiles(ctx, [join(root, 'pages')]);
  assert.deepEqual(
    {
      pages: first.pages,
      new: first.new,
      errors: first.errors,
      indexed: first.indexed,
      pending: first.pending,
      code: first.indexError?.code,
    },
    { pages: 20, new: 20, errors: {}, indexed: 0, pending: 20, code: 'engine_unavailable' },
  );
  assert.equal(archive.countDocuments(), 20);

  // more work arrives during the outage: the outbox keeps growing
  writeSamplePages(join(root, 'more'), 20, 25);
  const second = await ingestFiles(ctx, [join(root, 'more')]);
  assert.equal(second.pending, 25);
  assert.equal(engine.docs.size, 0);

  engine.failing = false;
  assert.deepEqual(await drainOutbox(ctx), { indexed: 25, pending: 0 });
  for (const p of pages) {
    const r = await engine.search(searchQuery({ q: p.marker }));
    assert.deepEqual(
      r.hits.map((h) => h.url),
      [p.url],
    );
  }
});

test('engine down under serve: the background indexer retries and drains once the engine returns', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'pages'), 0, 10);
  const archive = openArchive(join(root, 'archive.db'));
  t.after(() => archive.close());
  const engine = new MemoryEngine();
  engine.failing = true;
  const ctx = { archive, engine, log: silentLogger() };
  const indexer = startBackgroundIndexer(ctx, { intervalMs: 10, maxBackoffMs: 40 });
  t.after(() => indexer.stop());
  await ingestFiles(ctx, [join(root, 'pages')]);
  while (indexer.failures < 2) await new Promise((r) => setTimeout(r, 5));
  assert.equal(archive.outbox.pending(), 10);
  engine.failing = false;
  while (archive.outbox.pending() > 0) await new Promise((r) => setTimeout(r, 5));
  assert.equal(engine.docs.size, 10);
});

test('CLI with an unreachable Meilisearch: ingest stores the pages, exits 1 with one line, stats shows the queue', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'pages'), 0, 4);
  // a port that was just free: connection refused, immediately
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
  const env = cliEnv(join(root, 'data'), { MEILI_HOST: `http://127.0.0.1:${port}`, LOG_LEVEL: 'silent' });
  const ingest = runCli(['ingest', '--json', join(root, 'pages')], env);
  assert.equal(ingest.status, 1);
  assert.deepEqual(JSON.parse(ingest.stdout), { pages: 4, new: 4, updated: 0, unchanged: 0, errors: {} });
  assert.equal(ingest.stderr.trim().split('\n').length, 1, ingest.stderr);
  assert.match(ingest.stderr, /^archivist: pages stored, but indexing failed .*4 waiting in the index queue/);

  const stats = runCli(['stats', '--json'], env);
  assert.equal(stats.status, 0, stats.stderr);
  const s = JSON.parse(stats.stdout);
  assert.deepEqual(
    { documents: s.documents, rawPages: s.rawPages, pendingIndex: s.pendingIndex, engineDocuments: s.engineDocuments, engine: s.engine },
    { documents: 4, rawPages: 4, pendingIndex: 4, engineDocuments: null, engine: 'meilisearch' },
  );

  // the same archive with the embedded engine (the "engine back" case): `index` drains it
  const embedded = cliEnv(join(root, 'data'), { LOG_LEVEL: 'silent' });
  const index = runCli(['index', '--json'], embedded);
  assert.equal(index.status, 0, index.stderr);
  assert.deepEqual(JSON.parse(index.stdout), { indexed: 4, pending: 0 });
  const ctx = await openContext(loadConfig(embedded), { log: silentLogger() });
  t.after(() => ctx.close());
  assert.equal(await ctx.engine.count(), 4);
});

test('through the API: engine down = 503 JSON for search and /readyz, writes still stored; engine back = drained and found', async (t) => {
  const root = tempDir(t);
  const engine = new MemoryEngine();
  engine.failing = true;
  const config = loadConfig({ ARCHIVIST_DATA_DIR: join(root, 'data'), ARCHIVIST_API_KEY: 'test-key-123' });
  const ctx = await openContext(config, { log: silentLogger(), engine });
  t.after(() => ctx.close());
  const indexer = startBackgroundIndexer(ctx, { intervalMs: 10, maxBackoffMs: 40 });
  t.after(() => indexer.stop());
  const app = createApp(contextDeps(ctx, { afterWrite: () => indexer.kick(), rateLimit: false, searchCache: false }));

  const search = await request(app).get('/api/search').query({ q: 'plan' });
  assert.equal(search.status, 503);
  assert.equal(search.body.error.code, 'engine_unavailable');
  assert.equal((await request(app).get('/readyz')).status, 503);

  const pages = [samplePage(1), samplePage(2), samplePage(3)];
  for (const p of pages) {
    const r = await request(app).post('/api/articles').set('Authorization', 'Bearer test-key-123').send({ url: p.url, html: p.html });
    assert.equal(r.status, 201, JSON.stringify(r.body));
  }
  assert.equal(ctx.archive.countDocuments(), 3);
  assert.equal(ctx.archive.outbox.pending(), 3);

  engine.failing = false;
  while (ctx.archive.outbox.pending() > 0) await new Promise((r) => setTimeout(r, 5));
  assert.equal((await request(app).get('/readyz')).status, 200);
  for (const p of pages) {
    const r = await request(app).get('/api/search').query({ q: p.marker });
    assert.equal(r.status, 200);
    assert.deepEqual(
      r.body.hits.map((h: { url: string }) => h.url),
      [p.url],
    );
  }
});
