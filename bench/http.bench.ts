/**
 * @module HTTP throughput of GET /api/search (issue 5): the app over the embedded engine on the
 * 100,000-article archive, in a child process (one core), loaded by autocannon on loopback from
 * this process (the other core) with a mix of the search bench's query kinds, drawn with Zipf
 * frequencies; once with the result cache `serve` uses, once without, and once over a stub engine
 * that answers every query with one real result (the HTTP path alone: routing, validation,
 * logging, metrics, headers, serialisation). Prints requests/s and latency (wall clock, which a
 * loaded machine drags down), the server's CPU time per request and the requests/s one free core
 * would give at that cost, and the load average during the run, beside the target.
 *   npm run bench http             (BENCH_QUICK=1: 10,000 articles, 5 s)
 * The index is the search bench's cache (.bench/search-<size>-seed42-v<schema>): `ensureBenchIndex` builds it if missing.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { iterateArticles, toDocument } from './corpus/index.js';
import { ensureBenchIndex } from './search.bench.js';
import { printTable, type BenchOptions } from './lib/report.js';
import { mainThreadShare, threadTicks } from './lib/thread-cpu.js';
import { silentLogger } from '../src/log.js';
import { createApp } from '../src/server/index.js';
import { SEARCH_CACHE_DEFAULTS } from '../src/server/result-cache.js';
import { openEmbeddedEngine } from '../src/search/embedded/index.js';
import { bundled, bundleEntry, ENTRIES } from '../src/runtime/bundle.mjs';
import { tokenize } from '../src/search/query/index.js';
import { searchQuery, type SearchEngine } from '../src/search/engine.js';
import { wrapEngine } from '../src/search/wrappers/wrap-engine.js';

const CORPUS = { seed: 42 }; // the search bench's corpus (its index is reused)
const TARGET_RPS = 1_500; // issue 5
// Bounded run: long enough for a stable rate, short enough for `npm run bench`.
const DURATION_S = { full: 10, quick: 5 };
// Concurrent connections: enough to keep one server core busy without queueing seconds of work.
const CONNECTIONS = 16;
const WARMUP_S = 2;
const SAMPLE = 2_000; // articles sampled to pick query words by document frequency
const QUERIES = 400;
const SERVER_FLAG = '--http-bench-server';
const SERVER_MODES = ['cache', 'no-cache', 'stub'] as const;
type ServerMode = (typeof SERVER_MODES)[number];
// A common word: the stub's one answer has a full page of hits with snippets and five facet lists.
const STUB_QUERY = 'government';
const SELF = fileURLToPath(import.meta.url);

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (opts: object) => Promise<AutocannonResult>;
// autocannon ships no types; its options and result are used as documented in its README.
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export async function main({ quick }: BenchOptions): Promise<void> {
  const { dir, size } = ensureBenchIndex(quick); // the search bench's cached index
  const paths = queryPaths();
  const rows = [];
  // As `serve` runs (result cache on), then with every request reaching the engine, then the
  // HTTP path alone.
  for (const mode of SERVER_MODES) {
    const server = await startServerChild(dir, mode);
    try {
      const run = (duration: number) => loadRun(server.url, paths, duration);
      await run(WARMUP_S);
      const before = await serverCounters(server.url);
      const ticksBefore = threadTicks(server.pid);
      const loadCpu = process.cpuUsage(); // autocannon runs in this process
      const r = await run(quick ? DURATION_S.quick : DURATION_S.full);
      const loadMs = usageMs(process.cpuUsage(loadCpu)) / r.requests.total;
      const mainShare = mainThreadShare(ticksBefore, threadTicks(server.pid));
      const after = await serverCounters(server.url);
      const cpuMs = ((after.cpuSeconds - before.cpuSeconds) * 1000) / r.requests.total;
      const mainMs = mainShare === undefined ? undefined : cpuMs * mainShare;
      // Share of requests that reached the engine: with the cache on, the rest were served from memory.
      const engineShare = (after.engineSearches - before.engineSearches) / r.requests.total;
      const rps = Math.round(r.requests.average);
      const perCore = Math.round(1000 / cpuMs);
      const ok = r.non2xx === 0 && r.errors + r.timeouts === 0;
      rows.push({
        engine: mode === 'stub' ? 'stub (one real result)' : 'embedded',
        'result cache': mode === 'cache' ? `on (${SEARCH_CACHE_DEFAULTS.ttlMs / 1000} s TTL)` : 'off',
        docs: size,
        'engine calls/req': Number(engineShare.toFixed(3)),
        connections: CONNECTIONS,
        'req/s': rps,
        'p50 ms': r.latency.p50,
        'p99 ms': r.latency.p99,
        non2xx: r.non2xx,
        errors: r.errors + r.timeouts,
        'server cpu ms/req': cpuMs,
        'of it main thread': mainMs ?? '-',
        'load generator cpu ms/req': loadMs,
        'req/s per free core': perCore,
        'ceiling req/s': ceiling(mainMs, cpuMs + loadMs),
        'load avg': Number(os.loadavg()[0]!.toFixed(1)),
        target: `>= ${TARGET_RPS} req/s`,
        verdict: rps >= TARGET_RPS && ok ? 'MET' : perCore >= TARGET_RPS && ok ? 'MET per free core only' : 'NOT MET',
      });
    } finally {
      server.stop();
    }
  }
  printTable(rows);
  console.log(
    `${paths.length} distinct queries drawn with Zipf frequencies (search traffic repeats its popular queries); with the cache on, repeats are served from memory ("engine calls/req" shows how few reach the engine; after the warm-up nearly all ${paths.length} are cached, so that row measures the cache-hit path).`,
  );
  console.log(
    `${os.cpus().length} cores, load average (1 min) shown per run: wall req/s counts only the CPU the server got; "req/s per free core" (1000 / server CPU ms per request) is what one idle core would serve. The target is wall req/s.`,
  );
  console.log(
    'The stub row answers every request with one real result: its CPU is the HTTP path alone (the engine rows add the engine on top).',
  );
  console.log(
    `"of it main thread": the server's CPU per request on its main thread (HTTP, validation, matching, ranking, the facets it counts, JSON); the rest ran on its helper threads (hits, facets, garbage collection). "ceiling req/s": what those allow on this machine, the lower of 1000 / main-thread ms (one core) and ${os.availableParallelism()} cores x 1000 / (server + load generator ms); wall req/s stays below it by the time the main thread spends waiting.`,
  );
}

/** CPU milliseconds of a process.cpuUsage() difference. */
function usageMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

