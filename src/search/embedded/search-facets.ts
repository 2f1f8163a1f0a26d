/**
 * @module A search's facet counts: each facet's values over the result set, the multi-valued
 * facets (nations, persons, authors: most of the work) on the facet thread when the set is
 * large, the others on the calling thread while that one counts.
 */
import { emptyFacets, type FacetName, type Facets } from '../engine.js';
import type { Bitset } from './bitset.js';
import type { CountedSet } from './facet-index.js';
import type { FacetThread, PendingCounts } from './facet-thread.js';
import { SET_SLOT, type MemoryIndex } from './memory-index.js';

/**
 * Start counting the `wanted` facets (top `limit` values each) over `universe` (`total`
 * documents); the function returned finishes and returns them. In between, the caller may do
 * anything but change the index or start another search.
 */
export function startFacetCounts(
  index: MemoryIndex,
  thread: FacetThread | undefined,
  universe: Bitset,
  total: number,
  limit: number,
  wanted: readonly FacetName[],
): () => Facets {
  const out = emptyFacets();
  if (limit === 0 || wanted.length === 0) return () => out;
  const set = countedSet(index, universe, total);
  const docs = 'members' in set ? set.members : set.outside;
  const heavy = thread && docs.length >= thread.minDocs ? threadFacets(index, wanted) : [];
  const pending =
    heavy.length > 0
      ? thread!.begin(
          docs,
          heavy.map((name) => index.facets[name].toCount()),
        )
      : undefined;
  const onThread = pending ? heavy : [];
  const months = wanted.includes('years') || wanted.includes('months') ? index.facets.months.counts(set) : null;
  for (const name of wanted) {
    if (onThread.includes(name)) continue;
    if (name === 'years') out.years = index.facets.years.top(yearCounts(index, months!), limit);
    else out[name] = name === 'months' ? index.facets.months.top(months!, limit) : index.facets[name].count(set, limit);
  }
  return () => {
    if (pending) collectInto(out, pending, onThread, index, set, limit);
    return out;
  };
}

/**
 * The facets for the thread: the multi-valued ones, but for any with under a quarter of the
 * largest one's rows (authors: about one per document). Counting that one costs about what a
 * single-valued facet does, and counted on the calling thread it keeps that thread busy while
 * the other counts (with it, the calling thread was left waiting: docs/benchmarks.md).
 */
function threadFacets(index: MemoryIndex, wanted: readonly FacetName[]): FacetName[] {
  const multi = wanted.filter((name) => index.facets[name].rows().multi);
  const largest = Math.max(0, ...multi.map((name) => index.facets[name].rowCount()));
  return multi.filter((name) => index.facets[name].rowCount() * 4 >= largest);
}

/** The thread's counts into `out`, or (when it did not answer) counted here. */
function collectInto(
  out: Facets,
  pending: PendingCounts,
  names: readonly FacetName[],
  index: MemoryIndex,
  set: CountedSet,
  limit: number,
): void {
  const counted = pending.collect();
  names.forEach((name, i) => {
    const facet = index.facets[name];
    out[name] = facet.top(counted ? facet.fromCounted(set, counted[i]!) : facet.counts(set), limit);
  });
}

/** The result set as facet counting wants it: its members, or the live documents outside it when that is smaller. */
export function countedSet(index: MemoryIndex, universe: Bitset, total: number): CountedSet {
  const docs = index.scratchDocs();
  return total * 2 <= index.live
    ? { members: universe.toArray(docs) }
    : { outside: index.liveSet(SET_SLOT.outside).andNot(universe).toArray(docs) };
}

/** Year counts summed from month counts (a year facet value is its months' prefix): one pass less. */
export function yearCounts(index: MemoryIndex, months: Int32Array): Int32Array {
  const yearOfMonth = index.yearOfMonth();
  const out = new Int32Array(index.facets.years.values.length);
  for (let m = 0; m < months.length; m++) out[yearOfMonth[m]!]! += months[m]!;
  return out;
}
