import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const repo = fileURLToPath(new URL('../..', import.meta.url));
const pages = join(repo, 'test', 'scrapers', 'pages');
// Spawning the CLI through tsx takes a few seconds on a loaded machine.
const TIMEOUT_MS = 60_000;

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      cwd: repo,
      timeout: TIMEOUT_MS,
      env: { ...process.env, LOG_LEVEL: 'info' },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function fixtureDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-parse-'));
  copyFileSync(join(pages, 'albawaba-d9.html'), join(dir, 'b.html'));
  copyFileSync(join(pages, 'generic-plain.html'), join(dir, 'a.htm'));
  writeFileSync(join(dir, 'c.html'), 'not a page at all');
  writeFileSync(join(dir, 'notes.txt'), 'ignored: not .html/.htm');
  mkdirSync(join(dir, 'sub'));
  return dir;
}

test('parse <dir> <file>: one NDJSON line per page, in input order, errors on their line, exit 0', { timeout: TIMEOUT_MS }, async () => {
  const dir = fixtureDir();
  const { code, stdout, stderr } = await cli('parse', dir, join(pages, 'albawaba-amp.html'), join(dir, 'missing.html'), '--no-entities');
  assert.equal(code, 0);
  const lines = stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.deepEqual(
    lines.map((l) => l.title ?? (l.error as { code: string }).code),
    [
      'Library Lends Telescopes to Stargazers', // a.htm
      'Gulf Airlines Add Routes to Central Asia', // b.html
      'not_html', // c.html
      'Amman Hosts Regional Startup Week',
      'read_failed',
    ],
  );
  assert.deepEqual(lines[2], {
    error: { code: 'not_html', message: `${join(dir, 'c.html')}: no HTML markup found` },
    source: join(dir, 'c.html'),
  });
  assert.deepEqual(lines[0]!.entities, { nations: [], persons: [] });
  assert.equal(lines[1]!.extractor, 'albawaba-2019');
  assert.match(stderr, /"msg":"parse finished"/u); // logs go to stderr, never stdout
});

test('--url gives the URL of a page without a canonical link; --generic skips the site scraper', { timeout: TIMEOUT_MS }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-parse-'));
  const page =
    '<html><head><title>Ferry Timetable Changes</title></head><body><h1>Ferry Timetable Changes</h1><p>Published 2 June 2022</p>' +
    '<div><p>The island ferry will run two extra crossings each weekday from next month, the operator said on Thursday.</p></div></body></html>';
  writeFileSync(join(dir, 'p.html'), page);
  const withUrl = await cli('parse', join(dir, 'p.html'), '--url', 'https://ferries.example/news/timetable', '--no-entities');
  assert.equal(withUrl.code, 0);
  const doc = JSON.parse(withUrl.stdout) as Record<string, unknown>;
  assert.equal(doc.url, 'https://ferries.example/news/timetable');
  assert.equal(doc.source, 'ferries.example');
  assert.equal(doc.publishedAt, '2022-06-02T00:00:00Z');
  const generic = await cli('parse', '--generic', '--no-entities', join(pages, 'albawaba-d7.html'));
  assert.equal((JSON.parse(generic.stdout) as Record<string, unknown>).extractor, 'generic');
});

test('exit 1 with a one-line reason when nothing could run', { timeout: TIMEOUT_MS }, async () => {
  const empty = mkdtempSync(join(tmpdir(), 'archivist-parse-'));
  const r = await cli('parse', empty);
  assert.equal(r.code, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^archivist: no \.html\/\.htm page files in /mu);
  const two = await cli('parse', join(pages, 'albawaba-d7.html'), join(pages, 'albawaba-d9.html'), '--url', 'https://x.example/');
  assert.equal(two.code, 1);
  assert.match(two.stderr, /--url names the URL of a single file/u);
});

test(
  'a page that states no date is parsed with the time it was read, as ingest does (dateSource "fetched")',
  { timeout: TIMEOUT_MS },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'archivist-parse-'));
    const page =
      '<html><head><title>Library Opens a Reading Garden</title></head><body><h1>Library Opens a Reading Garden</h1>' +
      '<div><p>The city library opened a garden for readers behind its main hall, with benches and shade for forty people.</p></div></body></html>';
    writeFileSync(join(dir, 'undated.html'), page);
    const before = new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z');
    const { code, stdout } = await cli('parse', join(dir, 'undated.html'), '--url', 'https://news.example/garden', '--no-entities');
    const after = new Date().toISOString().replace(/\.\d{3}Z$/u, 'Z');
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as { title: string; dateSource: string; publishedAt: string };
    assert.deepEqual([doc.title, doc.dateSource], ['Library Opens a Reading Garden', 'fetched']);
    assert.ok(doc.publishedAt >= before && doc.publishedAt <= after, `${doc.publishedAt} within [${before}, ${after}]`);
  },
);