/** The req/s one main thread and all cores allow at these CPU costs per request (see main's note). */
function ceiling(mainMs: number | undefined, machineMs: number): number {
  const byCores = (os.availableParallelism() * 1000) / machineMs;
  return Math.round(mainMs === undefined ? byCores : Math.min(1000 / mainMs, byCores));
}

/**
 * Uncached /api/search on the index in `dir` (the scale bench): a fresh server process, the
 * time from its start to its first search answered (the in-memory side loaded on the way), then
 * a run as in `main` with the result cache off.
 */
export async function measureUncached(
  dir: string,
  quick: boolean,
): Promise<{ firstSearchS: number; rps: number; p99Ms: number; cpuMsPerReq: number }> {
  const paths = queryPaths();
  // every bundle the server runs (its own, its worker threads') built or checked before the clock
  // starts: rebuilding them after a source change is a step of development, as an install builds
  // them (`node src/runtime/bundle.mjs`), not part of `serve`'s start
  await Promise.all([serverBundle(), ...Object.keys(ENTRIES).map((name) => bundled(name as keyof typeof ENTRIES))]);
  const started = process.hrtime.bigint();
  const server = await startServerChild(dir, 'no-cache');
  try {
    const first = await fetch(`${server.url}${paths[0]}`);
    if (!first.ok) throw new Error(`first search: HTTP ${first.status}`);
    const firstSearchS = Number(process.hrtime.bigint() - started) / 1e9;
    const run = (duration: number) => loadRun(server.url, paths, duration);
    await run(WARMUP_S);
    const before = await serverCounters(server.url);
    const r = await run(quick ? DURATION_S.quick : DURATION_S.full);
    const after = await serverCounters(server.url);
    if (r.non2xx + r.errors + r.timeouts > 0) throw new Error(`uncached run: ${r.non2xx} non-2xx, ${r.errors + r.timeouts} errors`);
    return {
      firstSearchS,
      rps: Math.round(r.requests.average),
      p99Ms: r.latency.p99,
      cpuMsPerReq: ((after.cpuSeconds - before.cpuSeconds) * 1000) / r.requests.total,
    };
  } finally {
    server.stop();
  }
}

/**
 * Requests drawn from `items` with Zipf frequencies (rank k weighs 1/k), seeded: real search
 * traffic is dominated by a few popular queries and facet clicks, with a long tail.
 */
function zipfPicker<T>(items: readonly T[]): () => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (let k = 1; k <= items.length; k++) cumulative.push((sum += 1 / k));
  let seed = 23;
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const x = (seed / 2 ** 31) * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return items[lo]!;
  };
}

/** autocannon for `duration` seconds on `url`, CONNECTIONS at once, each request a path of the Zipf mix. */
function loadRun(url: string, paths: readonly string[], duration: number) {
  const next = zipfPicker(paths);
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    requests: [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: next() }) }],
  });
}

