/**
 * @module The embedded engine at archive scale (issue 18): builds (or reuses, cached under
 * .bench/ like the search bench's) an index of N generated articles, then reports, each beside
 * the target for 1,000,000 articles: build rate, engine files on disk, open and first
 * read (wall and CPU) in this fresh process, p50/p99 of the search bench's four query kinds,
 * RSS, and, in a server process, the time to its first search answered and uncached
 * /api/search throughput. Not part of the default `npm run bench` (building takes minutes):
 *   npm run bench scale -- --size 1000000      (default 100,000; BENCH_QUICK=1: 10,000)
 */
import { readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { measureUncached } from './http.bench.js';
import { percentile, printTable, rssMb, timeEach, type BenchOptions, type Row } from './lib/report.js';
import { ensureBenchIndex, ensureBenchQueries } from './search.bench.js';
import { openEmbeddedEngine } from '../src/search/embedded/index.js';

const SIZES = { full: 100_000, quick: 10_000 };
/** Issue 18's targets (this machine, 1,000,000 articles; the HTTP ones at 100,000). */
const TARGET = {
  buildDocsPerS: 2_500,
  diskGb: 3,
  openS: 3,
  firstSearchS: 5,
  p50Ms: 10,
  p99Ms: 50,
  rssMb: 1_024,
  uncachedRps: 1_000,
  uncachedP99Ms: 50,
};
const RUNS = { warmup: 20, runs: 300 };
/** Files of the bench's cache folder that are not the engine's. */
const NOT_ENGINE = new Set(['built.json']);

export async function main({ quick, size }: BenchOptions): Promise<void> {
  const n = size ?? (quick ? SIZES.quick : SIZES.full);
  const { dir, stats } = ensureBenchIndex(quick, n);
  const kinds = ensureBenchQueries(dir);
  const rows: Row[] = [];
  const add = (figure: string, value: number, unit: string, target: string, met: boolean) =>
    rows.push({ figure, value: Number(value.toFixed(2)), unit, target, verdict: met ? 'MET' : 'NOT MET' });

  const wallRate = stats.docs / stats.seconds;
  add('build (generation included), wall', wallRate, 'docs/s', `>= ${TARGET.buildDocsPerS}`, wallRate >= TARGET.buildDocsPerS);
  if (stats.cpuSeconds !== undefined) {
    // the builder's CPU over both its threads: what the build costs, not a target of its own
    const cpuRate = stats.docs / stats.cpuSeconds;
    rows.push({
      figure: 'build, per CPU second (both threads)',
      value: Number(cpuRate.toFixed(2)),
      unit: 'docs/s',
      target: '',
      verdict: '',
    });
  }
  const disk = engineBytes(dir);
  add('engine files on disk', disk.total / 1e9, 'GB', `<= ${TARGET.diskGb} (at 1M)`, disk.total / 1e9 <= (TARGET.diskGb * n) / 1e6);

  const wall = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const engine = await openEmbeddedEngine({ dir });
  await engine.health(); // the first read: what `serve` waits for before it listens
  const openS = Number(process.hrtime.bigint() - wall) / 1e9;
  const used = process.cpuUsage(cpu);
  add('open and first read, wall', openS, 's', `<= ${TARGET.openS}`, openS <= TARGET.openS);
  add(
    'open and first read, CPU',
    (used.user + used.system) / 1e6,
    's',
    `<= ${TARGET.openS}`,
    (used.user + used.system) / 1e6 <= TARGET.openS,
  );

  for (const [kind, queries] of Object.entries(kinds)) {
    const ms = await timeEach(queries, (q) => engine.search(q), RUNS);
    add(`${kind}, p50`, percentile(ms, 50), 'ms', `<= ${TARGET.p50Ms}`, percentile(ms, 50) <= TARGET.p50Ms);
    add(`${kind}, p99`, percentile(ms, 99), 'ms', `<= ${TARGET.p99Ms}`, percentile(ms, 99) <= TARGET.p99Ms);
  }
  const rss = rssMb();
  add('RSS after the queries', rss, 'MB', `<= ${TARGET.rssMb}`, rss <= TARGET.rssMb);
  await engine.close();

  const http = await measureUncached(dir, quick);
  add(
    'serve: first search answered after start',
    http.firstSearchS,
    's',
    `<= ${TARGET.firstSearchS}`,
    http.firstSearchS <= TARGET.firstSearchS,
  );
  add('uncached /api/search, 16 connections', http.rps, 'req/s', `>= ${TARGET.uncachedRps} (at 100k)`, http.rps >= TARGET.uncachedRps);
  add('uncached /api/search, p99', http.p99Ms, 'ms', `<= ${TARGET.uncachedP99Ms} (at 100k)`, http.p99Ms <= TARGET.uncachedP99Ms);
  add(
    'uncached: server CPU per request',
    http.cpuMsPerReq,
    'ms',
    `<= ${(1000 / TARGET.uncachedRps).toFixed(1)} (one core)`,
    http.cpuMsPerReq <= 1000 / TARGET.uncachedRps,
  );

  console.log(`${n} articles in ${dir} (built ${stats.at}); engine files: ${disk.detail}`);
  printTable(rows);
  console.log(
    `Targets are the issue's for 1,000,000 articles (disk scaled to this size); load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores: wall figures count only the CPU this run got.`,
  );
}

/** Bytes of the engine's files in `dir` (SQLite file, its WAL, the snapshot), with a per-file line. */
function engineBytes(dir: string): { total: number; detail: string } {
  const files = readdirSync(dir).filter((f) => !NOT_ENGINE.has(f) && !f.startsWith('queries-'));
  const sizes = files.map((f) => ({ f, bytes: statSync(join(dir, f)).size }));
  const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
  return { total, detail: sizes.map((s) => `${s.f} ${(s.bytes / 2 ** 20).toFixed(0)} MiB`).join(', ') };
}
