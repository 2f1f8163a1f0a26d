/**
 * @module The embedded engine's answers beyond one page of hits: counts per period of a whole
 * result set (the timeline) and the result set's ids in date order, batch by batch (the scan).
 */
import type { FacetCount, Interval, ScanCursor, ScanPage, SearchQuery } from '../engine.js';
import { DAY_SECONDS, dayKey, inPeriodOrder, mondayOf } from '../periods.js';
import type { MemoryIndex } from './memory-index.js';
import { countedSet, yearCounts } from './search-facets.js';
import { matchSet, type SearchContext } from './searcher.js';

export function runTimeline(ctx: SearchContext, query: SearchQuery, interval: Interval): FacetCount[] {
  const { universe } = matchSet(ctx, query);
  const index = ctx.index;
  if (interval === 'month' || interval === 'year') {
    // months and years are facets already: their counts over the set are the series
    const months = index.facets.months.counts(countedSet(index, universe, universe.count()));
    const facet = interval === 'month' ? index.facets.months : index.facets.years;
    const counts = interval === 'month' ? months : yearCounts(index, months);
    return inPeriodOrder(facet.top(counts, counts.length));
  }
  // counted by day number, named once per period: no date formatting per document
  const perDay = new Map<number, number>();
  const ts = index.ts;
  for (const doc of universe.toArray(index.scratchDocs())) {
    const day = Math.floor(ts[doc]! / DAY_SECONDS);
    const start = interval === 'day' ? day : mondayOf(day);
    perDay.set(start, (perDay.get(start) ?? 0) + 1);
  }
  return inPeriodOrder([...perDay].map(([day, count]) => ({ value: dayKey(day), count })));
}

export function runScan(ctx: SearchContext, query: SearchQuery, after: ScanCursor | null, limit: number): ScanPage {
  const { universe } = matchSet(ctx, query);
  const index = ctx.index;
  const order = index.dateOrder(); // date ascending, ties by id descending
  const newestFirst = query.sort !== 'oldest';
  const seen = new Set(after?.seen ?? []);
  const ids: string[] = [];
  let next: ScanCursor | null = after === null ? null : { ts: after.ts, seen: [...after.seen] };
  const step = newestFirst ? -1 : 1;
  for (let i = startPosition(index, order, after, newestFirst); i >= 0 && i < order.length; i += step) {
    const doc = order[i]!;
    if (!universe.has(doc)) continue;
    const docTs = index.ts[doc]!;
    const id = index.ids[doc]!;
    if (after !== null && docTs === after.ts && seen.has(id)) continue;
    if (ids.length === limit) return { ids, next };
    ids.push(id);
    next = next !== null && next.ts === docTs ? { ts: docTs, seen: [...next.seen, id] } : { ts: docTs, seen: [id] };
  }
  return { ids, next: null };
}

/** Where a scan starts in the date order: at the cursor's date (its seen ids are skipped), or at an end. */
function startPosition(index: MemoryIndex, order: Uint32Array, after: ScanCursor | null, newestFirst: boolean): number {
  if (after === null) return newestFirst ? order.length - 1 : 0;
  return newestFirst ? index.firstAtOrAfter(order, after.ts, true) - 1 : index.firstAtOrAfter(order, after.ts, false);
}
