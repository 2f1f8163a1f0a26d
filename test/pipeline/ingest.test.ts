import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { INGEST_DEFAULTS, ingestFiles, ingestPage, planIngest, reprocess } from '../../src/pipeline/index.js';
import { listPageFiles } from '../../src/parse/index.js';
import type { ListedInput } from '../../src/parse/index.js';
import { openArchive } from '../../src/store/index.js';
import { MemoryEngine } from '../helpers/memory-engine.js';
import { samplePage, writeSamplePages } from '../helpers/pages.js';
import { tempDir } from '../helpers/tmp.js';

const NOBODY = 65_534;

/** Listed inputs as [path under root, error code]: what the listing tests compare. */
function underRoot(root: string, inputs: readonly ListedInput[]): [string, string | undefined][] {
  return inputs.map((i) => [i.path.slice(root.length), i.error?.code]);
}

function setup(t: { after(fn: () => void): void }) {
  const root = tempDir(t);
  const archive = openArchive(join(root, 'archive.db'));
  t.after(() => archive.close());
  return { root, ctx: { archive, engine: new MemoryEngine(), log: silentLogger() } };
}

test('listPageFiles: files as given, directories recursed to .html/.htm sorted by path, missing paths flagged', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'b'), 0, 2);
  writeSamplePages(join(root, 'a', 'deep'), 2, 3);
  writeFileSync(join(root, 'a', 'x.HTM'), '');
  writeFileSync(join(root, 'a', 'skip.txt'), '');
  const listed = await listPageFiles([join(root, 'b', '000001.html'), root, join(root, 'nope.html')]);
  assert.deepEqual(underRoot(root, listed), [
    ['/b/000001.html', undefined],
    ['/a/deep/000002.html', undefined],
    ['/a/x.HTM', undefined],
    ['/b/000000.html', undefined],
    ['/b/000001.html', undefined],
    ['/nope.html', 'ENOENT'],
  ]);
});

test('listPageFiles: in a directory, a link to a page file counts as the file, a dangling one is flagged, a linked directory is not followed', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'store'), 0, 2);
  mkdirSync(join(root, 'picked'));
  symlinkSync(join(root, 'store', '000001.html'), join(root, 'picked', 'chosen.html'));
  symlinkSync(join(root, 'store', 'gone.html'), join(root, 'picked', 'dangling.html'));
  symlinkSync(join(root, 'store'), join(root, 'picked', 'linked-dir'));
  symlinkSync(join(root, 'store', '000000.html'), join(root, 'picked', 'notes.txt'));
  const listed = await listPageFiles([join(root, 'picked')]);
  assert.deepEqual(underRoot(root, listed), [
    ['/picked/chosen.html', undefined],
    ['/picked/dangling.html', 'ENOENT'],
  ]);
});

test('listPageFiles: a folder that cannot be read is one failed input, and its siblings are still listed', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'open'), 0, 1);
  mkdirSync(join(root, 'locked'));
  writeFileSync(join(root, 'locked', 'hidden.html'), '<p>x</p>');
  chmodSync(root, 0o755);
  chmodSync(join(root, 'locked'), 0o000);
  // root reads any folder: look as an unprivileged user (effective uid only, restored after)
  const asRoot = process.geteuid?.() === 0;
  if (asRoot) process.seteuid!(NOBODY);
  let listed;
  try {
    listed = await listPageFiles([root]);
  } finally {
    if (asRoot) process.seteuid!(0);
    chmodSync(join(root, 'locked'), 0o755); // so the temporary folder can be removed
  }
  assert.deepEqual(underRoot(root, listed), [
    ['/locked', 'EACCES'],
    ['/open/000000.html', undefined],
  ]);
});

test('planIngest: --url takes one readable page (a dangling link beside it is its own error), and refuses two before any worker starts', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'one'), 0, 1);
  symlinkSync(join(root, 'gone.html'), join(root, 'one', 'dangling.html'));
  const plan = await planIngest([join(root, 'one')], { url: 'https://news.example.org/a', workers: 0 });
  assert.deepEqual(underRoot(root, plan.inputs), [
    ['/one/000000.html', undefined],
    ['/one/dangling.html', 'ENOENT'],
  ]);
  assert.equal(plan.pool, undefined);
  writeSamplePages(join(root, 'two'), 0, 2);
  await assert.rejects(planIngest([join(root, 'two')], { url: 'https://news.example.org/a', workers: 1 }), {
    name: 'InputError',
    message: '--url needs exactly one page file (got 2)',
  });
});

test('ingestFiles: pages -> archive -> engine holds exactly the parsed documents', async (t) => {
  const { root, ctx } = setup(t);
  const pages = writeSamplePages(join(root, 'pages'), 0, 12);
  writeFileSync(join(root, 'pages', 'empty.html'), '<html><body></body></html>');
  const summary = await ingestFiles(ctx, [join(root, 'pages'), join(root, 'missing.html')]);
  assert.deepEqual(summary, {
    pages: 14,
    new: 12,
    updated: 0,
    unchanged: 0,
    errors: { no_article: 1, read_failed: 1 },
    indexed: 12,
    pending: 0,
  });
  assert.deepEqual([...ctx.engine.docs.values()].map((d) => d.url).sort(), pages.map((p) => p.url).sort());
  assert.equal(ctx.archive.countRawPages(), 12);
  // each raw page sits under the document's canonical URL with the file's exact bytes
  const raw = ctx.archive.getRawPage(pages[3]!.url)!;
  assert.equal(new TextDecoder().decode(raw.body), pages[3]!.html);
  assert.equal(ctx.archive.getDocument(raw.documentId!)!.url, pages[3]!.url);
});

