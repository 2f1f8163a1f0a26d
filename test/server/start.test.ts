// startServer over a real context: a POSTed article becomes searchable through the background
// indexer, and the result cache (on by default) never serves the stale "not found".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { pino } from 'pino';
import { silentLogger } from '../../src/log.js';
import { startServer } from '../../src/server/index.js';
import { API_KEY, makeDoc } from './helpers.js';

// Poll the API this often, at most this long, for the indexer to catch up.
const POLL_MS = 50;
const WAIT_MS = 20_000;

test('POST then search: the indexer drains and the cached miss is dropped', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-start-'));
  const ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dir, ARCHIVIST_API_KEY: API_KEY }), { log: silentLogger() });
  const server = await startServer(ctx, { port: 0, host: '127.0.0.1', indexIntervalMs: 10_000 });
  try {
    const total = async () => ((await (await fetch(`${server.url}/api/search?q=zeppelin`)).json()) as { total: number }).total;
    assert.equal(await total(), 0); // now cached for 30 s
    const doc = makeDoc({
      slug: 'zeppelin',
      title: 'Zeppelin lands in Amman',
      paragraphs: ['A zeppelin landed.'],
      publishedAt: '2020-01-01T00:00:00Z',
    });
    const res = await fetch(`${server.url}/api/articles`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${API_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(doc),
    });
    assert.equal(res.status, 201);
    // the interval is 10 s: finding it sooner proves the kick and the cache drop
    const start = Date.now();
    let found = 0;
    while (found === 0 && Date.now() - start < WAIT_MS) {
      found = await total();
      if (found === 0) await new Promise((r) => setTimeout(r, POLL_MS));
    }
    assert.equal(found, 1);
    assert.ok(Date.now() - start < 10_000, 'found only after the poll interval');
    assert.equal(ctx.archive.outbox.pending(), 0);
  } finally {
    await server.close();
    await ctx.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test(
  'serve logs "ready" only when the engine is: an engine that cannot answer is a warning with its reason',
  { timeout: 60_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archivist-start-'));
    const lines: { level: number; msg: string; detail?: string }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line) as (typeof lines)[number]) });
    const ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dir }), { log });
    // as Meilisearch unreachable or with a wrong key answers: the server still serves the archive
    ctx.engine.health = async () => ({ ok: false, engine: 'embedded', detail: 'connection refused' });
    const server = await startServer(ctx, { port: 0, host: '127.0.0.1', indexIntervalMs: 10_000 });
    try {
      const last = lines.at(-1)!;
      assert.deepEqual([last.level, last.msg, last.detail], [40, 'serving, but the search engine is not ready', 'connection refused']);
      assert.equal(lines.filter((l) => l.msg === 'ready').length, 0);
    } finally {
      await server.close();
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
