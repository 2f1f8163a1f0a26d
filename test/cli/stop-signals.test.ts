/**
 * SIGTERM (`docker compose stop`, a supervisor) stops `crawl` and `ingest` as Ctrl-C does: what
 * was stored is indexed, the summary is printed, the exit code is 0. Killed by Node's default
 * instead, both exited 143 with no summary, and a crawl left its documents unindexed.
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { cliEnv, runCli, spawnCli } from '../helpers/cli.js';
import { writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';
import { startTestSite } from '../crawl/site.js';

const DEADLINE_MS = 45_000;
// More pages than one run stores before the signal lands: the first commit (256 pages) comes
// well before the last (about 2 s of parsing on the main thread alone).
const INGEST_PAGES = 3_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function collect(child: ChildProcess): Promise<Exit> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), DEADLINE_MS);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

async function until(what: string, ok: () => boolean): Promise<void> {
  const deadline = Date.now() + DEADLINE_MS;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Pages committed so far, read beside the running CLI (the archive is in WAL mode). */
function storedPages(dataDir: string): number {
  const file = join(dataDir, 'archive.db');
  if (!existsSync(file)) return 0;
  const db = new Database(file, { readonly: true, timeout: 1_000 });
  try {
    return (db.prepare('SELECT count(*) AS n FROM raw_pages').get() as { n: number }).n;
  } catch {
    return 0; // not migrated yet
  } finally {
    db.close();
  }
}

function stats(env: NodeJS.ProcessEnv): { documents: number; pendingIndex: number; engineDocuments: number } {
  const r = runCli(['stats', '--json'], env);
  assert.equal(r.status, 0, r.stderr);
  const { documents, pendingIndex, engineDocuments } = JSON.parse(r.stdout) as ReturnType<typeof stats>;
  return { documents, pendingIndex, engineDocuments };
}

test('crawl stopped by SIGTERM indexes what it stored, prints its summary and exits 0', async (t) => {
  const site = await startTestSite({});
  t.after(() => site.close());
  const dataDir = join(tempDir(t), 'data');
  const env = cliEnv(dataDir);
  const articlePaths = new Set(site.articles.map((a) => new URL(a.url).pathname));
  const articleHits = (): number => [...site.hits].filter(([p]) => articlePaths.has(p)).reduce((n, [, k]) => n + k, 0);
  // slowed down (--delay) so the signal lands with most of the site still to fetch
  const child = spawnCli(['crawl', `${site.base}/news`, '--no-probe', '--concurrency', '1', '--delay', '300', '--json'], env);
  const exit = collect(child);
  await until('three article requests', () => articleHits() >= 3);
  child.kill('SIGTERM');
  const { code, signal, stdout, stderr } = await exit;
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, stderr);
  const summary = JSON.parse(stdout) as { new: number; pending: number; indexed: number; indexPending: number };
  assert.ok(summary.new >= 2 && summary.pending > 0, `stopped part-way: ${stdout}`);
  assert.equal(summary.indexed, summary.new);
  assert.equal(summary.indexPending, 0);
  assert.deepEqual(stats(env), { documents: summary.new, pendingIndex: 0, engineDocuments: summary.new });
});

test('ingest stopped by SIGTERM keeps and indexes the pages committed, exits 0, and a rerun stores the rest', async (t) => {
  const root = tempDir(t);
  const pages = join(root, 'pages');
  writeSamplePages(pages, 0, INGEST_PAGES);
  const dataDir = join(root, 'data');
  const env = cliEnv(dataDir);
  const child = spawnCli(['ingest', '--json', '--workers', '0', pages], env);
  const exit = collect(child);
  await until('the first committed batch', () => storedPages(dataDir) > 0);
  child.kill('SIGTERM');
  const { code, signal, stdout, stderr } = await exit;
  assert.deepEqual({ code, signal }, { code: 0, signal: null }, stderr);
  const summary = JSON.parse(stdout) as { new: number };
  const stored = summary.new;
  // the pages parsed before the signal are stored, the rest are not read
  assert.ok(stored > 0 && stored < INGEST_PAGES, `stored ${stored}`);
  assert.deepEqual(JSON.parse(stdout), { pages: INGEST_PAGES, new: stored, updated: 0, unchanged: 0, errors: {}, stopped: true });
  assert.deepEqual(stats(env), { documents: stored, pendingIndex: 0, engineDocuments: stored });

  const rerun = runCli(['ingest', '--json', '--workers', '0', pages], env);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.deepEqual(JSON.parse(rerun.stdout), {
    pages: INGEST_PAGES,
    new: INGEST_PAGES - stored,
    updated: 0,
    unchanged: stored,
    errors: {},
  });
  assert.deepEqual(stats(env), { documents: INGEST_PAGES, pendingIndex: 0, engineDocuments: INGEST_PAGES });
});
