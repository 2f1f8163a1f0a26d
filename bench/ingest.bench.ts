/**
 * @module Ingest throughput: generated article pages (HTML bytes in memory) -> parseDocument ->
 * archive + outbox -> drained into the embedded engine, i.e. HTML to searchable.
 * Target (issue 4): >= 500 articles/s on this machine. Reading files is left out: it is the
 * disk's speed, not ours.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openContext } from '../src/app/index.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import type { Document } from '../src/document.js';
import { drainOutbox } from '../src/pipeline/index.js';
import { parsePage } from '../src/pipeline/parse-page.js';
import type { FetchedPage } from '../src/store/index.js';
import { generateArticles, renderPage } from './corpus/index.js';
import type { ArticleSpec, Layout } from './corpus/index.js';
import { printTable, rssMb, seconds } from './lib/report.js';
import type { BenchOptions } from './lib/report.js';

const TARGET_ARTICLES_PER_S = 500;
// Enough pages for a steady state (SQLite page cache warm, several outbox batches); QUICK: a smoke run.
const ARTICLES = 5_000;
const QUICK_ARTICLES = 300;
const SEED = 20_160_121;

export async function main({ quick }: BenchOptions): Promise<void> {
  const n = quick ? QUICK_ARTICLES : ARTICLES;
  const encoder = new TextEncoder();
  const fetchedAt = '2024-01-01T00:00:00Z';
  const pages: FetchedPage[] = generateArticles(n, { seed: SEED, lang: 'mixed' }).map((spec, i) => ({
    url: spec.url, fetchedAt, status: 200, headers: { 'content-type': 'text/html; charset=utf-8' },
    body: encoder.encode(renderPage(spec, layoutFor(spec, i))),
  }));
  const mb = pages.reduce((sum, p) => sum + p.body.byteLength, 0) / 2 ** 20;

  const dataDir = mkdtempSync(join(tmpdir(), 'archivist-bench-ingest-'));
  const ctx = await openContext(loadConfig({ ...process.env, ARCHIVIST_DATA_DIR: dataDir }), { log: silentLogger() });
  try {
    // the two halves of ingestPage, timed apart: parsing is the scrapers' cost, saving the store's
    let errors = 0;
    const cpu = cpuMeter();
    const parsed: { page: FetchedPage; doc: Document }[] = [];
    const parseSeconds = await seconds(() => {
      for (const page of pages) {
        try {
          parsed.push({ page, doc: parsePage(page) });
        } catch {
          errors++;
        }
      }
    });
    const parseCpu = cpu();
    const storeSeconds = await seconds(() => {
      for (const { page, doc } of parsed) ctx.archive.savePage(page, doc);
    });
    const storeCpu = cpu();
    let indexed = 0;
    const indexSeconds = await seconds(async () => {
      indexed = (await drainOutbox(ctx)).indexed;
    });
    const indexCpu = cpu();
    const total = parseSeconds + storeSeconds + indexSeconds;
    const totalCpu = parseCpu + storeCpu + indexCpu;
    printTable([
      row('parse (decode, scrape, entities)', n, parseSeconds, parseCpu),
      row('store (compress, save, outbox)', parsed.length, storeSeconds, storeCpu),
      row(`index (${ctx.engine.name} engine)`, indexed, indexSeconds, indexCpu),
      row('HTML -> searchable', n, total, totalCpu),
    ]);
    const rate = n / total;
    console.log(`corpus: ${n} pages, ${mb.toFixed(1)} MB of HTML, ${errors} parse errors; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; RSS ${rssMb()} MB`);
    console.log(`ingest throughput: ${rate.toFixed(0)} articles/s (target >= ${TARGET_ARTICLES_PER_S}): ${rate >= TARGET_ARTICLES_PER_S ? 'MET' : 'NOT MET'}`);
    // on a shared machine wall time includes waiting for a core; per CPU-second shows the code's own cost
    console.log(`per CPU-second of this process: ${(n / totalCpu).toFixed(0)} articles (wall-clock figure above is the reported one)`);
  } finally {
    await ctx.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// The site's mix: the Drupal 7 layout before 2019, Drupal 9 after, and an AMP page now and then.
const AMP_EVERY = 10;
const D9_FROM_YEAR = 2019;
function layoutFor(spec: ArticleSpec, i: number): Layout {
  if (i % AMP_EVERY === 0) return 'amp';
  return Number(spec.publishedAt.slice(0, 4)) >= D9_FROM_YEAR ? 'd9' : 'd7';
}

/** CPU seconds (user + system) of this process since the previous call. */
function cpuMeter(): () => number {
  let last = process.cpuUsage();
  return () => {
    const d = process.cpuUsage(last);
    last = process.cpuUsage();
    return (d.user + d.system) / 1e6;
  };
}

function row(stage: string, articles: number, wall: number, cpu: number) {
  return { stage, articles, seconds: wall, 'articles/s': articles / wall, 'cpu s': cpu, 'articles/cpu-s': articles / cpu };
}
