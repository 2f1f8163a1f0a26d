import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CHUNK_BYTES, FIELD_BODY, FIELD_TITLE, MAX_BLOCK_BYTES, PostingStore } from '../../src/search/embedded/postings.js';

const entriesOf = (store: PostingStore, term: number): [number, number][] => {
  const seen: [number, number][] = [];
  store.forEach(term, (doc, fields) => seen.push([doc, fields]));
  return seen;
};

test('postings give back every document and its fields, in order, across varint sizes', () => {
  const store = new PostingStore();
  const entries: [number, number][] = [
    [0, 1],
    [1, 4],
    [2, 7],
    [130, 2],
    [17_000, 4],
    [17_001, 5],
    [3_000_000, 4],
    [300_000_000, 1],
    [2 ** 29 - 1, 6], // the largest document number: a five-byte entry
  ];
  for (const [doc, fields] of entries) store.push(3, doc, fields);
  assert.deepEqual(entriesOf(store, 3), entries);
  assert.equal(store.count(3), entries.length);
  assert.equal(store.count(0), 0);
  assert.deepEqual(entriesOf(store, 0), []);
  assert.deepEqual(entriesOf(store, 99_999), []); // never seen: no entry, no error
  assert.throws(() => store.push(4, 2 ** 29, 1), {
    name: 'RangeError',
    message: 'document number 536870912: an index holds at most 536870912 documents',
  });
});

test('interleaved terms keep their own entries across many blocks and chunks', () => {
  const store = new PostingStore();
  const terms = 10_000;
  const docs = 600; // term t lists every doc d with (d + t) % 3 === 0: chains of several blocks
  for (let d = 0; d < docs; d++)
    for (let t = 0; t < terms; t++) if ((d + t) % 3 === 0) store.push(t, d * 1000, t % 2 ? FIELD_TITLE : FIELD_BODY);
  assert.ok(store.allocatedBytes > CHUNK_BYTES, 'spans more than one chunk');
  for (const t of [0, 1, 2, 7_777, terms - 1]) {
    const expected: [number, number][] = [];
    for (let d = 0; d < docs; d++) if ((d + t) % 3 === 0) expected.push([d * 1000, t % 2 ? FIELD_TITLE : FIELD_BODY]);
    assert.deepEqual(entriesOf(store, t), expected, `term ${t}`);
  }
});

test('markBest marks the listed documents with the code of their best field', () => {
  const store = new PostingStore();
  for (let d = 0; d < 5_000; d += 2) store.push(7, d, d % 4 === 0 ? FIELD_TITLE | FIELD_BODY : FIELD_BODY);
  const words = new Uint32Array(Math.ceil(5_000 / 32));
  const code = new Uint8Array(5_000).fill(255);
  code[4] = 1; // a better code from another alternative stays
  store.markBest(7, words, code, 3, 2);
  assert.deepEqual([code[0], code[2], code[3], code[4], code[4_998]], [3, 7, 255, 1, 7]);
  assert.equal(
    words.reduce((n, w) => n + popcount(w), 0),
    2_500,
  );
});

test('markDocs marks exactly the listed documents; small chunks hold the same entries', () => {
  const store = new PostingStore(12); // 4 KiB chunks: many chunks, blocks never cross one
  for (let d = 0; d < 30_000; d += 3) for (const t of [1, 2]) store.push(t, d + t, FIELD_BODY);
  assert.ok(store.allocatedBytes >= 4 * 4096, `${store.allocatedBytes} bytes`);
  const words = new Uint32Array(Math.ceil(30_003 / 32));
  store.markDocs(2, words);
  const marked: number[] = [];
  for (let d = 0; d < 30_003; d++) if (words[d >>> 5]! & (1 << (d & 31))) marked.push(d);
  assert.deepEqual(
    marked,
    Array.from({ length: 10_000 }, (_, i) => i * 3 + 2),
  );
  assert.deepEqual(entriesOf(store.remapped(Int32Array.from({ length: 30_003 }, (_, i) => i)), 1).slice(0, 2), [
    [1, FIELD_BODY],
    [4, FIELD_BODY],
  ]);
});

test('remapped renumbers and drops documents', () => {
  const store = new PostingStore();
  for (const d of [0, 1, 2, 3]) store.push(0, d, FIELD_BODY);
  store.push(1, 2, FIELD_TITLE);
  const out = store.remapped(Int32Array.from([0, -1, 1, 2]));
  assert.deepEqual(entriesOf(out, 0), [
    [0, FIELD_BODY],
    [1, FIELD_BODY],
    [2, FIELD_BODY],
  ]);
  assert.deepEqual(entriesOf(out, 1), [[1, FIELD_TITLE]]);
  assert.equal(out.count(0), 3);
});

test('a frequent term wastes at most one block of space', () => {
  const store = new PostingStore();
  for (let d = 0; d < 100_000; d++) store.push(0, d, FIELD_BODY);
  // one byte per entry, plus block headers, plus the unused end of the last block
  assert.ok(store.usedBytes < 100_000 * 1.01 + MAX_BLOCK_BYTES, `${store.usedBytes} bytes`);
});

function popcount(v: number): number {
  let n = 0;
  for (; v !== 0; v &= v - 1) n++;
  return n;
}
