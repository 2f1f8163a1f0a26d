/**
 * @module Batch lookup (issue 16.5): 300 lines against the 100,000-article bench archive (the
 * search bench's cached index), through the server's own BatchLookup with the entity registry
 * and the persons learned from the archive, as `serve` runs it. The lines mix what a journalist's
 * list holds: persons the archive names, nations (by their Arabic names too), and names it does
 * not know (read as words: the slowest path, two facet scans and a text search each).
 *   npm run bench batch            (BENCH_QUICK=1: 10,000 articles)
 */
import os from 'node:os';
import { ensureBenchIndex } from './search.bench.js';
import { percentile, printTable, type BenchOptions } from './lib/report.js';
import { openLinker } from '../src/linking/index.js';
import { openEmbeddedEngine } from '../src/search/embedded/index.js';
import { linesFromText } from '../src/server/batch/input.js';
import { BatchLookup } from '../src/server/batch/lookup.js';
import { SearchService } from '../src/server/search-service.js';

const TARGET_MS = 2_000;
const LINES = { persons: 200, nations: 40, unknown: 60 };
const RUNS = { warmup: 1, runs: 7 };
// Arabic names of nations the bench corpus mentions, to exercise the cross-script resolution.
const ARABIC_NATIONS = ['مصر', 'العراق', 'سوريا', 'الأردن', 'لبنان', 'السعودية', 'فرنسا', 'تركيا', 'إيران', 'اليمن'];

export async function main({ quick }: BenchOptions): Promise<void> {
  const { dir, stats } = ensureBenchIndex(quick);
  const engine = await openEmbeddedEngine({ dir });
  await engine.health(); // the in-memory side is built before the server listens
  const allPersons = await engine.facetValues('persons', '', 1_000_000);
  const linker = openLinker(() => allPersons);
  linker.relearn();
  const lookup = new BatchLookup(new SearchService(engine, undefined, false, linker));
  const text = await batchText(
    engine,
    allPersons.map((p) => p.value),
  );
  const lines = linesFromText(text);

  const ms: number[] = [];
  // CPU time too: on a shared machine the wall time measures the other load as much as the lookup
  const cpu: number[] = [];
  let kinds = '';
  for (let i = 0; i < RUNS.warmup + RUNS.runs; i++) {
    const start = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    const answers = await lookup.run(lines);
    const used = process.cpuUsage(cpuStart);
    if (i >= RUNS.warmup) {
      ms.push(Number(process.hrtime.bigint() - start) / 1e6);
      cpu.push((used.user + used.system) / 1000);
    }
    const count = (k: string) => answers.filter((a) => a.read.kind === k).length;
    kinds = `${count('person')} persons, ${count('nation')} nations, ${count('text')} words`;
  }
  console.log(`index: ${stats.docs} docs; ${lines.length} lines read as ${kinds}`);
  const p50 = percentile(ms, 50);
  printTable([
    {
      case: `batch of ${lines.length} lines`,
      'p50 ms': Math.round(p50),
      'max ms': Math.round(Math.max(...ms)),
      'cpu p50 ms': Math.round(percentile(cpu, 50)),
      target: `<= ${TARGET_MS} ms`,
      verdict: p50 <= TARGET_MS ? 'MET' : 'NOT MET',
    },
  ]);
  console.log(`(load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`);
  await engine.close();
}

/** Persons spread over the archive's whole list (frequent and rare), nations in both scripts, and unknown names. */
async function batchText(engine: Awaited<ReturnType<typeof openEmbeddedEngine>>, persons: string[]): Promise<string> {
  const step = Math.max(1, Math.floor(persons.length / LINES.persons));
  const picked = persons.filter((_, i) => i % step === 0).slice(0, LINES.persons);
  const nations = (await engine.facetValues('nations', '', LINES.nations)).map((n) => n.value);
  const mixed = nations.map((n, i) => (i < ARABIC_NATIONS.length ? ARABIC_NATIONS[i]! : n));
  const unknown = Array.from({ length: LINES.unknown }, (_, i) => `Zorvath Quillan${String.fromCharCode(97 + (i % 26))}${i}`);
  return [...picked, ...mixed, ...unknown].join('\n');
}
