import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openArchive } from '../../src/store/index.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { samplePage, writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

// A page with no headline and no article: every scraper must refuse it.
const NOT_AN_ARTICLE = '<!DOCTYPE html><html><head><title></title></head><body><nav><a href="/">Home</a></nav></body></html>';

function pagesDir(root: string): string {
  const dir = join(root, 'pages');
  writeSamplePages(dir, 0, 5);
  writeSamplePages(join(dir, 'older'), 5, 6); // directories recurse
  writeFileSync(join(dir, 'broken.htm'), NOT_AN_ARTICLE);
  writeFileSync(join(dir, 'notes.txt'), 'not a page: skipped');
  return dir;
}

test('ingest --json: counts new, unchanged and updated pages and errors by code across runs', (t) => {
  const root = tempDir(t);
  const dir = pagesDir(root);
  const env = cliEnv(join(root, 'data'));

  const first = runCli(['ingest', '--json', dir], env);
  assert.equal(first.status, 0, first.stderr);
  assert.deepEqual(JSON.parse(first.stdout), { pages: 7, new: 6, updated: 0, unchanged: 0, errors: { no_article: 1 } });

  const again = runCli(['ingest', '--json', dir], env);
  assert.deepEqual(JSON.parse(again.stdout), { pages: 7, new: 0, updated: 0, unchanged: 6, errors: { no_article: 1 } });

  writeFileSync(join(dir, '000002.html'), samplePage(2, 1).html); // the story was corrected
  // parse workers (bundled, as the CLI runs them) give what the main thread gives
  const third = runCli(['ingest', '--json', '--workers', '2', dir], env);
  assert.deepEqual(JSON.parse(third.stdout), { pages: 7, new: 0, updated: 1, unchanged: 5, errors: { no_article: 1 } });

  const stats = runCli(['stats', '--json'], env);
  assert.equal(stats.status, 0, stats.stderr);
  assert.deepEqual(JSON.parse(stats.stdout), {
    documents: 6,
    rawPages: 6,
    pendingIndex: 0,
    engineDocuments: 6,
    engine: 'embedded',
    // page n is about NATIONS[n % 5]: pages 0 and 5 both name Jordan
    topNations: [
      { value: 'Jordan', count: 2 },
      { value: 'Egypt', count: 1 },
      { value: 'Lebanon', count: 1 },
      { value: 'Morocco', count: 1 },
      { value: 'Tunisia', count: 1 },
    ],
    topPersons: [],
  });
});

test('ingest prints a human summary without --json', (t) => {
  const root = tempDir(t);
  const r = runCli(['ingest', pagesDir(root)], cliEnv(join(root, 'data')));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'pages: 7 (new 6, updated 0, unchanged 0)\nerrors: no_article 1\nindexed: 6, pending: 0\n');
});

test('ingest --url stores a single file under that URL with its exact bytes', (t) => {
  const root = tempDir(t);
  const page = samplePage(42);
  const file = join(root, 'saved.html');
  writeFileSync(file, page.html);
  const env = cliEnv(join(root, 'data'));
  const url = 'https://daily.example.com/print/42';
  const r = runCli(['ingest', '--json', '--url', url, file], env);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { pages: 1, new: 1, updated: 0, unchanged: 0, errors: {} });
  const archive = openArchive(join(root, 'data', 'archive.db'));
  t.after(() => archive.close());
  const raw = archive.getRawPage(url)!;
  assert.deepEqual(Buffer.from(raw.body), readFileSync(file));
  assert.equal(raw.status, 200);
  assert.equal(archive.getDocument(raw.documentId!)!.url, page.url); // the document keeps its canonical URL
});

test('ingest fails with exit 1 and one line on stderr when there is nothing to ingest or a bad option', (t) => {
  const root = tempDir(t);
  const env = cliEnv(join(root, 'data'));
  const empty = join(root, 'empty');
  mkdirSync(empty);
  const none = runCli(['ingest', empty], env);
  assert.equal(none.status, 1);
  assert.equal(none.stdout, '');
  assert.equal(none.stderr, `archivist: no .html/.htm page files in ${empty}\n`);

  const dir = pagesDir(root);
  const twoFilesOneUrl = runCli(['ingest', '--url', 'https://daily.example.com/x', dir], env);
  assert.equal(twoFilesOneUrl.status, 1);
  assert.equal(twoFilesOneUrl.stderr, 'archivist: --url needs exactly one page file (got 7)\n');

  const broken = join(root, 'only-broken');
  mkdirSync(broken);
  writeFileSync(join(broken, 'a.html'), NOT_AN_ARTICLE);
  const allFailed = runCli(['ingest', '--json', broken], env);
  assert.equal(allFailed.status, 1);
  assert.deepEqual(JSON.parse(allFailed.stdout), { pages: 1, new: 0, updated: 0, unchanged: 0, errors: { no_article: 1 } });
  assert.equal(allFailed.stderr, 'archivist: none of the 1 pages could be ingested (no_article 1)\n');
});

test('a bad environment variable stops the command with one line naming it', (t) => {
  const root = tempDir(t);
  const r = runCli(['ingest', root], cliEnv(join(root, 'data'), { LOG_LEVEL: 'loud' }));
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.match(r.stderr, /^archivist: LOG_LEVEL: [^\n]+\n$/);
});
