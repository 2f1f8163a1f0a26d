import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { claimFacet, countValues, FACET, type FacetJob, type FacetRows } from '../../src/search/embedded/facet-counting.js';
import { FacetThread } from '../../src/search/embedded/facet-thread.js';
import { allocate } from '../../src/search/embedded/shared-arrays.js';
import { searchQuery, type SearchQuery } from '../../src/search/engine.js';
import { contractEngine } from './threaded-engine.js';
import { byKey } from '../contract/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-facet-thread-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;

/** `values` in a new array of type `type`, in shared memory or not. */
function arrayOf<T extends Uint8Array | Uint16Array | Uint32Array>(
  type: { new (buffer: ArrayBuffer | SharedArrayBuffer): T; BYTES_PER_ELEMENT: number },
  values: number[],
  shared = true,
): T {
  const out = allocate(type, values.length, shared);
  out.set(values);
  return out;
}

// Four documents: 0 carries values 0 and 2, 1 carries 1, 2 none, 3 carries 0, 1 and 2.
const OFFSETS = [0, 2, 3, 3, 6];
const VALUE_IDS = [0, 2, 1, 0, 1, 2];

test('countValues counts each value over the listed documents, for rows of bytes, shorts, words and single values', () => {
  const docs = Uint32Array.of(0, 2, 3);
  const widths = [arrayOf(Uint8Array, VALUE_IDS, false), arrayOf(Uint16Array, VALUE_IDS, false), arrayOf(Uint32Array, VALUE_IDS, false)];
  for (const valueIds of widths) {
    const rows: FacetRows = { multi: true, offsets: Uint32Array.from(OFFSETS), valueIds };
    assert.deepEqual([...countValues(docs, rows, 3)], [2, 1, 2], valueIds.constructor.name);
  }
  // single values (value + 1, 0 = none): documents 0..4 carry 1, none, 1, 0, 1
  const single: FacetRows = { multi: false, single: Uint8Array.of(2, 0, 2, 1, 2) };
  assert.deepEqual([...countValues(Uint32Array.of(0, 1, 2, 3, 4), single, 2)], [1, 3]);
  assert.deepEqual([...countValues(Uint32Array.of(1), single, 2)], [0, 0]);
});

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Watch the jobs `thread` posts (its running worker's): `taken()` resolves once the thread has
 * counted every facet of the last one, so a test can let the thread take a whole job, however
 * slowly a loaded machine starts it on it (10 s at most).
 */
function watchJobs(thread: FacetThread): { taken(): Promise<void> } {
  const worker = (thread as unknown as { kept: { worker: { postMessage(job: FacetJob): void } } }).kept.worker;
  const post = worker.postMessage.bind(worker);
  let last: FacetJob | undefined;
  worker.postMessage = (job) => {
    last = job;
    post(job);
  };
  const pending = () => last !== undefined && last.facets.some((_, i) => Atomics.load(last!.status, i) !== FACET.done);
  return {
    async taken() {
      for (const deadline = Date.now() + 10_000; pending() && Date.now() < deadline;) await delay(5);
    },
  };
}

test('the thread counts what the calling thread counts; before it listens, and for rows outside shared memory, it declines', async (t) => {
  const thread = new FacetThread(1);
  t.after(() => thread.close());
  const docs = arrayOf(Uint32Array, [0, 1, 3, 0]).subarray(0, 3); // a view, as a search passes its list
  const nations: FacetRows = { multi: true, offsets: arrayOf(Uint32Array, OFFSETS), valueIds: arrayOf(Uint8Array, VALUE_IDS) };
  const persons: FacetRows = { multi: true, offsets: arrayOf(Uint32Array, OFFSETS), valueIds: arrayOf(Uint16Array, [4, 3, 0, 4, 1, 2]) };
  const jobs = [
    { rows: nations, values: 3 },
    { rows: persons, values: 5 },
  ];
  const expected = [
    [2, 2, 2],
    [1, 1, 1, 1, 2],
  ];
  assert.equal(thread.begin(docs, jobs), undefined, 'not started yet: the caller counts');
  assert.equal(await thread.whenReady(), true);

  // the caller busy elsewhere: the thread takes both facets
  const watch = watchJobs(thread);
  const pending = thread.begin(docs, jobs)!;
  await watch.taken();
  assert.deepEqual(
    pending.collect().map((c) => [...c]),
    expected,
  );
  assert.equal(thread.countedByThread, 2);
  assert.deepEqual(
    expected,
    jobs.map((j) => [...countValues(docs, j.rows, j.values)]),
  );
  // the caller at once: it takes what the thread has not, the answer is the same
  assert.deepEqual(
    thread
      .begin(docs, jobs)!
      .collect()
      .map((c) => [...c]),
    expected,
  );

  const unshared: FacetRows = { multi: true, offsets: Uint32Array.from(OFFSETS), valueIds: Uint8Array.from(VALUE_IDS) };
  assert.equal(thread.begin(docs, [{ rows: unshared, values: 3 }]), undefined);
  assert.equal(thread.begin(Uint32Array.of(0, 1), jobs), undefined, 'a list outside shared memory');
});

test('a facet the thread took and does not answer in time is counted by the caller, and the thread replaced', async (t) => {
  const failures: string[] = [];
  const thread = new FacetThread(1, (reason) => failures.push(reason));
  t.after(() => thread.close());
  const docs = arrayOf(Uint32Array, [0, 3]);
  const rows: FacetRows = { multi: true, offsets: arrayOf(Uint32Array, OFFSETS), valueIds: arrayOf(Uint8Array, VALUE_IDS) };
  const jobs = [
    { rows, values: 3 },
    { rows, values: 3 },
  ];
  assert.equal(await thread.whenReady(), true);
  const stuck = (thread as unknown as { kept: { worker: { postMessage(job: FacetJob): void } } }).kept.worker;
  stuck.postMessage = (job) => void claimFacet(job); // takes the first facet, never answers
  const started = performance.now();
  assert.deepEqual(
    thread
      .begin(docs, jobs)!
      .collect()
      .map((c) => [...c]),
    [
      [2, 1, 2],
      [2, 1, 2],
    ],
  );
  assert.ok(performance.now() - started >= 900, 'waited for the first facet until the timeout');
  assert.equal(thread.countedByThread, 0);
  assert.deepEqual(failures, ['no answer within 1000 ms']);
  assert.equal(thread.begin(docs, jobs), undefined, 'given up: a new thread is starting');
  assert.equal(await thread.whenReady(), true);
  const watch = watchJobs(thread);
  const pending = thread.begin(docs, jobs)!;
  await watch.taken();
  assert.deepEqual([...pending.collect()[1]!], [2, 1, 2]);
  assert.equal(thread.countedByThread, 2, 'the new thread took the job');
});

/** An engine over the contract corpus whose every facet count of one document or more goes to `thread`. */
const engineWith = (thread: FacetThread | undefined) => contractEngine(join(root, `e${dirs++}`), thread && (() => ({ facets: thread })));

const PROBES: Partial<SearchQuery>[] = [
  { q: 'jordan' },
  { q: 'solar power renew' },
  { nations: ['Egypt'] },
  {}, // every document: counted as the live documents outside the result
  { languages: ['en'] }, // all but one: counted from the one outside
  { q: 'jordan', facets: ['persons', 'years'], facetLimit: 2 },
  { from: '2016-01-01T00:00:00Z', to: '2019-12-31T23:59:59Z', sort: 'oldest' },
];

test('searches count the same facets with the thread as without it, and after the thread died', async (t) => {
  const thread = new FacetThread(1);
  const threaded = await engineWith(thread);
  const plain = await engineWith(undefined);
  t.after(async () => {
    await threaded.close();
    await plain.close();
  });
  const expected = await Promise.all(PROBES.map((p) => plain.search(searchQuery(p))));
  assert.ok(expected[0]!.facets.nations.length > 0 && expected[3]!.facets.persons.length > 0, 'the probes have facets to count');
  await threaded.search(searchQuery({})); // starts the thread (this search counts on its own)
  assert.equal(await thread.whenReady(), true);
  for (const [i, p] of PROBES.entries()) assert.deepEqual(await threaded.search(searchQuery(p)), expected[i], JSON.stringify(p));

  // the thread killed: the next searches count on their own while another thread starts
  await (thread as unknown as { kept: { worker: { terminate(): Promise<number> } } }).kept.worker.terminate();
  for (const [i, p] of PROBES.entries()) assert.deepEqual(await threaded.search(searchQuery(p)), expected[i], JSON.stringify(p));
  assert.equal(await thread.whenReady(), true);
  assert.deepEqual(await threaded.search(searchQuery(PROBES[0])), expected[0]);
});

test('a job given whole is counted by the thread while the caller goes on; one the thread does not answer, or holds when it stops, is counted by the caller', async (t) => {
  const failures: string[] = [];
  const thread = new FacetThread(1, (reason) => failures.push(reason), 1);
  t.after(() => thread.close());
  const docs = Uint32Array.of(0, 3); // any list: the job gets a copy in shared memory
  const rows: FacetRows = { multi: true, offsets: arrayOf(Uint32Array, OFFSETS), valueIds: arrayOf(Uint8Array, VALUE_IDS) };
  const jobs = [
    { rows, values: 3 },
    { rows, values: 3 },
  ];
  const expected = [
    [2, 1, 2],
    [2, 1, 2],
  ];
  const arrays = (counts: Int32Array[]) => counts.map((c) => [...c]);
  assert.equal(thread.countLater(docs, jobs), undefined, 'not started yet: the caller counts');
  assert.equal(await thread.whenReady(), true);
  const unshared: FacetRows = { multi: true, offsets: Uint32Array.from(OFFSETS), valueIds: Uint8Array.from(VALUE_IDS) };
  assert.equal(thread.countLater(docs, [{ rows: unshared, values: 3 }]), undefined, 'rows outside shared memory');
  assert.deepEqual(arrays(await thread.countLater(docs, jobs)!), expected);
  assert.equal(thread.countedByThread, 2);

  // a stuck thread: four jobs at most wait on it, each counted by its caller at the deadline
  const worker = () => (thread as unknown as { kept: { worker: { postMessage(job: FacetJob): void } } }).kept.worker;
  worker().postMessage = (job) => void claimFacet(job); // takes the first facet, never answers
  const started = performance.now();
  const held = [1, 2, 3, 4].map(() => thread.countLater(docs, jobs)!);
  assert.equal(thread.countLater(docs, jobs), undefined, 'four jobs wait already');
  for (const counts of await Promise.all(held)) assert.deepEqual(arrays(counts), expected);
  assert.ok(performance.now() - started >= 900, 'waited until the deadline');
  assert.deepEqual(failures, ['no answer within 1000 ms'], 'one failure for the stuck thread');
  assert.equal(thread.countedByThread, 2);

  // a thread that stops while it holds a job: its caller counts it at once, not at the deadline
  assert.equal(await thread.whenReady(), true);
  worker().postMessage = (job) => void claimFacet(job);
  const stopped = performance.now();
  const pending = thread.countLater(docs, jobs)!;
  await thread.close();
  assert.deepEqual(arrays(await pending), expected);
  assert.ok(performance.now() - stopped < 800, 'counted when the thread stopped');
});

test('searches under way together count the same facets, whole on the thread, while writes and other searches go on', async (t) => {
  const thread = new FacetThread(1, undefined, 1);
  const threaded = await engineWith(thread);
  const plain = await engineWith(undefined);
  t.after(async () => {
    await threaded.close();
    await plain.close();
  });
  let whole = 0; // jobs the thread took whole
  const countLater = thread.countLater.bind(thread);
  thread.countLater = (docs, facets) => {
    const counts = countLater(docs, facets);
    if (counts) whole++;
    return counts;
  };
  const expected = await Promise.all(PROBES.map((p) => plain.search(searchQuery(p))));
  await threaded.search(searchQuery({})); // starts the thread (this search counts on its own)
  assert.equal(await thread.whenReady(), true);
  for (let round = 0; round < 3; round++) {
    const answers = await Promise.all(PROBES.map((p) => threaded.search(searchQuery(p))));
    for (const [i, p] of PROBES.entries()) assert.deepEqual(answers[i], expected[i], JSON.stringify(p));
  }
  assert.ok(whole >= 3, `searches under way together went to the thread whole (${whole} jobs)`);

  // the jobs held back while documents are added (one with a new nation) and removed again,
  // enough to compact the index, and while another search reuses the result list: the counts
  // are those of the index the searches ranked
  const worker = (thread as unknown as { kept: { worker: { postMessage(job: FacetJob): void } } }).kept.worker;
  const post = worker.postMessage.bind(worker);
  const heldBack: FacetJob[] = [];
  worker.postMessage = (job) => void heldBack.push(job);
  const wholeBefore = whole;
  const answers = Promise.all(PROBES.map((p) => threaded.search(searchQuery(p))));
  const copies = Array.from({ length: 1_100 }, (_, i) => ({
    ...byKey('d02'),
    id: `copy-${i}`,
    url: `https://example.com/copy-${i}`,
    entities: { ...byKey('d02').entities, nations: i === 0 ? ['Iceland'] : byKey('d02').entities.nations },
  }));
  await threaded.upsert(copies);
  await threaded.remove(copies.map((d) => d.id));
  const another = threaded.search(searchQuery({ q: 'amman' })); // ranked now: the list is reused
  // (four jobs at most wait whole on a thread: the other searches shared theirs, counted here)
  assert.ok(whole > wholeBefore && heldBack.length >= whole - wholeBefore, 'jobs went whole and were held back');
  worker.postMessage = post;
  for (const job of heldBack) post(job);
  for (const [i, p] of PROBES.entries()) assert.deepEqual((await answers)[i], expected[i], JSON.stringify(p));
  await another;
});
