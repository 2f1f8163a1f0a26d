/**
 * @module Timeline and scan on Meilisearch, as search requests: a timeline is the facet
 * distribution of a period field (day, week, month, year: documents.ts), and a scan pages through
 * the result set by a date cursor (filter "older than the last date given, or that date and not yet
 * given") rather than by offset, so it is never stopped by `pagination.maxTotalHits` and each
 * batch costs the same however deep the export.
 */
import type { SearchParams, SearchResponse } from 'meilisearch';
import type { FacetCount, Interval, ScanCursor, ScanPage, SearchQuery } from '../engine.js';
import { inPeriodOrder } from '../periods.js';
import type { MeiliDocument } from './documents.js';
import { buildFilter, quoteValue } from './filter.js';
import { toMeiliQuery } from './query-text.js';
import { MATCHING_STRATEGY } from './search-request.js';

/** One search call on the index (the engine's, with its error mapping). */
export type RunSearch = (params: SearchParams) => Promise<SearchResponse<MeiliDocument>>;

const PERIOD_FIELD: Record<Interval, 'day' | 'week' | 'month' | 'year'> = { day: 'day', week: 'week', month: 'month', year: 'year' };

/**
 * Days and weeks can outnumber the values Meilisearch returns per facet (MAX_VALUES_PER_FACET)
 * over a long span, so they are counted one year at a time (a year has at most 366 days or 54
 * week keys) and summed: a week across New Year is counted in both years' requests.
 */
export async function meiliTimeline(run: RunSearch, query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
  const field = PERIOD_FIELD[interval];
  const base = baseParams(query);
  if (interval === 'month' || interval === 'year') return inPeriodOrder(distribution(await run({ ...base, facets: [field] }), field));
  const years = distribution(await run({ ...base, facets: ['year'] }), 'year');
  const perYear = await Promise.all(
    years.map(({ value }) => run({ ...base, facets: [field], filter: and(base.filter, `year = ${quoteValue(value)}`) })),
  );
  const sums = new Map<string, number>();
  for (const response of perYear)
    for (const { value, count } of distribution(response, field)) sums.set(value, (sums.get(value) ?? 0) + count);
  return inPeriodOrder([...sums].map(([value, count]) => ({ value, count })));
}

export async function meiliScan(run: RunSearch, query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage> {
  const newestFirst = query.sort !== 'oldest';
  const base = baseParams(query);
  const response = await run({
    ...base,
    filter: and(base.filter, after === null ? undefined : cursorFilter(after, newestFirst)),
    sort: newestFirst ? ['timestamp:desc', 'id:asc'] : ['timestamp:asc', 'id:desc'],
    offset: 0,
    limit: limit + 1, // one more than asked says whether another batch follows
    attributesToRetrieve: ['id', 'timestamp'],
  });
  const hits = response.hits.slice(0, limit);
  const ids = hits.map((h) => h.id);
  if (response.hits.length <= limit || hits.length === 0) return { ids, next: null };
  const lastTs = hits[hits.length - 1]!.timestamp;
  const sameDate = hits.filter((h) => h.timestamp === lastTs).map((h) => h.id);
  const seen = after !== null && after.ts === lastTs ? [...after.seen, ...sameDate] : sameDate;
  return { ids, next: { ts: lastTs, seen } };
}

/** The documents after the cursor: a later (earlier, oldest first) date, or its date and not yet given. */
function cursorFilter(after: ScanCursor, newestFirst: boolean): string {
  const beyond = `timestamp ${newestFirst ? '<' : '>'} ${after.ts}`;
  if (after.seen.length === 0) return beyond;
  return `(${beyond} OR (timestamp = ${after.ts} AND id NOT IN [${after.seen.map(quoteValue).join(', ')}]))`;
}

/** Text and filters of the query, no hits, no highlighting: what every request here starts from. */
function baseParams(query: SearchQuery): SearchParams & { filter?: string } {
  const params: SearchParams & { filter?: string } = {
    q: toMeiliQuery(query.q),
    matchingStrategy: MATCHING_STRATEGY,
    offset: 0,
    limit: 0,
  };
  const filter = buildFilter(query);
  if (filter !== undefined) params.filter = filter;
  return params;
}

function and(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  return b === undefined ? a : `${a} AND ${b}`;
}

function distribution(response: SearchResponse<MeiliDocument>, field: string): FacetCount[] {
  return Object.entries(response.facetDistribution?.[field] ?? {}).map(([value, count]) => ({ value, count }));
}
