/** Shared setup for crawler tests: small timeouts, a temp archive per test, the local site. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { CrawlOptionsInput } from '../../src/crawl/index.js';
import { openArchive } from '../../src/store/index.js';
import type { Archive } from '../../src/store/index.js';
import { startTestSite } from './site.js';
import type { SiteOptions, TestSite } from './site.js';

// Small waits everywhere so a file runs in seconds; a fixed "random" keeps the jitter repeatable.
export const OPTIONS: CrawlOptionsInput = {
  concurrency: 2,
  hostConcurrency: 2,
  hostDelayMs: 0,
  timeoutMs: 1_000,
  retries: 2,
  backoffBaseMs: 10,
  backoffMaxMs: 40,
  maxRetryAfterMs: 2_000,
  maxBytes: 200_000,
  random: () => 0.5,
};

export function withSite(name: string, fn: (site: TestSite, archive: Archive) => Promise<void>, siteOptions: SiteOptions = {}): void {
  test(name, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archivist-crawl-'));
    const site = await startTestSite(siteOptions);
    const archive = openArchive(join(dir, 'archive.db'));
    try {
      await fn(site, archive);
    } finally {
      archive.close();
      await site.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** Paths of the site's article pages that were requested, sorted. */
export function articlePathsHit(site: TestSite): string[] {
  const articlePaths = new Set(site.articles.map((a) => new URL(a.url).pathname));
  return [...site.hits.keys()].filter((p) => articlePaths.has(p)).sort();
}
