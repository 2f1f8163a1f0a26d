import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PostingList } from '../../src/search/embedded/postings.js';

test('postings give back every document and its fields, in order, across varint sizes', () => {
  const list = new PostingList(1);
  const entries: [number, number][] = [[0, 1], [1, 4], [2, 7], [130, 2], [17_000, 4], [17_001, 5], [3_000_000, 4], [300_000_000, 1]];
  for (const [doc, fields] of entries) list.push(doc, fields);
  list.trim();
  const seen: [number, number][] = [];
  list.forEach((doc, fields) => seen.push([doc, fields]));
  assert.deepEqual(seen, entries);
  assert.equal(list.count, entries.length);
  assert.equal(list.size, list.bytes.length);
});
