import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openContext } from '../../src/app/index.js';
import type { AppContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { searchQuery } from '../../src/search/engine.js';
import { openArchive } from '../../src/store/index.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

async function searches(ctx: AppContext, markers: string[]) {
  const out = [];
  for (const q of ['plan', 'residents hoped', ...markers.map((m) => `"${m}"`)]) out.push(await ctx.engine.search(searchQuery({ q })));
  out.push(await ctx.engine.search(searchQuery({ sort: 'oldest', perPage: 100 })));
  return out;
}

async function withCtx<T>(env: NodeJS.ProcessEnv, fn: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await openContext(loadConfig(env), { log: silentLogger() });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

test('deleting the embedded index and running reindex restores identical search results', async (t) => {
  const root = tempDir(t);
  const pages = writeSamplePages(join(root, 'pages'), 0, 8);
  const dataDir = join(root, 'data');
  const env = cliEnv(dataDir);
  assert.equal(runCli(['ingest', join(root, 'pages')], env).status, 0);
  const markers = pages.map((p) => p.marker);
  const before = await withCtx(env, (ctx) => searches(ctx, markers));
  assert.equal(before.at(-1)!.total, 8);
  assert.deepEqual(
    before[2]!.hits.map((h) => h.url),
    [pages[0]!.url],
  );

  rmSync(join(dataDir, 'index'), { recursive: true, force: true });
  const gone = runCli(['stats', '--json'], env);
  assert.equal(JSON.parse(gone.stdout).engineDocuments, 0);

  const r = runCli(['reindex', '--json'], env);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { indexed: 8, pending: 0 });
  const after = await withCtx(env, (ctx) => searches(ctx, markers));
  assert.deepEqual(stripTimings(after), stripTimings(before));
});

test('index drains nothing when nothing is pending; reprocess re-derives a stale document and re-indexes it', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'pages'), 0, 3);
  const dataDir = join(root, 'data');
  const env = cliEnv(dataDir);
  assert.equal(runCli(['ingest', join(root, 'pages')], env).status, 0);

  const idle = runCli(['index', '--json'], env);
  assert.equal(idle.status, 0, idle.stderr);
  assert.deepEqual(JSON.parse(idle.stdout), { indexed: 0, pending: 0 });

  const unchanged = runCli(['reprocess', '--json'], env);
  assert.equal(unchanged.status, 0, unchanged.stderr);
  assert.deepEqual(JSON.parse(unchanged.stdout), { pages: 3, changed: 0 });

  // an older scraper's output: a document whose title differs from what the current one produces
  const archive = openArchive(join(dataDir, 'archive.db'));
  const [doc] = [...archive.iterateDocuments()][0]!;
  archive.saveDocument({ ...doc!, title: 'Headline as an old scraper saw it' });
  archive.outbox.markDone(archive.outbox.take(10).map((r) => r.seq));
  archive.close();

  const fixed = runCli(['reprocess', '--json'], env);
  assert.equal(fixed.status, 0, fixed.stderr);
  assert.deepEqual(JSON.parse(fixed.stdout), { pages: 3, changed: 1 });
  await withCtx(env, async (ctx) => {
    assert.equal(ctx.archive.getDocument(doc!.id)!.title, doc!.title);
    assert.equal(ctx.archive.outbox.pending(), 0);
    const hits = (await ctx.engine.search(searchQuery({ q: 'old scraper saw' }))).hits;
    assert.deepEqual(hits, []);
  });
});

/** tookMs-like fields are not part of the result's identity. */
function stripTimings<T>(results: T[]): T[] {
  return JSON.parse(JSON.stringify(results, (k, v) => (k === 'tookMs' ? undefined : v)));
}
