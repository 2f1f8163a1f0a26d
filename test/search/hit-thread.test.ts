import { spawnSync } from 'node:child_process';
import { test, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FacetThread } from '../../src/search/embedded/facet-thread.js';
import { HitThread } from '../../src/search/embedded/hit-thread.js';
import { showPage } from '../../src/search/embedded/hits.js';
import { INDEX_FILE, openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { EngineStore } from '../../src/search/embedded/store.js';
import { searchQuery, type SearchHit, type SearchQuery } from '../../src/search/engine.js';
import { CORPUS } from '../contract/corpus.js';
import { contractEngine } from './threaded-engine.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-hit-thread-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

/** An engine over the contract corpus, its hits read by a thread made by `thread` (none: all on the calling thread). */
const engineWith = (thread?: (file: string) => HitThread) =>
  contractEngine(join(root, `e${dirs++}`), thread && ((file) => ({ hits: thread(file) })));

/**
 * An engine over the contract corpus with a hit thread used at any size, the thread, and the
 * reasons it was given up; the thread reads `fileOf` the engine's index file (the file itself by
 * default) and waits `timeoutMs` at most. Closed after the test `t` when given.
 */
async function withHitThread(t: TestContext | undefined, opts: { timeoutMs?: number; fileOf?: (file: string) => string } = {}) {
  const failures: string[] = [];
  let thread: HitThread | undefined;
  const engine = await engineWith(
    (file) => (thread = new HitThread(opts.fileOf?.(file) ?? file, 0, (reason) => failures.push(reason), opts.timeoutMs)),
  );
  t?.after(() => engine.close());
  return { engine, thread: thread!, failures };
}

const PROBES: Partial<SearchQuery>[] = [
  { q: 'jordan' },
  { q: 'solar power renew' },
  { q: '"solar power"' },
  { nations: ['Egypt'] },
  { q: 'jordan', page: 2, perPage: 2 },
  { from: '2016-01-01T00:00:00Z', to: '2019-12-31T23:59:59Z', sort: 'oldest' },
  { q: 'nowordlikethis' },
];

const expectedHits = async () => {
  const plain = await engineWith();
  try {
    return await Promise.all(PROBES.map((p) => plain.search(searchQuery(p))));
  } finally {
    await plain.close();
  }
};

/** The worker the thread runs now (tests break it). */
const workerOf = (thread: HitThread) =>
  (thread as unknown as { kept: { worker: { postMessage(m: unknown): void; terminate(): Promise<number> } } }).kept.worker;

test('searches show the same hits with the hit thread as without it, the thread reading every page once it listens', async (t) => {
  const expected = await expectedHits();
  assert.deepEqual(
    expected.map((r) => r.hits.length),
    [4, 3, 1, 4, 2, 7, 0],
    'the probes have hits to show',
  );
  const { engine: threaded, thread } = await withHitThread(t);
  assert.deepEqual(await threaded.search(searchQuery(PROBES[0])), expected[0], 'shown here while the thread starts');
  assert.equal(thread.shownByThread, 0);
  assert.equal(await thread.whenReady(), true);
  for (const [i, p] of PROBES.entries()) assert.deepEqual(await threaded.search(searchQuery(p)), expected[i], JSON.stringify(p));
  assert.equal(thread.shownByThread, PROBES.length - 1, 'every page with hits, read by the thread');
  // pages asked for together are answered together, each its own
  const together = await Promise.all(PROBES.map((p) => threaded.search(searchQuery(p))));
  assert.deepEqual(together, expected);
  assert.equal(thread.shownByThread, 2 * (PROBES.length - 1), 'read by the thread too');
});

test('a page the thread does not answer in time is read by the caller, and the next search starts a new thread', async (t) => {
  const expected = await expectedHits();
  const { engine: threaded, thread, failures } = await withHitThread(t, { timeoutMs: 200 });
  await threaded.search(searchQuery({}));
  assert.equal(await thread.whenReady(), true);
  const stuck = workerOf(thread);
  stuck.postMessage = () => undefined; // pages sent to it are never read
  assert.deepEqual(await threaded.search(searchQuery(PROBES[0])), expected[0]);
  assert.deepEqual(failures, ['no answer within 200 ms']);
  assert.equal(thread.shownByThread, 0);
  assert.equal(await thread.whenReady(), true);
  assert.notEqual(workerOf(thread), stuck, 'a new thread');
  thread.timeoutMs = 5_000; // the new thread's answer must not race a short timeout on a loaded machine
  assert.deepEqual(await threaded.search(searchQuery(PROBES[1])), expected[1]);
  assert.equal(thread.shownByThread, 1, 'the new thread read the page');
});

test('pages waiting on a thread that dies are read by their callers', async (t) => {
  const expected = await expectedHits();
  const { engine: threaded, thread, failures } = await withHitThread(t);
  await threaded.search(searchQuery({}));
  assert.equal(await thread.whenReady(), true);
  const dying = workerOf(thread);
  // killed as the first page is sent, before it reads any: every page is then waiting on it
  dying.postMessage = () => void dying.terminate();
  const results = await Promise.all(PROBES.map((p) => threaded.search(searchQuery(p))));
  assert.deepEqual(results, expected);
  assert.deepEqual(failures, ['exited with code 1']);
  assert.equal(thread.shownByThread, 0);
});

test('a page shows the rows still in the index file, in order: one removed meanwhile is left off, here and on the thread', async (t) => {
  const dir = join(root, `e${dirs++}`);
  mkdirSync(dir);
  const engine = await openEmbeddedEngine({ dir, hitThread: false, facetThread: false });
  t.after(() => engine.close());
  await engine.upsert(CORPUS.slice(0, 3));
  const file = join(dir, INDEX_FILE);
  const store = new EngineStore(file);
  t.after(() => store.close());
  const thread = new HitThread(file, 0);
  t.after(() => thread.close());
  assert.equal(await thread.whenReady(), true);
  const [a, b, c] = CORPUS;
  const seqOf = (id: string) => store.db.prepare('SELECT seq FROM docs WHERE id = ?').pluck().get(id) as number;
  const page = { seqs: [seqOf(c!.id), seqOf(a!.id), seqOf(b!.id)], ids: [c!.id, a!.id, b!.id], marked: new Set<string>() };
  const shown = (hits: SearchHit[] | undefined) => hits?.map((h) => [h.id, h.title]);
  const all = [c, a, b].map((d) => [d!.id, d!.title]);
  assert.deepEqual(shown(showPage(store, page)), all);
  assert.deepEqual(shown(await thread.show(page)), all);
  await engine.remove([a!.id]);
  const left = [c, b].map((d) => [d!.id, d!.title]);
  assert.deepEqual(shown(showPage(store, page)), left);
  assert.deepEqual(shown(await thread.show(page)), left);
});

test('a thread that cannot read the index file is replaced, then given up; every page is read by its caller', async (t) => {
  const expected = await expectedHits();
  // the thread is pointed at a file that does not exist (read-only: it must not create it)
  let missing: string | undefined;
  const { engine: threaded, thread, failures } = await withHitThread(t, { fileOf: (file) => (missing = `${file}-missing`) });
  for (let i = 0; i < 3; i++) {
    await threaded.search(searchQuery({})); // starts a thread
    assert.equal(await thread.whenReady(), true);
    assert.deepEqual(await threaded.search(searchQuery(PROBES[i])), expected[i]);
  }
  assert.equal(failures.length, 3);
  assert.match(failures[0]!, /^failed: .*unable to open database file/);
  assert.match(failures[2]!, /; hits are read on the main thread from now on$/);
  assert.equal(await thread.whenReady(), false);
  assert.equal(thread.shownByThread, 0);
  assert.equal(existsSync(missing!), false, 'the thread created no file');
});

test('an answer that came while this thread was busy past the timeout is taken, not counted as a failure', async (t) => {
  const expected = await expectedHits();
  const { engine: threaded, thread, failures } = await withHitThread(t, { timeoutMs: 100 });
  await threaded.search(searchQuery({}));
  assert.equal(await thread.whenReady(), true);
  const search = threaded.search(searchQuery(PROBES[0])); // the page is sent
  // busy in the loop's check phase: the timers come before the queued answer in the next turn
  await new Promise<void>((resolve) =>
    setImmediate(() => {
      const busyUntil = Date.now() + 500;
      while (Date.now() < busyUntil); // meanwhile the thread answers, and the timeout passes
      resolve();
    }),
  );
  assert.deepEqual(await search, expected[0]);
  assert.deepEqual(failures, []);
  assert.equal(thread.shownByThread, 1);
});

test('a search waiting on the thread when the engine closes is answered, its hits read before the file closes', async () => {
  const expected = await expectedHits();
  const { engine: threaded, thread } = await withHitThread(undefined); // closed by the test itself
  await threaded.search(searchQuery({}));
  assert.equal(await thread.whenReady(), true);
  const searches = PROBES.map((p) => threaded.search(searchQuery(p)));
  await threaded.close();
  assert.deepEqual(await Promise.all(searches), expected);
});

test('a search whose facets the facet thread shares reads its hits itself; one without facets hands them over', async (t) => {
  const expected = await expectedHits();
  const facets = new FacetThread(1); // every search's facets shared
  let hits: HitThread | undefined;
  const engine = await contractEngine(join(root, `e${dirs++}`), (file) => ({ facets, hits: (hits = new HitThread(file, 0)) }));
  t.after(() => engine.close());
  await engine.search(searchQuery({}));
  assert.deepEqual(await Promise.all([facets.whenReady(), hits!.whenReady()]), [true, true]);
  assert.deepEqual(await engine.search(searchQuery(PROBES[0])), expected[0]);
  assert.equal(hits!.shownByThread, 0, 'read here while the facet thread shared the counting');
  const withoutFacets = await engine.search(searchQuery({ ...PROBES[0], facets: [] }));
  assert.deepEqual(withoutFacets.hits, expected[0]!.hits);
  assert.equal(hits!.shownByThread, 1);
});

test('after three failures in a row the hits stay on the calling thread, and searches go on', async (t) => {
  const expected = await expectedHits();
  const { engine: threaded, thread, failures } = await withHitThread(t);
  for (let i = 0; i < 3; i++) {
    await threaded.search(searchQuery({})); // starts a thread (this search reads its own hits)
    assert.equal(await thread.whenReady(), true);
    await workerOf(thread).terminate(); // resolves once its exit event was emitted
  }
  assert.deepEqual(failures, [
    'exited with code 1',
    'exited with code 1',
    'exited with code 1; hits are read on the main thread from now on',
  ]);
  assert.equal(await thread.whenReady(), false);
  for (const [i, p] of PROBES.entries()) assert.deepEqual(await threaded.search(searchQuery(p)), expected[i], JSON.stringify(p));
  assert.equal(thread.shownByThread, 0);
});

test('an engine closed while its hit thread is still starting closes, and the process goes on', () => {
  // the worker runs through tsx (no bundle): its start is slow enough to be under way at close
  const script = fileURLToPath(new URL('./scripts/close-after-busy-searches.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, '800'], {
    env: { ...process.env, ARCHIVIST_BUNDLE: '0' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(run.stdout, 'closed\n', run.stderr);
  assert.equal(run.status, 0);
});
