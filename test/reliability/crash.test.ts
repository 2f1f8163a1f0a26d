/**
 * Crash safety (issue 8): `archivist ingest` killed with SIGKILL part-way (once while storing,
 * once while indexing), then run again, leaves every page in the store exactly once and in the
 * engine exactly once, and the outbox empty. And (issue 18) a process killed while saving the
 * embedded engine's snapshot leaves an index that answers exactly as one rebuilt from its rows.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { openContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { INDEX_FILE, openEmbeddedEngine, type EmbeddedEngine } from '../../src/search/embedded/index.js';
import { searchQuery, type SearchQuery } from '../../src/search/engine.js';
import { cliEnv, REPO_ROOT, runCli, spawnCli } from '../helpers/cli.js';
import { crashDoc } from '../helpers/crash-docs.js';
import { writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

// A few thousand pages (the size), small so the whole test stays well under a minute.
const PAGES = 2_000;
// Kill the first run once this share of pages is stored: well inside the storing phase.
const KILL_WHILE_STORING_AT = 0.4;
const POLL_MS = 20;
// Upper bound for one run: a stuck ingest fails the test instead of hanging it.
const RUN_TIMEOUT_MS = 90_000;

interface Counts {
  documents: number;
  pending: number;
}

/** Read the archive's counts from outside the process under test (null before the schema exists). */
function readCounts(file: string): Counts | null {
  if (!existsSync(file)) return null;
  const db = new Database(file, { fileMustExist: true, timeout: 1_000 });
  try {
    return db.prepare<[], Counts>('SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM outbox) AS pending').get()!;
  } catch {
    return null; // schema not migrated yet
  } finally {
    db.close();
  }
}

/** Run ingest and SIGKILL it as soon as `when` holds; returns whether the kill landed. */
async function ingestAndKill(args: string[], env: NodeJS.ProcessEnv, archiveFile: string, when: (c: Counts) => boolean): Promise<boolean> {
  const child = spawnCli(['ingest', ...args], env);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let finished = false;
  void exited.then(() => (finished = true));
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (!finished && Date.now() < deadline) {
    const counts = readCounts(archiveFile);
    if (counts && when(counts)) {
      child.kill('SIGKILL');
      await exited;
      return true;
    }
    await sleep(POLL_MS);
  }
  child.kill('SIGKILL');
  await exited;
  return false;
}

test(
  `ingest of ${PAGES} pages survives SIGKILL while storing and while indexing: no loss, no duplicates`,
  { timeout: 4 * RUN_TIMEOUT_MS },
  async (t) => {
    const root = tempDir(t, 'archivist-crash-');
    const pagesDir = join(root, 'pages');
    const dataDir = join(root, 'data');
    const archiveFile = join(dataDir, 'archive.db');
    const pages = writeSamplePages(pagesDir, 0, PAGES);
    const env = cliEnv(dataDir);

    // 1. killed while storing
    // parse on the main thread: worker start-up would only slow the three runs (the pool has its own tests)
    const args = ['--workers', '0', pagesDir];
    const killedStoring = await ingestAndKill(args, env, archiveFile, (c) => c.documents >= PAGES * KILL_WHILE_STORING_AT);
    const afterFirst = readCounts(archiveFile)!;
    t.diagnostic(`run 1 killed while storing: ${killedStoring}, documents stored ${afterFirst.documents}`);
    assert.equal(killedStoring, true);
    assert.ok(afterFirst.documents < PAGES, `the kill landed before the end (${afterFirst.documents})`);

    // 2. killed while indexing: every page stored, the outbox started to shrink
    let peak = 0;
    const killedIndexing = await ingestAndKill(args, env, archiveFile, (c) => {
      peak = Math.max(peak, c.pending);
      return c.documents === PAGES && c.pending > 0 && c.pending < peak;
    });
    t.diagnostic(`run 2 killed while indexing: ${killedIndexing}, pending ${readCounts(archiveFile)!.pending}`);

    // 3. a clean run finishes the work
    const final = runCli(['ingest', '--json', ...args], env, RUN_TIMEOUT_MS);
    assert.equal(final.status, 0, final.stderr);
    const summary = JSON.parse(final.stdout) as { pages: number; new: number; updated: number; unchanged: number; errors: object };
    assert.equal(summary.pages, PAGES);
    assert.deepEqual(summary.errors, {});
    assert.equal(summary.new + summary.updated, 0, 'everything was stored by the killed runs');
    assert.equal(summary.unchanged, PAGES);

    // store: every page exactly once, nothing pending
    const ctx = await openContext(loadConfig(env), { log: silentLogger() });
    t.after(() => ctx.close());
    const urls = ctx.archive.db.prepare('SELECT url FROM documents ORDER BY url').pluck().all() as string[];
    assert.deepEqual(urls, pages.map((p) => p.url).sort());
    assert.equal(ctx.archive.countRawPages(), PAGES);
    assert.equal(ctx.archive.outbox.pending(), 0);

    // engine: every document exactly once
    assert.equal(await ctx.engine.count(), PAGES);
    const ids = ctx.archive.db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
    assert.deepEqual(await allEngineIds(ctx.engine), ids);
    for (const p of [pages[0]!, pages[PAGES / 2]!, pages[PAGES - 1]!]) {
      const found = await ctx.engine.search(searchQuery({ q: `"${p.marker}"` }));
      assert.deepEqual(
        found.hits.map((h) => h.url),
        [p.url],
      );
    }
  },
);

