/**
 * @module A search's facet counts: each facet's values over the result set. For a large result
 * they are a job the facet thread and the calling thread share: the thread starts on it at once,
 * and the calling thread, once it has ranked the page and built its hits, counts whatever the
 * thread has not taken yet (facet-thread.ts). While other searches are under way (a server under
 * load), the thread counts a result's facets alone instead, and the calling thread serves the
 * others meanwhile: it was the busier of the two, and waiting on a shared count held it.
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
  /** Finish the counts and return them (once); not called when `later` is given. */
  collect(): Facets;
  /** the counts, when the facet thread counts them alone while the caller goes on */
  later?: Promise<Facets>;
}

/**
 * Start counting the `wanted` facets (top `limit` values each) over `universe` (`total`
 * documents); `collect` finishes and returns them. In between, the caller may do anything but
 * change the index or start another search. With `later` (other searches are under way), the
 * counts of a large enough result may come as `FacetCounts.later` instead: then the caller may
 * go on with anything, writes and other searches included.
 */
export function startFacetCounts(
  index: MemoryIndex,
  thread: FacetThread | undefined,
  universe: Bitset,
  total: number,
  limit: number,
  wanted: readonly FacetName[],
  later = false,
): FacetCounts {
  const out = emptyFacets();
  if (limit === 0 || wanted.length === 0) return { shared: false, collect: () => out };
  const set = countedSet(index, universe, total);
  const docs = 'members' in set ? set.members : set.outside;
  // years are summed from the months' counts: one walk less
  const counted = [...new Set(wanted.map((name) => (name === 'years' ? 'months' : name)))];
  // the costliest first: the thread takes them while the calling thread ranks
  counted.sort((a, b) => index.facets[b].rowCount() - index.facets[a].rowCount());
  // the facets as they are now: a compaction before the counts are in replaces the index's own,
  // leaving these whole
  const facets = counted.map((name) => index.facets[name]);
  const years = { facet: index.facets.years, ofMonth: index.yearOfMonth() };
  const finish = (counts: Int32Array[]) => {
    const byName = new Map(counted.map((name, i) => [name, facets[i]!.fromCounted(set, counts[i]!)]));
    for (const name of wanted) {
      if (name !== 'years') out[name] = facets[counted.indexOf(name)]!.top(byName.get(name)!, limit);
      else out.years = years.facet.top(yearSums(years.ofMonth, byName.get('months')!, years.facet.values.length), limit);
    }
    return out;
  };
  // a result counted from its members only: the outside of a large one is counted against the
  // live counts, which writes meanwhile would change
  const alone =
    later && thread && 'members' in set && docs.length >= thread.laterMinDocs
      ? thread.countLater(
          docs,
          facets.map((f) => f.toCount()),
        )
      : undefined;
  if (alone) return { shared: false, collect: countedLater, later: alone.then(finish) };
  const pending =
    thread && docs.length >= thread.minDocs
      ? thread.begin(
          docs,
          facets.map((f) => f.toCount()),
        )
      : undefined;
  if (pending) return { shared: true, collect: () => finish(pending.collect()) };
  return { shared: false, collect: () => finish(facets.map((f) => f.rawCounts(docs))) };
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
  return yearSums(index.yearOfMonth(), months, index.facets.years.values.length);
}

function yearSums(yearOfMonth: Uint32Array, months: Int32Array, years: number): Int32Array {
  const out = new Int32Array(years);
  for (let m = 0; m < months.length; m++) out[yearOfMonth[m]!]! += months[m]!;
  return out;
}

function countedLater(): never {
  throw new Error('these facets are counted on the facet thread: see FacetCounts.later');
}
