/**
 * @module `npx tsx demo/build.ts`: renders demo/articles/*.json into demo/pages/*.html with the
 * corpus renderer (bench/corpus), and rewrites the page table in demo/README.md.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderPage } from '../bench/corpus/index.js';
import { DEMO_DIR, PAGES_DIR, loadDemoArticles, type DemoEntry } from './article-data.js';

const TABLE_START = '<!-- pages:start -->';
const TABLE_END = '<!-- pages:end -->';

const entries = loadDemoArticles();
mkdirSync(PAGES_DIR, { recursive: true });
for (const f of readdirSync(PAGES_DIR)) if (f.endsWith('.html')) rmSync(join(PAGES_DIR, f));
for (const e of entries) writeFileSync(join(PAGES_DIR, e.pageFile), renderPage(e.spec, e.data.layout));
updateReadme(entries);
process.stderr.write(`demo: ${entries.length} pages written to demo/pages\n`);

function updateReadme(list: readonly DemoEntry[]): void {
  const path = join(DEMO_DIR, 'README.md');
  const readme = readFileSync(path, 'utf8');
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`demo/README.md lacks the ${TABLE_START} … ${TABLE_END} markers`);
  const rows = list.map(
    (e) =>
      `| \`${e.pageFile}\` | ${e.data.layout} | ${e.data.lang} | ${e.data.publishedAt.slice(0, 16).replace('T', ' ')} | ${e.data.section} | ${cell(e.data.expected.nations)} | ${cell(e.data.expected.persons)} |`,
  );
  const table = [
    '| page | layout | lang | published (UTC) | section | nations | persons |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
  writeFileSync(path, `${readme.slice(0, start + TABLE_START.length)}\n${table}\n${readme.slice(end)}`);
}

function cell(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}
