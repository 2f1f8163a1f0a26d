/**
 * @module Attention over time: up to five series, each a search, counted per period, beside the
 * number of all articles of the archive in that period, so that a topic's share can be read apart
 * from the archive's own growth. A series is written as one line: words, with filters as
 * `nation:Yemen`, `person:"Ash Carter"`, `section:`, `language:`, `source:`, `author:`.
 */
import { InputError } from '../../errors.js';
import { INTERVALS, type Interval, type SearchQuery } from '../../search/engine.js';
import { periodsBetween, periodStart, shiftPeriod } from '../../search/periods.js';
import { parseSearchParams } from '../params.js';
import type { SearchService } from '../search-service.js';

export const MAX_SERIES = 5;
// The most periods one chart draws: ten years of days (a finer grain is unreadable and slow).
export const MAX_PERIODS = 3_660;
const SPEC_FILTER = /\b(nation|person|section|language|source|author):(?:"([^"]*)"|(\S+))/giu;
const DAY = 86_400;

export interface TrendsRequest {
  specs: string[];
  from?: string;
  to?: string;
  interval?: Interval;
}

export interface Trends {
  interval: Interval;
  periods: string[];
  /** all articles of the archive per period (within no filter but the dates) */
  totals: number[];
  series: { spec: string; query: SearchQuery; total: number; counts: number[]; shares: number[] }[];
}

/** The query a series line means; InputError naming `series` (with its number) when it is not valid. */
export function parseSeries(spec: string, index: number): SearchQuery {
  const params: Record<string, string[] | string> = {};
  const q = spec
    .replace(SPEC_FILTER, (_m, key: string, quoted: string | undefined, bare: string | undefined) => {
      const name = key.toLowerCase();
      params[name] = [...((params[name] as string[] | undefined) ?? []), quoted ?? bare ?? ''];
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  if (q !== '') params.q = q;
  try {
    return parseSearchParams(params);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    throw new InputError('invalid_parameter', 'series', `series ${index + 1}: ${err.message}`);
  }
}

export function validateSpecs(specs: readonly string[]): void {
  if (specs.length === 0)
    throw new InputError('invalid_parameter', 'series', 'series: give at least one (words, or filters like nation:Yemen)');
  if (specs.length > MAX_SERIES) throw new InputError('invalid_parameter', 'series', `at most ${MAX_SERIES} series`);
}

/** Counts of every series and of the whole archive per period, between the dates asked or those the archive spans. */
export async function trends(service: SearchService, request: TrendsRequest): Promise<Trends> {
  validateSpecs(request.specs);
  const dates = dateBounds(request);
  const queries = await Promise.all(
    request.specs.map(async (spec, i) => (await service.filters.resolve({ ...parseSeries(spec, i), ...dates })).query),
  );
  // all articles per month first (the cheapest count: a facet on both engines) for the span, then per the chosen period
  const all = { ...parseSearchParams({}), ...dates };
  const months = await service.timeline(all, 'month');
  // no article to take a missing bound from: only a span given whole (from and to) has periods
  if (months.length === 0 && (dates.from === undefined || dates.to === undefined))
    return { interval: request.interval ?? 'month', periods: [], totals: [], series: seriesOf(request, queries, []) };
  const first = dates.from ? Date.parse(dates.from) / 1000 : periodStart(months[0]!.value, 'month');
  const last = dates.to ? Date.parse(dates.to) / 1000 : periodStart(shiftPeriod(months[months.length - 1]!.value, 'month', 1), 'month') - 1;
  const interval = request.interval ?? intervalFor(last - first);
  const periods = periodsBetween(first, last, interval);
  if (periods.length > MAX_PERIODS) {
    throw new InputError(
      'invalid_parameter',
      'interval',
      `interval: ${interval} gives ${periods.length} periods over these dates (at most ${MAX_PERIODS}); choose a longer one or fewer dates`,
    );
  }
  const index = new Map(periods.map((p, i) => [p, i]));
  const totals = countsRow(index, interval === 'month' ? months : await service.timeline(all, interval));
  const counts = await Promise.all(queries.map((q) => service.timeline(q, interval)));
  const series = seriesOf(
    request,
    queries,
    counts.map((list) => countsRow(index, list)),
    totals,
  );
  return { interval, periods, totals, series };
}

/** Counts per period key as a row over the chart's periods. */
function countsRow(index: Map<string, number>, counts: readonly { value: string; count: number }[]): number[] {
  const row = new Array<number>(index.size).fill(0);
  for (const { value, count } of counts) {
    const at = index.get(value);
    if (at !== undefined) row[at]! += count;
  }
  return row;
}

function seriesOf(request: TrendsRequest, queries: SearchQuery[], rows: number[][], totals: number[] = []): Trends['series'] {
  return request.specs.map((spec, i) => {
    const counts = rows[i] ?? [];
    return {
      spec,
      query: queries[i]!,
      total: counts.reduce((a, b) => a + b, 0),
      counts,
      shares: counts.map((c, p) => (totals[p]! > 0 ? Math.round((c / totals[p]!) * 10_000) / 10_000 : 0)),
    };
  });
}

/** A grain that gives a readable chart: days up to three months, weeks up to two years, months up to twenty, then years. */
export function intervalFor(spanSeconds: number): Interval {
  const days = spanSeconds / DAY;
  return days <= 92 ? 'day' : days <= 731 ? 'week' : days <= 7_305 ? 'month' : 'year';
}

function dateBounds(request: TrendsRequest): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (request.from !== undefined) out.from = request.from;
  if (request.to !== undefined) out.to = request.to;
  return out;
}

/** The series, dates and interval of a trends request (the API's and the page's parameters). */
export function parseTrendsParams(query: Record<string, unknown>): TrendsRequest {
  const raw = query.series;
  const specs = (raw === undefined ? [] : Array.isArray(raw) ? (raw as unknown[]) : [raw])
    .map(String)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const dates = parseSearchParams({ from: query.from, to: query.to });
  const interval = parseInterval(query.interval);
  const request: TrendsRequest = { specs };
  if (dates.from !== undefined) request.from = dates.from;
  if (dates.to !== undefined) request.to = dates.to;
  if (interval !== undefined) request.interval = interval;
  return request;
}

export function parseInterval(value: unknown): Interval | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (INTERVALS as readonly string[]).includes(value)) return value as Interval;
  throw new InputError('invalid_parameter', 'interval', `interval must be one of ${INTERVALS.join(', ')}`);
}