/** The server process's CPU seconds and engine search calls so far, from its /metrics. */
async function serverCounters(url: string): Promise<{ cpuSeconds: number; engineSearches: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const m = /^process_cpu_seconds_total (\S+)$/m.exec(text);
  if (!m) throw new Error('bench server /metrics lacks process_cpu_seconds_total');
  let engineSearches = 0;
  for (const c of text.matchAll(/^archivist_engine_duration_seconds_count\{[^}]*operation="search"[^}]*\} (\S+)$/gm))
    engineSearches += Number(c[1]);
  return { cpuSeconds: Number(m[1]), engineSearches };
}

/** The search bench's four query kinds as /api/search URLs, words chosen by document frequency. */
export function queryPaths(): string[] {
  const sample = [...iterateArticles(SAMPLE, { seed: CORPUS.seed, lang: 'mixed' })].map(toDocument);
  const df = new Map<string, number>();
  for (const d of sample) for (const w of new Set(tokenize(`${d.title} ${d.body}`))) df.set(w, (df.get(w) ?? 0) + 1);
  const share = (w: string) => (df.get(w) ?? 0) / sample.length;
  const words = [...df.keys()].filter((w) => /^[a-z]{5,}$/.test(w) && share(w) >= 0.01 && share(w) <= 0.1).sort();
  const broad = [...df.keys()].filter((w) => /^[a-z]{4,}$/.test(w) && share(w) > 0.5).sort();
  const top = (values: string[]) =>
    [...new Set(values)].sort((a, b) => values.filter((v) => v === b).length - values.filter((v) => v === a).length).slice(0, 10);
  const nations = top(sample.flatMap((d) => d.entities.nations));
  const sections = top(sample.flatMap((d) => (d.section ? [d.section] : [])));
  let seed = 11;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const typo = (w: string) => w.slice(0, 2) + w[3] + w[2] + w.slice(4);
  const kinds = [
    () => ({ q: rand() < 0.15 ? pick(broad) : pick(words) }),
    () => ({ q: `${pick(words)} ${typo(pick(words))} ${pick(words)}` }),
    () => {
      const y = 2011 + Math.floor(rand() * 13);
      return { nation: pick(nations), from: `${y}-01-01`, to: `${y + 2}-12-31` };
    },
    () => ({ q: pick(words), nation: pick(nations), section: pick(sections) }),
  ];
  return Array.from({ length: QUERIES }, (_, i) => `/api/search?${new URLSearchParams(kinds[i % kinds.length]!())}`);
}

/** The bench server's bundle (built once per process: see bundleEntry), undefined when tsx must run it. */
function serverBundle(): Promise<string | undefined> {
  return bundleEntry('bench/http.bench.ts', 'bench-http');
}

/** The server in its own process, so autocannon and the app do not share one core. */
async function startServerChild(dir: string, mode: ServerMode): Promise<{ url: string; pid: number; stop(): void }> {
  // the server runs from the bundle, as `archivist serve` does (tsx when it cannot be built)
  const bundle = await serverBundle();
  const args = bundle ? [fileURLToPath(bundle), SERVER_FLAG, dir, mode] : ['--import', 'tsx', SELF, SERVER_FLAG, dir, mode];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
    lines.on('line', (line) => line.startsWith('http://') && resolve(line.trim()));
  });
  return { url, pid: child.pid!, stop: () => child.kill('SIGTERM') };
}

/**
 * Child process: the real app over the cached index, no rate limit, silent logs. In 'stub' mode
 * the engine's answer to one fixed query is returned for every search, so the run costs the
 * HTTP path alone with a real-sized body.
 */
async function serve(dir: string, mode: ServerMode): Promise<void> {
  const real = await openEmbeddedEngine({ dir });
  const documents = await real.count();
  let engine: SearchEngine = real;
  if (mode === 'stub') {
    const fixed = await real.search(searchQuery({ q: STUB_QUERY }));
    engine = wrapEngine(real, ['search'], () => (async () => fixed) as never);
  }
  const cache = mode === 'cache';
  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  const app = createApp({
    metrics,
    engine,
    getDocument: () => null,
    getDocuments: () => [],
    submit: () => {
      throw new Error('read-only benchmark server');
    },
    stats: () => ({ documents, pendingIndex: 0 }),
    apiKey: undefined,
    log: silentLogger(),
    rateLimit: false,
    searchCache: cache ? SEARCH_CACHE_DEFAULTS : false,
  });
  const server = app.listen(0, '127.0.0.1', () => {
    const address = server.address() as { port: number };
    process.stdout.write(`http://127.0.0.1:${address.port}\n`);
  });
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
}

if (process.argv[2] === SERVER_FLAG) await serve(process.argv[3]!, process.argv[4] as ServerMode);
