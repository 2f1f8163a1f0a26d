/**
 * Scores `extractEntities` on the ground truth of the shared Al Bawaba pages (title, subtitle
 * and paragraphs as the truth gives them): precision, recall and F1 for nations and persons,
 * summed over pages, then each page's misses and extras. A script, not a test:
 *   npx tsx test/entities/fixture-score.ts [fixtures-dir] [--quiet]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/entities/index.js';

const DEFAULT_DIR = new URL('../../../shared/fixtures/albawaba/train/', import.meta.url).pathname;
const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? DEFAULT_DIR;
const quiet = args.includes('--quiet');

interface Truth {
  lang: string;
  title: string;
  subtitle: string | null;
  paragraphs: string[];
  entities: { nations: string[]; persons: string[] };
}
const totals = { nations: { tp: 0, fp: 0, fn: 0 }, persons: { tp: 0, fp: 0, fn: 0 } };

for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const truth = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Truth;
  const got = extractEntities(truth);
  const lines: string[] = [];
  for (const kind of ['nations', 'persons'] as const) {
    const want = new Set(truth.entities[kind]);
    const have = new Set(got[kind]);
    const missed = [...want].filter((x) => !have.has(x));
    const extra = [...have].filter((x) => !want.has(x));
    totals[kind].tp += want.size - missed.length;
    totals[kind].fn += missed.length;
    totals[kind].fp += extra.length;
    if (missed.length > 0) lines.push(`  ${kind} missed: ${missed.join(' | ')}`);
    if (extra.length > 0) lines.push(`  ${kind} extra:  ${extra.join(' | ')}`);
  }
  if (lines.length > 0 && !quiet) console.log(`${file}\n${lines.join('\n')}`);
}

// The bars of issue 3 (the conformance run holds the same ones over parsed pages).
const MIN_F1 = { nations: 0.97, persons: 0.93 };
for (const kind of ['nations', 'persons'] as const) {
  const { tp, fp, fn } = totals[kind];
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  const f1 = (2 * p * r) / (p + r || 1);
  console.log(`${kind.padEnd(8)} P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn})`);
  if (f1 < MIN_F1[kind]) process.exitCode = 1;
}
