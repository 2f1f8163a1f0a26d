/**
 * @module Entity extraction throughput (issue 3): our extractor beside compromise's
 * `people()`/`places()` on the same generated news articles, in the same run, with articles/s
 * and KB/s. Also prints our precision/recall against the generator's ground truth, a check on
 * text written by someone else's templates.
 *   npm run bench entities            (BENCH_QUICK=1: fewer articles)
 */
import nlp from 'compromise';
import { generateArticles, type ArticleSpec } from './corpus/index.js';
import os from 'node:os';
import { printTable, rssMb, verdict, type BenchOptions } from './lib/report.js';
import { extractEntities } from '../src/entities/index.js';

const CORPUS = { full: 600, quick: 120, seed: 20160121 };
/** Passes over the corpus for our extractor: enough for a stable rate above timer noise. */
const OUR_PASSES = { full: 5, quick: 2 };
/** Articles per interleaved round (ours, then compromise, on the same articles). */
const CHUNK = 20;
/** Articles run through both extractors before timing. */
const WARMUP = 10;
/** Issue 3's target: at least this many times compromise's throughput. */
const TARGET_RATIO = 20;

export async function main({ quick }: BenchOptions): Promise<void> {
  const en = generateArticles(quick ? CORPUS.quick : CORPUS.full, { seed: CORPUS.seed, lang: 'en' });
  const mixed = generateArticles(quick ? CORPUS.quick : CORPUS.full, { seed: CORPUS.seed, lang: 'mixed' });
  const passes = quick ? OUR_PASSES.quick : OUR_PASSES.full;
  const kb = (set: ArticleSpec[]) => set.reduce((s, a) => s + Buffer.byteLength(textOf(a)), 0) / 1024;

  for (const a of en.slice(0, WARMUP)) { ours(a); reference(a); } // JIT, tries, compromise's lexicon
  // Interleaved in chunks so that a change in machine load hits both extractors alike.
  const our = { wall: 0, cpu: 0 };
  const ref = { wall: 0, cpu: 0 };
  for (let c = 0; c < en.length; c += CHUNK) {
    const chunk = en.slice(c, c + CHUNK);
    add(our, measure(() => { for (let p = 0; p < passes; p++) for (const a of chunk) ours(a); }), 1 / passes);
    add(ref, measure(() => { for (const a of chunk) reference(a); }), 1);
  }
  const mix = { wall: 0, cpu: 0 };
  add(mix, measure(() => { for (let p = 0; p < passes; p++) for (const a of mixed) ours(a); }), 1 / passes);

  const row = (name: string, set: ArticleSpec[], t: Timing) => ({
    extractor: name, articles: set.length, 'articles/s': Math.round(set.length / t.wall), 'KB/s': Math.round(kb(set) / t.wall),
    'cpu articles/s': Math.round(set.length / t.cpu), 'cpu KB/s': Math.round(kb(set) / t.cpu), 'cpu ms/article': (t.cpu * 1000) / set.length,
  });
  printTable([
    row('archivist (en)', en, our),
    row('archivist (mixed en/ar)', mixed, mix),
    row('compromise people()+places() (en)', en, ref),
  ]);
  console.log(`rss ${rssMb()} MB; mean article ${Math.round((kb(en) * 1024) / en.length)} bytes; load average ${os.loadavg()[0]!.toFixed(1)}`);
  console.log(`wall-clock ratio ${(ref.wall / our.wall).toFixed(1)}x (on a shared machine wall time includes waiting for a core)`);
  // The verdict uses CPU time: both extractors are single-threaded and CPU-bound, and CPU time
  // does not count the time the process waited for a core on a busy machine.
  verdict('entities throughput vs compromise (CPU time)', ref.cpu / our.cpu, TARGET_RATIO);
  printTable([accuracy('nations', mixed, 'nations'), accuracy('persons', mixed, 'persons')]);
}

interface Timing { wall: number; cpu: number }

function measure(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: Number(process.hrtime.bigint() - wall0) / 1e9, cpu: (cpu.user + cpu.system) / 1e6 };
}

function add(into: Timing, t: Timing, scale: number): void {
  into.wall += t.wall * scale;
  into.cpu += t.cpu * scale;
}

function textOf(a: ArticleSpec): string {
  return [a.title, a.subtitle ?? '', ...a.paragraphs].join('\n\n');
}

function ours(a: ArticleSpec) {
  return extractEntities({ title: a.title, subtitle: a.subtitle, paragraphs: a.paragraphs, lang: a.lang });
}

function reference(a: ArticleSpec): number {
  const doc = nlp(textOf(a));
  return (doc.people().out('array') as string[]).length + (doc.places().out('array') as string[]).length;
}

/** Precision/recall/F1 of our extractor against the generator's truth, summed over articles. */
function accuracy(label: string, set: ArticleSpec[], kind: 'nations' | 'persons') {
  let tp = 0, fp = 0, fn = 0;
  for (const a of set) {
    const got = new Set(ours(a)[kind]);
    const want = new Set(a[kind]);
    for (const x of got) if (want.has(x)) tp++; else fp++;
    for (const x of want) if (!got.has(x)) fn++;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { 'synthetic truth': label, precision: p, recall: r, f1: (2 * p * r) / (p + r || 1) };
}
