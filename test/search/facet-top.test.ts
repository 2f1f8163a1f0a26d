// The top values of a facet: only the values that can make the cut are compared, and the answer is
// exactly the naive one (every non-zero value sorted by count desc, then value asc, cut at limit).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareFacetCounts } from '../../src/search/engine.js';
import { countAtRank, FacetIndex } from '../../src/search/embedded/facet-index.js';
import { seeded } from '../helpers/random.js';

test('countAtRank: the count ranked `limit` among the non-zero counts, 1 when fewer are non-zero', () => {
  const counts = Int32Array.from([0, 5, 3, 3, 0, 9, 1]);
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((k) => countAtRank(counts, k)),
    [9, 5, 3, 3, 1, 1],
  );
  assert.equal(countAtRank(new Int32Array(4), 2), 1);
});

test('top values equal the naive sort of every value, ties at the cut broken by value', () => {
  const random = seeded(7);
  for (let round = 0; round < 200; round++) {
    const facet = new FacetIndex();
    const size = 1 + Math.floor(random() * 60);
    const names = Array.from({ length: size }, (_, i) => `v${String(Math.floor(random() * 1000)).padStart(3, '0')}-${i}`);
    names.forEach((name, doc) => facet.add(doc, [name]));
    const counts = Int32Array.from(names, () => (random() < 0.3 ? 0 : 1 + Math.floor(random() * 4)));
    const limit = 1 + Math.floor(random() * 20);
    const naive = names
      .map((value) => ({ value, count: counts[facet.idOf(value)!]! }))
      .filter((v) => v.count > 0)
      .sort(compareFacetCounts)
      .slice(0, limit);
    assert.deepEqual(facet.top(counts, limit), naive, `round ${round}`);
  }
});

test('facet value search folds case, accents and script, and finds values added after an earlier search', () => {
  const facet = new FacetIndex();
  facet.add(0, ['Syria', 'Jordan']);
  facet.add(1, ['Syria']);
  assert.deepEqual(facet.search('SYR', 10), [{ value: 'Syria', count: 2 }]);
  facet.add(2, ['Syrian Arab Republic', 'Côte d’Ivoire']);
  facet.add(3, ['سوريا']);
  assert.deepEqual(facet.search('syr', 10), [
    { value: 'Syria', count: 2 },
    { value: 'Syrian Arab Republic', count: 1 },
  ]);
  assert.deepEqual(facet.search('cote', 10), [{ value: 'Côte d’Ivoire', count: 1 }]);
  assert.deepEqual(facet.search('سور', 10), [{ value: 'سوريا', count: 1 }]);
  facet.forget(3); // removed documents' values are not offered
  assert.deepEqual(facet.search('سور', 10), []);
});
