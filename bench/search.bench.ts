/**
 * @module Search latency of the embedded engine on a generated archive (issue 4): index
 * 100,000 synthetic articles (built once in a child process and cached under .bench/, keyed
 * by size and seed), reopen the index as the server would, then time four query kinds and
 * print p50/p99 beside the targets, with the process RSS. The queries are drawn from a sample of
 * the corpus in a child process too (cached beside the index): generating that sample leaves
 * tens of MB of garbage on the heap, which would count in the RSS of a process that, like the
 * server, should hold only the engine.
 *   npm run bench search            (BENCH_QUICK=1: 10,000 articles)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iterateArticles, toDocument } from './corpus/index.js';
import { percentile, printTable, rssMb, timeEach, type BenchOptions } from './lib/report.js';
import { openEmbeddedEngine, SCHEMA_VERSION } from '../src/search/embedded/index.js';
import { searchQuery, type SearchEngine, type SearchQuery } from '../src/search/engine.js';
import { tokenize } from '../src/search/query/index.js';
import { upsertAhead } from '../src/search/upsert-ahead.js';
import type { Document } from '../src/document.js';

const CORPUS = { full: 100_000, quick: 10_000, seed: 42 };
/** Targets from issue 4. */
const TARGET = { p50Ms: 5, p99Ms: 30, rssMb: 300 };
/** Documents per upsert call while building: one SQLite transaction each. */
const BUILD_BATCH = 1_000;
/** Articles sampled (same seed) to pick query words by document frequency. */
const SAMPLE = 2_000;
const QUERIES_PER_KIND = 200;
const RUNS = { warmup: 20, runs: 400 };
/** Share of one-word queries using a word found in more than half of the documents. */
const BROAD_SHARE = 0.15;
/** Facet filters pick among the most frequent values (the top of the facet lists). */
const COMMON_VALUES = 10;

const BUILD_FLAG = '--search-bench-build';
const QUERIES_FLAG = '--search-bench-queries';
/** Bump when queryKinds() changes, so cached query lists are drawn again. */
const QUERIES_VERSION = 1;
const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The generated archive's embedded index, cached under .bench/ (a new on-disk layout rebuilds);
 * built in a child process when missing. Shared with bench/http.bench.ts.
 */
export function ensureBenchIndex(
  quick: boolean,
  size = quick ? CORPUS.quick : CORPUS.full,
): { dir: string; size: number; stats: BuildStats } {
  const dir = join(ROOT, '.bench', `search-${size}-seed${CORPUS.seed}-v${SCHEMA_VERSION}`);
  const built = join(dir, 'built.json');
  if (!existsSync(built)) {
    console.log(`building the index of ${size} articles in ${dir} (cached for later runs)…`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, BUILD_FLAG, dir, String(size)], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`index build failed (exit ${child.status})`);
  }
  return { dir, size, stats: JSON.parse(readFileSync(built, 'utf8')) as BuildStats };
}

/** How the cached index was built: documents, wall seconds, CPU seconds of the building process (absent in older caches). */
export interface BuildStats {
  docs: number;
  seconds: number;
  cpuSeconds?: number;
  at: string;
}

/** The bench's queries (see queryKinds), drawn in a child process once and cached beside the index. */
export function ensureBenchQueries(dir: string): Record<string, SearchQuery[]> {
  const file = join(dir, `queries-v${QUERIES_VERSION}.json`);
  if (!existsSync(file)) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, QUERIES_FLAG, file], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`query generation failed (exit ${child.status})`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, SearchQuery[]>;
}

