// A page by date is the same whether found by walking the date order within the query's dates or
// by sorting a sparse result: checked against a plain sort of the result by date and id.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryIndex } from '../../src/search/embedded/memory-index.js';
import { rankByDate } from '../../src/search/embedded/ranker.js';
import { SET_SLOT } from '../../src/search/embedded/memory-index.js';
import { seededBelow } from '../helpers/random.js';

const DOCS = 3_000;
const random = seededBelow(7);
const index = new MemoryIndex();
for (let i = 0; i < DOCS; i++) {
  // few distinct dates, so that ties (broken by id) are common
  const ts = 1_500_000_000 + random(400) * 86_400;
  const publishedAt = new Date(ts * 1000).toISOString();
  const facts = {
    id: `doc${random(1_000_000)}-${i}`,
    seq: i + 1,
    ts,
    publishedAt,
    section: null,
    nations: [],
    persons: [],
    lang: 'en',
    source: 'test',
    authors: [],
  };
  index.add(facts, Uint32Array.of(0, 0, 0));
}
// some documents removed: their numbers stay in the date order, outside every result
for (let i = 0; i < DOCS; i += 97) index.remove(index.ids[i]!);

/** The plain rule: newest first, ties by id ascending (oldest first: the exact reverse). */
function reference(members: Set<number>, newest: boolean, offset: number, limit: number): number[] {
  const byDate = [...members].sort((a, b) => index.ts[b]! - index.ts[a]! || (index.ids[a]! < index.ids[b]! ? -1 : 1));
  if (!newest) byDate.reverse();
  return byDate.slice(offset, offset + limit);
}

test('rankByDate: dense and sparse results, with and without dates, newest and oldest, any page', () => {
  let sparse = 0;
  for (let k = 0; k < 300; k++) {
    const universe = index.liveSet(SET_SLOT.universe);
    // keep a share of the documents: from one in two to one in 2,000 (a sparse result)
    const keepOneIn = [2, 10, 100, 2_000][k % 4]!;
    for (let doc = 0; doc < DOCS; doc++) if (random(keepOneIn) !== 0) universe.delete(doc);
    let range = { lo: 0, hi: DOCS };
    if (k % 3 !== 0) {
      const from = 1_500_000_000 + random(200) * 86_400;
      range = index.restrictToDates(universe, from, from + random(200) * 86_400, SET_SLOT.dates);
    }
    const members = new Set(universe.toArray());
    if (members.size * 32 < range.hi - range.lo) sparse++;
    const newest = k % 2 === 0;
    const [offset, limit] = [random(3) * 5, 1 + random(20)];
    assert.deepEqual(
      rankByDate(index, universe, members.size, range, newest, offset, limit),
      reference(members, newest, offset, limit),
      `case ${k}`,
    );
  }
  assert.ok(sparse >= 50, `sparse cases: ${sparse}`); // both paths were taken
});