test('ingestFiles stopped by its signal stores and indexes the pages parsed so far, and reads no more', async (t) => {
  const { root, ctx } = setup(t);
  writeSamplePages(join(root, 'pages'), 0, 12);
  const stop = new AbortController();
  const summary = await ingestFiles(ctx, [join(root, 'pages')], {
    signal: stop.signal,
    onProgress: (done) => done === 5 && stop.abort(), // after the fifth page
  });
  assert.deepEqual(summary, { pages: 12, new: 5, updated: 0, unchanged: 0, errors: {}, stopped: true, indexed: 5, pending: 0 });
  assert.equal(ctx.engine.docs.size, 5);
  assert.equal(ctx.archive.countRawPages(), 5);
});

test('ingestPage throws ParseError for a page without an article and stores nothing', (t) => {
  const { ctx } = setup(t);
  const page = {
    url: 'https://daily.example.com/x',
    fetchedAt: '2024-01-01T00:00:00Z',
    status: 200,
    headers: {},
    body: new TextEncoder().encode('<html><body><p>hi</p></body></html>'),
  };
  assert.throws(() => ingestPage(ctx, page), ParseError);
  assert.equal(ctx.archive.countRawPages(), 0);
  const ok = { ...page, url: samplePage(1).url, body: new TextEncoder().encode(samplePage(1).html) };
  assert.equal(ingestPage(ctx, ok).outcome, 'new');
  assert.equal(ingestPage(ctx, ok).outcome, 'unchanged');
});

test('reprocess: unchanged scrapers change nothing; a stale stored document is re-derived and re-indexed', async (t) => {
  const { root, ctx } = setup(t);
  writeSamplePages(join(root, 'pages'), 0, 4);
  await ingestFiles(ctx, [join(root, 'pages')]);
  assert.deepEqual(await reprocess(ctx), { pages: 4, changed: 0, errors: {}, indexed: 0, pending: 0 });

  const [doc] = [...ctx.archive.iterateDocuments(1)][0]!;
  ctx.archive.saveDocument({ ...doc!, title: 'What an older scraper produced' });
  await ctx.engine.upsert([{ ...doc!, title: 'What an older scraper produced' }]);
  ctx.archive.outbox.markDone(ctx.archive.outbox.take(10).map((r) => r.seq));

  assert.deepEqual(await reprocess(ctx), { pages: 4, changed: 1, errors: {}, indexed: 1, pending: 0 });
  assert.deepEqual(ctx.archive.getDocument(doc!.id), doc);
  assert.deepEqual(ctx.engine.docs.get(doc!.id), doc);
});

test('ingestFiles on worker threads stores exactly what the main thread stores, in input order', async (t) => {
  const root = tempDir(t);
  writeSamplePages(join(root, 'pages'), 0, 10);
  writeFileSync(join(root, 'pages', 'empty.html'), '<html><body></body></html>');
  // two files with one canonical URL: the later file (in path order) must win, as sequentially
  writeFileSync(join(root, 'pages', 'zz-corrected.html'), samplePage(3, 7).html);
  const results = [];
  for (const workers of [0, 2]) {
    const archive = openArchive(join(root, `archive-${workers}.db`));
    t.after(() => archive.close());
    const ctx = { archive, engine: new MemoryEngine(), log: silentLogger() };
    const summary = await ingestFiles(ctx, [join(root, 'pages')], { workers });
    const docs = [...archive.iterateDocuments()].flat();
    results.push({ summary, docs, engine: [...ctx.engine.docs.values()].sort((a, b) => a.id.localeCompare(b.id)) });
  }
  assert.deepEqual(results[0]!.summary, {
    pages: 12,
    new: 10,
    updated: 1,
    unchanged: 0,
    errors: { no_article: 1 },
    indexed: 10,
    pending: 0,
  });
  assert.deepEqual(results[1], results[0]);
  assert.match(results[1]!.docs.find((d) => d.url === samplePage(3).url)!.body, /\(update 7\)/);
});

test('ingestFiles indexes full batches while it is still storing, and the rest at the end', async (t) => {
  const { root, ctx } = setup(t);
  const pages = INGEST_DEFAULTS.saveBatch * 2 + 40; // two full save batches, then a short one
  writeSamplePages(join(root, 'pages'), 0, pages);
  const upserts: { stored: number; size: number }[] = [];
  const upsert = ctx.engine.upsert.bind(ctx.engine);
  ctx.engine.upsert = async (docs) => {
    upserts.push({ stored: ctx.archive.countDocuments(), size: docs.length });
    return upsert(docs);
  };
  const summary = await ingestFiles(ctx, [join(root, 'pages')], { workers: 0 });
  assert.deepEqual([summary.new, summary.indexed, summary.pending], [pages, pages, 0]);
  const seen = upserts.map((u) => `${u.size}@${u.stored}`).join(', ');
  // full index batches while the archive held only the first save batches, the rest in the drain
  assert.equal(upserts[0]!.stored, INGEST_DEFAULTS.saveBatch, seen);
  assert.ok(
    upserts.slice(0, -1).every((u) => u.size === INGEST_DEFAULTS.indexBatch),
    seen,
  );
  assert.equal(upserts.at(-1)!.stored, pages, seen);
  assert.equal(
    upserts.reduce((n, u) => n + u.size, 0),
    pages,
    seen,
  );
  assert.equal(ctx.engine.docs.size, pages);
});
