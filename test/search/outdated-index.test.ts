// `serve` over an embedded index of an older layout: the engine refuses it (engine_unavailable),
// and startServer deletes it and rebuilds it from the archive, so the server becomes ready.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { pino } from 'pino';
import { hasOutdatedIndex, INDEX_FILE, openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { startServer } from '../../src/server/index.js';
import { makeDoc } from '../server/helpers.js';

const API_KEY = 'outdated-index-test-key';

/**
 * An index file as layout 5 left it: its meta table says 5, and it has the FTS5 phrase table
 * that layout 6 dropped, with a row in it.
 */
async function writeOldIndex(dir: string): Promise<void> {
  const engine = await openEmbeddedEngine({ dir });
  await engine.close();
  const db = new Database(join(dir, INDEX_FILE));
  db.prepare("UPDATE meta SET value = ? WHERE key = 'schema'").run('5');
  db.exec(`CREATE VIRTUAL TABLE fts USING fts5(title, subtitle, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2');
    INSERT INTO fts (rowid, title, subtitle, body) VALUES (1, 'zeppelin over amman', '', 'a zeppelin flew');`);
  db.close();
}

/** Names of the index file's tables. */
function tablesOf(dir: string): string[] {
  const db = new Database(join(dir, INDEX_FILE), { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
  } finally {
    db.close();
  }
}

test('an index of an older layout is refused, then serve rebuilds it from the archive', { timeout: 60_000 }, async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'archivist-outdated-'));
  const indexDir = join(dataDir, 'index');
  try {
    await writeOldIndex(indexDir);
    assert.equal(hasOutdatedIndex(indexDir), true);
    await assert.rejects(openEmbeddedEngine({ dir: indexDir }), { code: 'engine_unavailable' });

    const lines: { msg: string; indexed?: number; total?: number; percent?: number }[] = [];
    const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as (typeof lines)[number]) });
    const ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dataDir, ARCHIVIST_API_KEY: API_KEY }), { log });
    const docs = [
      makeDoc({ slug: 'a', title: 'Zeppelin over Amman', paragraphs: ['A zeppelin flew.'], publishedAt: '2020-01-01T00:00:00Z' }),
      makeDoc({ slug: 'b', title: 'Harvest in Jordan', paragraphs: ['Olives and a zeppelin.'], publishedAt: '2021-01-01T00:00:00Z' }),
    ];
    for (const d of docs) ctx.archive.saveDocument(d);
    assert.equal((await ctx.engine.health()).ok, false);
    const server = await startServer(ctx, { port: 0, host: '127.0.0.1', rateLimit: false, searchCache: false });
    try {
      assert.equal(hasOutdatedIndex(indexDir), false);
      assert.deepEqual(
        tablesOf(indexDir),
        ['docs', 'hits', 'meta', 'removed', 'sqlite_sequence', 'terms'],
        'rebuilt without the FTS5 table',
      );
      const progress = lines.filter((l) => l.msg === 'rebuilding the search index');
      const end = progress.at(-1);
      assert.deepEqual([end?.indexed, end?.total, end?.percent], [2, 2, 100], 'progress shown, ending at 100 %');
      assert.equal((await ctx.engine.health()).ok, true);
      assert.equal(await ctx.engine.count(), 2);
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 200);
      const body = (await (await fetch(`${server.url}/api/search?q=zeppelin`)).json()) as { total: number };
      assert.equal(body.total, 2);
    } finally {
      await server.close();
      await ctx.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a current index is left alone: hasOutdatedIndex is false, and for no file too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-current-'));
  try {
    assert.equal(hasOutdatedIndex(dir), false);
    const engine = await openEmbeddedEngine({ dir });
    await engine.close();
    assert.equal(hasOutdatedIndex(dir), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
