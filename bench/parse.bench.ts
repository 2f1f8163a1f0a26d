/**
 * @module Parse throughput (issue 2): `parseDocument` (bytes -> Document, entities off) beside
 * Readability.js on jsdom, on the same generated Al Bawaba pages of 50-200 KB (menus, sidebars,
 * scripts, ad slots), in the same run. Also checks the parses against the generator's truth, so a
 * fast wrong parser cannot pass.
 *   npm run bench parse            (BENCH_QUICK=1: fewer pages)
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { generateArticles, renderPage, type ArticleSpec, type Layout } from './corpus/index.js';
import { percentile, printTable, rssMb, verdict, type BenchOptions } from './lib/report.js';
import { parseDocument } from '../src/parse/index.js';

const CORPUS = { full: 3000, quick: 150, seed: 20120101 };
// Readability on jsdom takes 50-300 ms a page here, so it reads every Nth page of the same corpus
// (the same mix of layouts and sizes): enough pages for a steady rate in minutes, not hours.
const REFERENCE_EVERY = { full: 10, quick: 5 };
const LAYOUTS: readonly Layout[] = ['d7', 'd9', 'amp'];
// Page sizes drawn across the range real article pages have (UTF-8 bytes).
const MIN_PAGE_BYTES = 50_000;
const MAX_PAGE_BYTES = 200_000;
/** Issue 2's target: at least this many times Readability's pages/s. */
const TARGET_RATIO = 10;
const WARMUP_PAGES = 20;

interface Page {
  bytes: Uint8Array;
  html: string;
  article: ArticleSpec;
  layout: Layout;
}

export async function main({ quick }: BenchOptions): Promise<void> {
  const n = quick ? CORPUS.quick : CORPUS.full;
  const every = quick ? REFERENCE_EVERY.quick : REFERENCE_EVERY.full;
  const articles = generateArticles(n, { seed: CORPUS.seed, lang: 'mixed' });
  const page = (i: number): Page => {
    const article = articles[i]!;
    const layout = LAYOUTS[i % LAYOUTS.length]!;
    const size = MIN_PAGE_BYTES + ((i * 7919) % (MAX_PAGE_BYTES - MIN_PAGE_BYTES));
    const html = renderPage(article, layout, { padToBytes: size });
    return { bytes: Buffer.from(html, 'utf8'), html, article, layout };
  };

  for (let i = 0; i < WARMUP_PAGES; i++) ours(page(i));
  // Pages are rendered one at a time (untimed) so the corpus never sits in memory at once.
  const our = { ms: [] as number[], bytes: 0, titleOk: 0, bodyOk: 0 };
  const ref = { ms: [] as number[], bytes: 0 };
  const shared = { ourMs: 0, pages: 0 };
  for (let i = 0; i < n; i++) {
    const p = page(i);
    const start = process.hrtime.bigint();
    const doc = ours(p);
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    our.ms.push(ms);
    our.bytes += p.bytes.length;
    if (doc.title === p.article.title) our.titleOk++;
    if (doc.body === p.article.paragraphs.join('\n\n')) our.bodyOk++;
    if (i % every === 0) {
      const t0 = process.hrtime.bigint();
      reference(p);
      ref.ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
      ref.bytes += p.bytes.length;
      shared.ourMs += ms;
      shared.pages++;
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const row = (name: string, ms: number[], bytes: number) => ({
    parser: name,
    pages: ms.length,
    'pages/s': Math.round(ms.length / (sum(ms) / 1000)),
    'MB/s': bytes / 2 ** 20 / (sum(ms) / 1000),
    'p50 ms': percentile(ms, 50),
    'p99 ms': percentile(ms, 99),
  });
  printTable([
    row('archivist parseDocument (entities off)', our.ms, our.bytes),
    row(`Readability.js + jsdom (every ${every}th page)`, ref.ms, ref.bytes),
  ]);
  console.log(`corpus: ${n} pages, ${(our.bytes / n / 1024).toFixed(0)} KB mean, layouts d7/d9/amp, ~20% Arabic; RSS ${rssMb()} MB`);
  console.log(`checked against the generator's truth: title exact ${our.titleOk}/${n}, body exact ${our.bodyOk}/${n}`);
  // Compare on the very pages both parsed, so page mix cannot tilt the ratio.
  const ourRate = shared.pages / (shared.ourMs / 1000);
  const refRate = ref.ms.length / (sum(ref.ms) / 1000);
  verdict('parse pages/s on the same pages', ourRate / refRate, TARGET_RATIO);
}

function ours(p: Page) {
  return parseDocument({ bytes: p.bytes, url: p.article.url, source: p.article.url }, { entities: false });
}

// jsdom prints CSS and script errors of the page; they are the page's, not the benchmark's.
const quiet = new VirtualConsole();

function reference(p: Page): void {
  const dom = new JSDOM(p.html, { url: p.article.url, virtualConsole: quiet });
  new Readability(dom.window.document).parse();
  dom.window.close();
}
