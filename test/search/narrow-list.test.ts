// The per-document facet columns: values kept in the narrowest typed array, widened as needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NarrowList } from '../../src/search/embedded/narrow-list.js';

/** Bytes per value of the list's array. */
const width = (list: NarrowList) => list.data.BYTES_PER_ELEMENT;

test('a list widens from bytes to 16 and 32 bits as larger values arrive, keeping every value', () => {
  const list = new NarrowList(2);
  list.push(7);
  list.push(255);
  assert.equal(width(list), 1);
  list.push(256);
  assert.equal(width(list), 2);
  list.push(65_535);
  list.push(65_536);
  assert.equal(width(list), 4);
  list.push(4_000_000_000);
  assert.equal(list.length, 6);
  assert.deepEqual([...list.toUint32()], [7, 255, 256, 65_535, 65_536, 4_000_000_000]);
});

test('from() copies into the narrowest array that holds the values; reserve keeps them', () => {
  assert.equal(width(NarrowList.from(Uint32Array.of(0, 200))), 1);
  assert.equal(width(NarrowList.from(Uint32Array.of(0, 300))), 2);
  const wide = NarrowList.from(Uint32Array.of(1, 70_000));
  assert.equal(width(wide), 4);
  wide.reserve(100);
  assert.equal(wide.data.length, 100);
  wide.push(3);
  assert.deepEqual([...wide.toUint32()], [1, 70_000, 3]);
  assert.equal(NarrowList.from(new Uint32Array(0)).length, 0);
});
