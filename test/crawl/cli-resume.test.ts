/**
 * Crash safety of a crawl: `archivist crawl` killed with SIGKILL part-way, then run again, resumes
 * the same run and ends with every article stored exactly once.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { openArchive } from '../../src/store/index.js';
import { startTestSite } from './site.js';

const CLI = join(import.meta.dirname, '../../src/cli/main.ts');
// killed once this many article pages were requested: part-way through the nine
const KILL_AFTER_ARTICLES = 3;

test('a crawl killed with SIGKILL resumes and stores every article exactly once', async () => {
  const site = await startTestSite({});
  const dataDir = mkdtempSync(join(tmpdir(), 'archivist-crawl-kill-'));
  const env = { ...process.env, ARCHIVIST_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MEILI_HOST: '' };
  const args = ['--import', 'tsx', CLI, 'crawl', `${site.base}/news`, '--no-probe', '--concurrency', '1', '--json'];
  const articlePaths = new Set(site.articles.map((a) => new URL(a.url).pathname));
  const articleHits = (): number => [...site.hits].filter(([p]) => articlePaths.has(p)).reduce((n, [, k]) => n + k, 0);
  try {
    // 1. slowed down (--delay) so the kill lands mid-crawl
    const child = spawn(process.execPath, [...args, '--delay', '300'], { env, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal === null ? _code : -1)));
    const deadline = Date.now() + 45_000;
    while (articleHits() < KILL_AFTER_ARTICLES && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGKILL');
    assert.equal(await exited, -1, 'the first crawl was killed, not finished');
    const before = articleHits();
    assert.ok(before >= KILL_AFTER_ARTICLES && before < 9, `killed after ${before} article requests`);
    // 2. again, at full speed: the same run goes on
    const { stdout } = await promisify(execFile)(process.execPath, [...args, '--delay', '0'], { env, timeout: 45_000 });
    const summary = JSON.parse(stdout) as { resumed: boolean; pending: number; failed: object };
    assert.deepEqual([summary.resumed, summary.pending, summary.failed], [true, 0, {}]);
    // 3. nine articles (five from the listing pages, four from the sitemaps), each stored once;
    //    at most the one page in flight at the kill was requested twice
    const archive = openArchive(join(dataDir, 'archive.db'));
    try {
      assert.equal(archive.countDocuments(), 9);
      assert.equal(archive.countRawPages(), 9);
      assert.equal(archive.outbox.pending(), 0);
    } finally {
      archive.close();
    }
    const repeated = [...site.hits].filter(([p, n]) => articlePaths.has(p) && n > 1);
    assert.ok(repeated.length <= 1 && repeated.every(([, n]) => n === 2), `requested again: ${JSON.stringify(repeated)}`);
  } finally {
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
