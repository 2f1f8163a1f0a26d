/**
 * @module `npm run test:conformance [-- -v] [-- --generic]`: parse every Al Bawaba fixture page in
 * ../shared/fixtures/albawaba/train/, compare with its ground truth, print the scores and fail
 * (exit 1) below the bars of issue 2. `-v` prints each page's differences.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../src/parse/index.js';
import { ArchivistError } from '../../src/errors.js';
import { EXACT_FIELDS, f1, failedPage, scorePage, type PageScore, type SetCounts, type Truth } from './score.js';

// The bars of issue 2 (fields, body, leaks) and of the entities issue (nations, persons).
const MUST_BE_EXACT_ON_EVERY_PAGE = ['title', 'author', 'section', 'url', 'publishedAt'] as const;
const MIN_BODY_F1 = 0.99;
const MAX_LEAKS = 0;
const MIN_NATIONS_F1 = 0.97;
const MIN_PERSONS_F1 = 0.93;

const repo = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = join(repo, '..', 'shared', 'fixtures', 'albawaba', 'train');
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');
const generic = process.argv.includes('--generic');

if (!existsSync(dir)) {
  console.log(`conformance: ${dir} is absent; nothing was checked (this is not a pass).`);
  process.exit(0);
}

const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .sort();
const scores: { name: string; score: PageScore; error?: string }[] = [];
for (const name of pages) {
  const truth = JSON.parse(readFileSync(join(dir, name.replace(/\.html$/u, '.json')), 'utf8')) as Truth;
  try {
    const doc = parseDocument({ bytes: readFileSync(join(dir, name)), source: name }, { generic });
    scores.push({ name, score: scorePage(doc, truth) });
  } catch (err) {
    if (!(err instanceof ArchivistError)) throw err; // a crash is a bug, not a score
    scores.push({ name, score: failedPage(truth), error: `${err.code}: ${err.message}` });
  }
}

if (verbose) printDifferences();
const failures = printSummary();
console.log(failures.length === 0 ? '\nconformance: PASS' : `\nconformance: FAIL\n  - ${failures.join('\n  - ')}`);
process.exitCode = failures.length === 0 ? 0 : 1;

function printDifferences(): void {
  for (const { name, score, error } of scores) {
    const lines: string[] = [];
    if (error) lines.push(`  error ${error}`);
    for (const f of EXACT_FIELDS) {
      const r = score.fields[f];
      if (!r.ok && !error) lines.push(`  ${f}: got ${JSON.stringify(r.got)} want ${JSON.stringify(r.want)}`);
    }
    if (score.bodyF1 < 1)
      lines.push(`  body F1 ${score.bodyF1.toFixed(4)}, paragraphs ${score.paragraphsMatched}/${score.paragraphsTotal}`);
    if (score.leaks.length > 0) lines.push(`  leaks: ${JSON.stringify(score.leaks)}`);
    for (const kind of ['nations', 'persons'] as const) {
      const s = score[kind];
      if (s.missing.length > 0 || s.extra.length > 0)
        lines.push(`  ${kind}: missing ${JSON.stringify(s.missing)} extra ${JSON.stringify(s.extra)}`);
    }
    if (lines.length > 0) console.log(`${name}\n${lines.join('\n')}`);
  }
  console.log('');
}

function printSummary(): string[] {
  const n = scores.length;
  const failures: string[] = [];
  console.log(`conformance: ${n} pages from ${dir}${generic ? ' (--generic)' : ''}`);
  for (const f of EXACT_FIELDS) {
    const ok = scores.filter((s) => s.score.fields[f].ok).length;
    console.log(`  ${f.padEnd(12)} ${ok}/${n} exact`);
    if ((MUST_BE_EXACT_ON_EVERY_PAGE as readonly string[]).includes(f) && ok < n)
      failures.push(`${f} exact on ${ok}/${n} pages (need all)`);
  }
  const meanF1 = scores.reduce((a, s) => a + s.score.bodyF1, 0) / Math.max(1, n);
  const matched = scores.reduce((a, s) => a + s.score.paragraphsMatched, 0);
  const total = scores.reduce((a, s) => a + s.score.paragraphsTotal, 0);
  const leaks = scores.reduce((a, s) => a + s.score.leaks.length, 0);
  const errors = scores.filter((s) => s.error).length;
  console.log(`  body token F1 mean ${meanF1.toFixed(4)}; exact paragraphs ${matched}/${total}`);
  console.log(`  boilerplate leaks ${leaks}; parse errors ${errors}`);
  if (meanF1 < MIN_BODY_F1) failures.push(`body token F1 mean ${meanF1.toFixed(4)} < ${MIN_BODY_F1}`);
  if (leaks > MAX_LEAKS) failures.push(`${leaks} boilerplate leaks (need ${MAX_LEAKS})`);
  for (const [kind, bar] of [
    ['nations', MIN_NATIONS_F1],
    ['persons', MIN_PERSONS_F1],
  ] as const) {
    const sum = scores.reduce<SetCounts>(
      (a, s) => ({ tp: a.tp + s.score[kind].tp, fp: a.fp + s.score[kind].fp, fn: a.fn + s.score[kind].fn }),
      { tp: 0, fp: 0, fn: 0 },
    );
    const r = f1(sum);
    console.log(
      `  ${kind.padEnd(8)} precision ${r.precision.toFixed(3)} recall ${r.recall.toFixed(3)} F1 ${r.f1.toFixed(3)} (tp ${sum.tp}, fp ${sum.fp}, fn ${sum.fn})`,
    );
    if (r.f1 < bar) failures.push(`${kind} F1 ${r.f1.toFixed(3)} < ${bar}`);
  }
  return failures;
}