export async function main({ quick }: BenchOptions): Promise<void> {
  const { dir, stats } = ensureBenchIndex(quick);
  const kinds = ensureBenchQueries(dir);
  console.log(`index: ${stats.docs} docs at ${Math.round(stats.docs / stats.seconds)} docs/s (built ${stats.at})`);

  const openStart = process.hrtime.bigint();
  const openCpu = process.cpuUsage();
  const engine = await openEmbeddedEngine({ dir });
  await engine.health(); // the first read builds the in-memory side, as `serve` does before it listens
  const used = process.cpuUsage(openCpu);
  console.log(
    `open and first read (build in-memory postings and facets): ${(Number(process.hrtime.bigint() - openStart) / 1e9).toFixed(2)} s (cpu ${((used.user + used.system) / 1e6).toFixed(2)} s), ${await engine.count()} docs`,
  );
  const rows = [];
  for (const [kind, queries] of Object.entries(kinds)) {
    const ms = await timeEach(queries, (q) => engine.search(q), RUNS);
    const p50 = percentile(ms, 50);
    const p99 = percentile(ms, 99);
    const cpu = await cpuEach(queries, (q) => engine.search(q));
    const totals = await Promise.all(queries.slice(0, 50).map(async (q) => (await engine.search(q)).total));
    rows.push({
      query: kind,
      'median total': percentile(totals, 50),
      'p50 ms': p50,
      'p99 ms': p99,
      'cpu p50 ms': percentile(cpu, 50),
      'cpu p99 ms': percentile(cpu, 99),
      target: `p50 <= ${TARGET.p50Ms}, p99 <= ${TARGET.p99Ms}`,
      verdict: p50 <= TARGET.p50Ms && p99 <= TARGET.p99Ms ? 'MET' : 'NOT MET',
    });
  }
  printTable(rows);
  console.log(
    `(cpu = this process's CPU time per query, less sensitive to other load; load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  const rss = rssMb();
  const mem = process.memoryUsage();
  const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
  console.log(`RSS ${rss} MB (target <= ${TARGET.rssMb} MB): ${rss <= TARGET.rssMb ? 'MET' : 'NOT MET'}`);
  console.log(`  of which V8 heap ${mb(mem.heapTotal)} MB (${mb(mem.heapUsed)} MB in use), array buffers ${mb(mem.arrayBuffers)} MB`);
  await engine.close();
}

/** CPU time (user + system, ms) of each call: what a query costs when the machine is shared. */
async function cpuEach<T>(inputs: readonly T[], fn: (input: T) => unknown): Promise<number[]> {
  const out: number[] = [];
  for (const input of inputs) {
    const start = process.cpuUsage();
    await fn(input);
    const used = process.cpuUsage(start);
    out.push((used.user + used.system) / 1000);
  }
  return out;
}

/** The four query kinds of the issue, drawn from a sample of the same corpus. */
export function queryKinds(): Record<string, SearchQuery[]> {
  const sample = [...iterateArticles(SAMPLE, { seed: CORPUS.seed, lang: 'mixed' })].map(toDocument);
  const df = new Map<string, number>();
  for (const d of sample) for (const w of new Set(tokenize(`${d.title} ${d.subtitle ?? ''} ${d.body}`))) df.set(w, (df.get(w) ?? 0) + 1);
  const share = (w: string) => (df.get(w) ?? 0) / sample.length;
  const latin = (w: string) => /^[a-z]{4,}$/.test(w);
  const mid = [...df.keys()].filter((w) => latin(w) && share(w) >= 0.01 && share(w) <= 0.1).sort();
  const broad = [...df.keys()].filter((w) => latin(w) && share(w) > 0.5).sort();
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const nations = mostFrequent(
    sample.flatMap((d) => d.entities.nations),
    COMMON_VALUES,
  );
  const yearRange = () => {
    const y = 2011 + Math.floor(rand() * 13);
    return { from: `${y}-01-01T00:00:00Z`, to: `${y + 2}-12-31T23:59:59Z` };
  };
  const list = (make: () => SearchQuery) => Array.from({ length: QUERIES_PER_KIND }, make);
  return {
    'one word': list(() => searchQuery({ q: rand() < BROAD_SHARE ? pick(broad) : pick(mid) })),
    'three words, one typo': list(() => searchQuery({ q: threeWords(pick(sample).body, share, rand) })),
    'facets only (nation + dates)': list(() => searchQuery({ nations: [pick(nations)], ...yearRange() })),
    'word + 2 facets (nation, dates)': list(() => searchQuery({ q: pick(mid), nations: [pick(nations)], ...yearRange() })),
  };
}

/** The `n` most frequent values: what users click in a facet list. */
function mostFrequent(values: readonly string[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([v]) => v);
}

/** Three consecutive-ish words of one article (mid-frequency), one of them with a typo. */
function threeWords(body: string, share: (w: string) => number, rand: () => number): string {
  const words = tokenize(body).filter((w) => /^[a-z]{5,}$/.test(w) && share(w) < 0.3);
  const start = Math.floor(rand() * Math.max(1, words.length - 3));
  const chosen = words.slice(start, start + 3);
  const i = Math.floor(rand() * chosen.length);
  const w = chosen[i] ?? 'goverment';
  const at = 1 + Math.floor(rand() * (w.length - 2)); // swap two inner letters: one transposition
  chosen[i] = w.slice(0, at) + w[at + 1] + w[at] + w.slice(at + 2);
  return chosen.join(' ');
}

/** The generated corpus of `size` articles as Documents, BUILD_BATCH at a time. */
function* batchesOf(size: number): Generator<Document[]> {
  let batch: Document[] = [];
  for (const a of iterateArticles(size, { seed: CORPUS.seed, lang: 'mixed' })) {
    batch.push(toDocument(a));
    if (batch.length === BUILD_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/** Child process: index `size` generated articles into `dir`. */
async function build(dir: string, size: number): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const engine: SearchEngine = await openEmbeddedEngine({ dir });
  await engine.init({ synonyms: [] });
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  let done = 0;
  await upsertAhead(engine, batchesOf(size), (n) => {
    done += n;
    if (done % (size >= 500_000 ? 100_000 : 10_000) === 0) console.log(`  indexed ${done}`);
  });
  await engine.close(); // saves the snapshot: part of building
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`indexed ${done} docs in ${seconds.toFixed(1)} s (corpus generation included): ${Math.round(done / seconds)} docs/s`);
  writeFileSync(join(dir, 'built.json'), JSON.stringify({ docs: done, seconds, cpuSeconds, at: new Date().toISOString() }));
}

if (process.argv[2] === BUILD_FLAG) await build(process.argv[3]!, Number(process.argv[4]));
if (process.argv[2] === QUERIES_FLAG) writeFileSync(process.argv[3]!, JSON.stringify(queryKinds()));
