/**
 * @module Generic extraction (issue 17): archivist's generic mode beside Readability.js on jsdom,
 * in the same run, on the trafilatura evaluation set (real pages from many sites and languages).
 * Prints precision, recall and F1 on the set's snippet criteria, pages/s, and how many pages with
 * a body Readability reads give us no Document. Skips, saying why, when the set is not there.
 *   npm run bench generic          (BENCH_QUICK=1: the first 150 pages)
 */
import { decodeLenient } from '../src/extract/index.js';
import { locateEvalSet, readEvalSet, type EvalPage } from './lib/eval-set.js';
import { archivistText, readabilityText, type Extraction } from './lib/generic-extractors.js';
import { addCounts, emptyCounts, scoreSnippets, snippetMetrics, type SnippetCounts } from './lib/snippet-score.js';
import { printTable, verdict, type BenchOptions } from './lib/report.js';

const QUICK_PAGES = 150;
/** Issue 17's targets: F1 at least this and above the reference's; speed at least 10x; no-Document pages under 2%. */
const TARGET_F1 = 0.92;
const TARGET_RATIO = 10;
const MAX_NO_DOCUMENT_SHARE = 0.02;
const WARMUP_PAGES = 10;

interface Run {
  counts: SnippetCounts;
  ms: number;
  failures: Map<string, number>;
}

export async function main({ quick }: BenchOptions): Promise<void> {
  const found = locateEvalSet();
  if ('missing' in found) {
    console.log(`SKIPPED: the generic-extraction set is missing: ${found.missing}`);
    return;
  }
  const pages = readEvalSet(found.dir, quick ? QUICK_PAGES : Infinity);
  for (const p of pages.slice(0, WARMUP_PAGES)) archivistText(p);
  const ours = newRun();
  const ref = newRun();
  let readable = 0;
  const lost: string[] = [];
  for (const page of pages) {
    const o = timed(ours, page, () => archivistText(page));
    const html = decodeLenient(page.bytes, undefined);
    const r = timed(ref, page, () => readabilityText(page, html));
    // A readable body: Readability's text holds at least one snippet of the page's main text.
    if (r.text !== null && scoreSnippets(r.text, page).tp > 0) {
      readable++;
      if (o.text === null) lost.push(`${page.file} (${o.failure ?? '?'})`);
    }
  }
  printTable([row('archivist generic (entities off)', ours, pages.length), row('Readability.js + jsdom', ref, pages.length)]);
  const totalWith = pages.reduce((n, p) => n + p.with.length, 0);
  console.log(`set: ${pages.length} pages, ${totalWith} snippets to find, ${pages.reduce((n, p) => n + p.without.length, 0)} to leave out`);
  const ourF1 = snippetMetrics(ours.counts).f1;
  const refF1 = snippetMetrics(ref.counts).f1;
  console.log(
    `F1 ${ourF1.toFixed(3)} vs Readability ${refF1.toFixed(3)} (target: above it and >= ${TARGET_F1}): ${ourF1 > refF1 && ourF1 >= TARGET_F1 ? 'MET' : 'NOT MET'}`,
  );
  verdict('generic parse pages/s on the same pages', ref.ms / ours.ms, TARGET_RATIO);
  const share = readable === 0 ? 0 : lost.length / readable;
  console.log(
    `pages with a readable body and no Document: ${lost.length}/${readable} (${(share * 100).toFixed(1)}%, target < ${MAX_NO_DOCUMENT_SHARE * 100}%): ${share < MAX_NO_DOCUMENT_SHARE ? 'MET' : 'NOT MET'}`,
  );
  for (const l of lost) console.log(`  no Document: ${l}`);
}

function newRun(): Run {
  return { counts: emptyCounts(), ms: 0, failures: new Map() };
}

function timed(run: Run, page: EvalPage, extract: () => Extraction): Extraction {
  const start = process.hrtime.bigint();
  const out = extract();
  run.ms += Number(process.hrtime.bigint() - start) / 1e6;
  addCounts(run.counts, scoreSnippets(out.text, page));
  if (out.text === null) {
    const why = (out.failure ?? 'nothing').replace(/:.*/su, '');
    run.failures.set(why, (run.failures.get(why) ?? 0) + 1);
  }
  return out;
}

function row(name: string, run: Run, pages: number) {
  const m = snippetMetrics(run.counts);
  const none = [...run.failures].map(([why, n]) => `${n} ${why}`).join(', ');
  return {
    extractor: name,
    precision: m.precision.toFixed(3),
    recall: m.recall.toFixed(3),
    F1: m.f1.toFixed(3),
    'pages/s': Math.round(pages / (run.ms / 1000)),
    'no text': none === '' ? '0' : none,
  };
}
