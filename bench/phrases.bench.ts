/**
 * @module Exact phrase queries on the search bench's cached index (issue 18): whole searches
 * (facets and 20 hits included), in process, for phrases of different breadth in the generated
 * corpus: the first search of each phrase (every candidate's row read), then the p50 and worst
 * of the same search again (answered from what the index remembers of the phrase). The document
 * frequencies named are those of a 2,000-article sample of the same seed; a phrase is checked
 * against the stored term lists of every document holding all its words, so the words'
 * frequency counts as much as the phrase's.
 *   npm run bench phrases            (BENCH_QUICK=1: 10,000 articles)
 */
import os from 'node:os';
import { percentile, printTable, timeEach, type BenchOptions, type Row } from './lib/report.js';
import { ensureBenchIndex } from './search.bench.js';
import { openEmbeddedEngine } from '../src/search/embedded/index.js';
import { searchQuery } from '../src/search/engine.js';

const PHRASES = [
  { kind: 'common words, common phrase (76%)', q: '"of the"' },
  { kind: 'common words, rare phrase (0.2%)', q: '"said an"' },
  { kind: 'mid phrase (3%)', q: '"economic plan"' },
  { kind: 'rare words, rare phrase (0.15%)', q: '"aviv tests"' },
  { kind: 'three words (3%)', q: '"spokesperson for nato"' },
  { kind: 'three common words (46%)', q: '"on the sidelines"' },
  { kind: 'word minus a phrase', q: 'minister -"economic plan"' },
];
const RUNS = { warmup: 3, runs: 40 };

export async function main({ quick }: BenchOptions): Promise<void> {
  const { dir, stats } = ensureBenchIndex(quick);
  const engine = await openEmbeddedEngine({ dir });
  await engine.health(); // the first read loads the in-memory side: not timed
  const rows: Row[] = [];
  for (const { kind, q } of PHRASES) {
    const query = searchQuery({ q });
    const started = process.hrtime.bigint();
    const total = (await engine.search(query)).total;
    const firstMs = Number(process.hrtime.bigint() - started) / 1e6;
    const ms = await timeEach([query], (x) => engine.search(x), RUNS);
    rows.push({
      phrase: kind,
      q,
      total,
      'first ms': Number(firstMs.toFixed(2)),
      'again p50 ms': percentile(ms, 50),
      'again worst ms': Math.max(...ms),
    });
  }
  await engine.close();
  console.log(`${stats.docs} articles in ${dir}`);
  printTable(rows);
  console.log(`${RUNS.runs} runs each; load average now ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores`);
}