async function allEngineIds(engine: import('../../src/search/engine.js').SearchEngine): Promise<string[]> {
  const ids: string[] = [];
  const perPage = 100;
  for (let page = 1; ; page++) {
    const r = await engine.search(searchQuery({ sort: 'oldest', page, perPage }));
    ids.push(...r.hits.map((h) => h.id));
    if (r.hits.length < perPage) break;
  }
  return ids.sort();
}

// Enough documents that a snapshot takes milliseconds to write, so that kills land inside writes.
const SNAPSHOT_DOCS = 3_000;
const SNAPSHOT_KILLS = 4;
const SNAPSHOT_PROBES: Partial<SearchQuery>[] = [
  { q: 'marker17' },
  { q: 'version3' },
  { q: 'word5 word12' },
  { nations: ['Nation3'], perPage: 50 },
  { sort: 'oldest', perPage: 100, page: 7 },
];

test(
  `a process killed while saving the embedded snapshot leaves an index equal to one rebuilt from its rows (${SNAPSHOT_KILLS} kills)`,
  { timeout: 4 * RUN_TIMEOUT_MS },
  async (t) => {
    const dir = join(tempDir(t, 'archivist-snapshot-crash-'), 'index');
    const seed = (await openEmbeddedEngine({ dir })) as EmbeddedEngine;
    await seed.init({ synonyms: [] });
    await seed.upsert(Array.from({ length: SNAPSHOT_DOCS }, (_, i) => crashDoc(i, 0)));
    await seed.checkpoint();
    await seed.close();
    for (let kill = 0; kill < SNAPSHOT_KILLS; kill++) {
      const saves = await runSnapshotWriterAndKill(dir, 20 + kill * 7);
      const leftovers = readdirSync(dir).filter((f) => f.includes('.tmp-')).length;
      t.diagnostic(`kill ${kill}: after ${saves} saves, ${leftovers} temporary file(s) left`);
      assert.ok(saves >= 20);
      // the same rows without a snapshot: the in-memory side rebuilt from them
      const rowsOnly = join(dir, '..', `rows-${kill}`);
      mkdirSync(rowsOnly);
      for (const suffix of ['', '-wal']) {
        const file = join(dir, INDEX_FILE + suffix);
        if (existsSync(file)) copyFileSync(file, join(rowsOnly, INDEX_FILE + suffix));
      }
      const rebuilt = await openEmbeddedEngine({ dir: rowsOnly });
      const reopened = await openEmbeddedEngine({ dir });
      assert.equal(await reopened.count(), SNAPSHOT_DOCS);
      for (const p of SNAPSHOT_PROBES)
        assert.deepEqual(await reopened.search(searchQuery(p)), await rebuilt.search(searchQuery(p)), JSON.stringify(p));
      await rebuilt.close();
      await reopened.close();
    }
  },
);

/** Run the snapshot writer on `dir` and SIGKILL it once it has saved `saves` snapshots (plus a random few ms). */
async function runSnapshotWriterAndKill(dir: string, saves: number): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/snapshot-writer.ts', dir, String(SNAPSHOT_DOCS)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let seen = 0;
  await new Promise<void>((resolve) => {
    child.stdout.on('data', (chunk: Buffer) => {
      seen += chunk
        .toString()
        .split('\n')
        .filter((l) => l.startsWith('saved')).length;
      if (seen >= saves) resolve();
    });
    void exited.then(() => resolve());
  });
  await sleep(Math.random() * 10);
  child.kill('SIGKILL');
  await exited;
  return seen;
}
