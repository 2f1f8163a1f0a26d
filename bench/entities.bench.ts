/**
 * @module Entity extraction throughput (issue 3): our extractor beside compromise's
 * `people()`/`places()` on the same generated news articles, in the same run, with articles/s
 * and KB/s. Also prints our precision/recall against the generator's ground truth, a check on
 * text written by someone else's templates.
 *   npm run bench entities            (BENCH_QUICK=1: fewer articles)
 */
import nlp from 'compromise';
import { generateArticles, type ArticleSpec } from './corpus/index.js';
import { printTable, rssMb, seconds, verdict, type BenchOptions } from './lib/report.js';
import { extractEntities } from '../src/entities/index.js';

const CORPUS = { full: 600, quick: 120, seed: 20160121 };
/** Passes over the corpus for our extractor: enough for a stable rate above timer noise. */
const OUR_PASSES = { full: 5, quick: 2 };
/** compromise is slow: one pass is already seconds, and its rate is steady. */
const REFERENCE_PASSES = 1;
/** Issue 3's target: at least this many times compromise's throughput. */
const TARGET_RATIO = 20;

export async function main({ quick }: BenchOptions): Promise<void> {
  const en = generateArticles(quick ? CORPUS.quick : CORPUS.full, { seed: CORPUS.seed, lang: 'en' });
  const mixed = generateArticles(quick ? CORPUS.quick : CORPUS.full, { seed: CORPUS.seed, lang: 'mixed' });
  const passes = quick ? OUR_PASSES.quick : OUR_PASSES.full;
  const kb = (set: ArticleSpec[]) => set.reduce((s, a) => s + Buffer.byteLength(textOf(a)), 0) / 1024;

  for (const a of en.slice(0, 20)) ours(a); // warm up the JIT and the tries
  const ourSec = (await seconds(() => { for (let p = 0; p < passes; p++) for (const a of en) ours(a); })) / passes;
  const mixedSec = (await seconds(() => { for (let p = 0; p < passes; p++) for (const a of mixed) ours(a); })) / passes;
  for (const a of en.slice(0, 5)) reference(a);
  const refSec = (await seconds(() => { for (let p = 0; p < REFERENCE_PASSES; p++) for (const a of en) reference(a); })) / REFERENCE_PASSES;

  const row = (name: string, set: ArticleSpec[], s: number) => ({
    extractor: name, articles: set.length, 'articles/s': Math.round(set.length / s), 'KB/s': Math.round(kb(set) / s),
    'ms/article': (s * 1000) / set.length,
  });
  printTable([
    row('archivist (en)', en, ourSec),
    row('archivist (mixed en/ar)', mixed, mixedSec),
    row('compromise people()+places() (en)', en, refSec),
  ]);
  console.log(`rss ${rssMb()} MB; mean article ${Math.round((kb(en) * 1024) / en.length)} bytes`);
  verdict('entities throughput vs compromise', refSec / ourSec, TARGET_RATIO);
  printTable([accuracy('nations', mixed, 'nations'), accuracy('persons', mixed, 'persons')]);
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
