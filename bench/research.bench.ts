/**
 * @module The research endpoints on the 100,000-article bench archive (issue 16): entity profile
 * JSON and a five-series timeline over ten years (p50/p99 over HTTP), export of every article as
 * CSV (rows/s, and how much the server's RSS grows while it streams). The archive (documents and
 * embedded index) is built once in a child process and cached under .bench/; the server runs in a
 * child process, as `archivist serve` does, so its RSS is its own.
 *   npm run bench research            (BENCH_QUICK=1: 10,000 articles)
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { iterateArticles, toDocument } from './corpus/index.js';
import { percentile, printTable, type BenchOptions } from './lib/report.js';
import { openContext } from '../src/app/index.js';
import { loadConfig } from '../src/config.js';
import { silentLogger } from '../src/log.js';
import { drainOutbox } from '../src/pipeline/indexer.js';
import { SCHEMA_VERSION } from '../src/search/embedded/index.js';
import { createApp } from '../src/server/index.js';
import { contextDeps } from '../src/server/context-deps.js';

const CORPUS = { full: 100_000, quick: 10_000, seed: 42 };
/** Targets from issue 16. */
const TARGET = { profileP50: 20, profileP99: 60, timelineP50: 30, exportRowsPerSecond: 20_000, exportRssGrowthMb: 50 };
const RUNS = { warmup: 5, profiles: 200, timelines: 60 };
const BUILD_FLAG = '--research-bench-build';
const SERVER_FLAG = '--research-bench-server';
const SELF = fileURLToPath(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function main({ quick }: BenchOptions): Promise<void> {
  const size = quick ? CORPUS.quick : CORPUS.full;
  const dir = join(ROOT, '.bench', `research-${size}-seed${CORPUS.seed}-v${SCHEMA_VERSION}`);
  if (!existsSync(join(dir, 'built.json'))) {
    console.log(`building an archive of ${size} articles in ${dir} (cached for later runs)…`);
    const child = spawnSync(process.execPath, ['--import', 'tsx', SELF, BUILD_FLAG, dir, String(size)], { stdio: 'inherit' });
    if (child.status !== 0) throw new Error(`archive build failed (exit ${child.status})`);
  }
  const server = await startServer(dir);
  try {
    const facets = (await (await fetch(`${server.url}/api/search?perPage=1`)).json()) as { facets: Record<string, { value: string }[]> };
    const persons = facets.facets.persons!.map((p) => p.value);
    const nations = facets.facets.nations!.map((n) => n.value);
    const profilePaths = [...persons.slice(0, 40), ...nations.slice(0, 20)].map(
      (v, i) => `/api/entities/${i < 40 ? 'persons' : 'nations'}/${encodeURIComponent(v)}`,
    );
    const profile = await latencies(server.url, profilePaths, RUNS.profiles);
    const series = [nations[0]!, nations[1]!, nations[2]!, persons[0]!, persons[1]!].map((v, i) =>
      i < 3 ? `nation:"${v}"` : `person:"${v}"`,
    );
    const timelinePaths = [0, 1, 2].map((shift) => {
      const p = new URLSearchParams({ from: `${2013 + shift}-01-01`, to: `${2022 + shift}-12-31` });
      for (const s of series) p.append('series', s);
      return `/api/timeline?${p}`;
    });
    const timeline = await latencies(server.url, timelinePaths, RUNS.timelines);
    const exported = await exportRun(server.url);
    printTable([
      { measure: 'entity profile JSON p50 (ms)', value: percentile(profile, 50), target: `<= ${TARGET.profileP50}` },
      { measure: 'entity profile JSON p99 (ms)', value: percentile(profile, 99), target: `<= ${TARGET.profileP99}` },
      { measure: 'timeline, 5 series, 10 years, p50 (ms)', value: percentile(timeline, 50), target: `<= ${TARGET.timelineP50}` },
      { measure: 'timeline, 5 series, 10 years, p99 (ms)', value: percentile(timeline, 99), target: '' },
      {
        measure: `export CSV, ${exported.rows} rows (rows/s)`,
        value: Math.round(exported.rows / exported.seconds),
        target: `>= ${TARGET.exportRowsPerSecond}`,
      },
      { measure: 'server RSS growth while exporting (MB)', value: exported.rssGrowthMb, target: `<= ${TARGET.exportRssGrowthMb}` },
    ]);
  } finally {
    server.stop();
  }
}

/** Each request's wall time in ms, over `runs` requests cycling through `paths` (after a warm-up). */
async function latencies(url: string, paths: readonly string[], runs: number): Promise<number[]> {
  for (let i = 0; i < RUNS.warmup; i++) await (await fetch(url + paths[i % paths.length]!)).arrayBuffer();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const res = await fetch(url + paths[i % paths.length]!);
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${paths[i % paths.length]} answered ${res.status}`);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

/** Export every article as CSV, counting rows as they arrive and sampling the server's RSS meanwhile. */
async function exportRun(url: string): Promise<{ rows: number; seconds: number; rssGrowthMb: number }> {
  const before = await serverRssMb(url);
  let peak = before;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await serverRssMb(url));
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const start = process.hrtime.bigint();
  const res = await fetch(`${url}/api/export?format=csv`);
  if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}`);
  let newlines = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) for (const byte of chunk) if (byte === 10) newlines++;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  sampling = false;
  await sampler;
  // rows = lines minus the header (bodies are not exported by default, so no newline sits inside a cell)
  return { rows: newlines - 1, seconds, rssGrowthMb: Math.round(peak - before) };
}

async function serverRssMb(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^process_resident_memory_bytes (\S+)$/m.exec(text);
  if (!m) throw new Error('bench server /metrics lacks process_resident_memory_bytes');
  return Number(m[1]) / 2 ** 20;
}

async function startServer(dir: string): Promise<{ url: string; stop(): void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, SERVER_FLAG, dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    lines.on('line', (line) => line.startsWith('http://') && resolve(line.trim()));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}

/** Child process: the app over the cached archive, no rate limit, no result cache, silent logs. */
async function serve(dir: string): Promise<void> {
  const ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dir }), { log: silentLogger() });
  await ctx.engine.count(); // the first read loads the index, as serve's start does
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const app = createApp({ ...contextDeps(ctx, { rateLimit: false, metrics }), exportMaxRows: CORPUS.full });
  const server = app.listen(0, '127.0.0.1', () =>
    process.stdout.write(`http://127.0.0.1:${(server.address() as { port: number }).port}\n`),
  );
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

/** Child process: `size` generated articles stored in an archive at `dir` and indexed. */
async function build(dir: string, size: number): Promise<void> {
  rmSync(dir, { recursive: true, force: true });
  const ctx = await openContext(loadConfig({ ARCHIVIST_DATA_DIR: dir }), { log: silentLogger() });
  let done = 0;
  for (const a of iterateArticles(size, { seed: CORPUS.seed, lang: 'mixed' })) {
    ctx.archive.saveDocument(toDocument(a));
    if (++done % 10_000 === 0) console.log(`  stored ${done}`);
  }
  await drainOutbox(ctx);
  await ctx.close();
  writeFileSync(join(dir, 'built.json'), JSON.stringify({ docs: done, at: new Date().toISOString() }));
  console.log(`stored and indexed ${done} articles`);
}

if (process.argv[2] === BUILD_FLAG) await build(process.argv[3]!, Number(process.argv[4]));
if (process.argv[2] === SERVER_FLAG) await serve(process.argv[3]!);
