/**
 * @module A search's facet counts: each facet's values over the result set. For a large result
 * they are a job the facet thread and the calling thread share: the thread starts on it at once,
 * and the calling thread, once it has ranked the page and built its hits, counts whatever the
 * thread has not taken yet (facet-thread.ts).
 */
import { emptyFacets, type FacetName, type Facets } from '../engine.js';
import type { Bitset } from './bitset.js';
import type { CountedSet } from './facet-index.js';
import type { FacetThread } from './facet-thread.js';
import { SET_SLOT, type MemoryIndex } from './memory-index.js';

/** A search's facet counts under way. */
export interface FacetCounts {
  /** whether the facet thread shares the counting (the second core is busy with this search) */
  shared: boolean;
  /** Finish the counts and return them (once). */
  collect(): Facets;
}

/**
 * Start counting the `wanted` facets (top `limit` values each) over `universe` (`total`
 * documents); `collect` finishes and returns them. In between, the caller may do anything but
 * change the index or start another search.
 */
export function startFacetCounts(
  index: MemoryIndex,
  thread: FacetThread | undefined,
  universe: Bitset,
  total: number,
  limit: number,
  wanted: readonly FacetName[],
): FacetCounts {
  const out = emptyFacets();
  if (limit === 0 || wanted.length === 0) return { shared: false, collect: () => out };
  const set = countedSet(index, universe, total);
  const docs = 'members' in set ? set.members : set.outside;
  // years are summed from the months' counts: one walk less
  const counted = [...new Set(wanted.map((name) => (name === 'years' ? 'months' : name)))];
  // the costliest first: the thread takes them while the calling thread ranks
  counted.sort((a, b) => index.facets[b].rowCount() - index.facets[a].rowCount());
  const pending =
    thread && docs.length >= thread.minDocs
      ? thread.begin(
          docs,
          counted.map((name) => index.facets[name].toCount()),
        )
      : undefined;
  const finish = (counts: Int32Array[]) => {
    const byName = new Map(counted.map((name, i) => [name, index.facets[name].fromCounted(set, counts[i]!)]));
    for (const name of wanted) {
      const facet = index.facets[name];
      out[name] = facet.top(name === 'years' ? yearCounts(index, byName.get('months')!) : byName.get(name)!, limit);
    }
    return out;
  };
  if (pending) return { shared: true, collect: () => finish(pending.collect()) };
  return { shared: false, collect: () => finish(counted.map((name) => index.facets[name].rawCounts(docs))) };
}

/** The result set (`total` members) as facet counting wants it: its members, or the live documents outside it when that is smaller. */
export function countedSet(index: MemoryIndex, universe: Bitset, total: number): CountedSet {
  const docs = index.scratchDocs();
  return total * 2 <= index.live
    ? { members: universe.toArray(docs, total) }
    : { outside: index.liveSet(SET_SLOT.outside).andNot(universe).toArray(docs) };
}

/** Year counts summed from month counts (a year facet value is its months' prefix): one pass less. */
export function yearCounts(index: MemoryIndex, months: Int32Array): Int32Array {
  const yearOfMonth = index.yearOfMonth();
  const out = new Int32Array(index.facets.years.values.length);
  for (let m = 0; m < months.length; m++) out[yearOfMonth[m]!]! += months[m]!;
  return out;
}
