/**
 * `archivist crawl` as a user runs it: a child process against the local site, with the real
 * scrapers and the embedded engine; --json summary on stdout; a second run gets 304s.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { promisify } from 'node:util';
import { startTestSite } from './site.js';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../src/cli/main.ts');

// One child process only: starting the CLI costs seconds on a busy machine. The second crawl with
// 304s is covered in-process by crawl.test.ts.
test('crawl --json: stores, indexes and summarises with the real scrapers and engine', async () => {
  const site = await startTestSite();
  const dataDir = mkdtempSync(join(tmpdir(), 'archivist-crawl-cli-'));
  const crawlCli = async (): Promise<Record<string, unknown>> => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', CLI, 'crawl', `${site.base}/news`, '--max', '3', '--no-probe', '--delay', '0', '--concurrency', '1', '--json'],
      {
        env: { ...process.env, ARCHIVIST_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MEILI_HOST: '' },
        timeout: 30_000,
      },
    );
    return JSON.parse(stdout) as Record<string, unknown>;
  };
  try {
    // /news, the sitemap index robots.txt names and its two sitemaps, then the first three articles found;
    // left for the next run: /news?page=1 and the sitemaps' other four entries
    assert.deepEqual(await crawlCli(), {
      fetched: 7,
      notModified: 0,
      failed: {},
      skipped: {},
      new: 3,
      updated: 0,
      unchanged: 0,
      resumed: false,
      pending: 5,
      indexed: 3,
      indexPending: 0,
    });
    const p = (i: number): string => new URL(site.articles[i]!.url).pathname;
    assert.deepEqual(
      [...site.hits.keys()].sort(),
      ['/news', '/robots.txt', '/sitemap-1.xml', '/sitemap-2.xml.gz', '/sitemap-index.xml', p(4), p(8), p(9)].sort(),
    );
  } finally {
    await site.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
