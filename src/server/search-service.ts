/**
 * @module Running a search for the API and the page alike: timing (tookMs and the engine latency
 * metric), the JSON answer of docs/interfaces.md, and the "remove a filter" suggestions of the
 * empty state.
 */
import type { FacetCount, Interval, ScanCursor, ScanPage, SearchEngine, SearchHit, SearchQuery, SearchResult } from '../search/engine.js';
import { FilterResolver } from './filter-resolution.js';
import type { EntityLookup, Unmatched } from './filter-resolution.js';
import type { AppMetrics } from './metrics.js';
import { ResultCache, type CacheOptions } from './result-cache.js';
import { sanitizeHighlighted } from './views/html.js';
import type { Suggestion } from './views/results.js';
import { searchHref, stateFromQuery, withChanges, withoutFilter, type FilterKey } from './views/urls.js';

// The empty state offers at most this many "remove a filter" links (one engine call each).
const MAX_SUGGESTIONS = 6;

export interface TimedResult {
  result: SearchResult;
  /** engine time in ms, one decimal */
  tookMs: number;
}

/** A search as asked, answered: the query with its filters resolved to labels, and the values that matched nothing. */
export interface Answered {
  query: SearchQuery;
  timed: TimedResult;
  /** each filter value that matched no nation, person or section, with the closest labels */
  didYouMean: Unmatched[];
}

export class SearchService {
  private readonly cache: ResultCache<SearchResult> | null;
  readonly filters: FilterResolver;

  constructor(
    private readonly engine: SearchEngine,
    /** the engine latency metric; none for a search outside the server (the CLI) */
    private readonly metrics: AppMetrics | undefined,
    cache: CacheOptions | false = false,
    entities?: EntityLookup,
  ) {
    this.cache = cache === false ? null : new ResultCache(cache);
    this.filters = new FilterResolver(engine, entities);
  }

  /** Resolve the filters (forgiving spelling, case, script and aliases), search, suggest for values that matched nothing. */
  async answer(asked: SearchQuery): Promise<Answered> {
    const { query, unmatched } = await this.filters.resolve(asked);
    const timed = await this.search(query);
    const didYouMean = unmatched.length > 0 ? await this.filters.suggest(unmatched) : [];
    return { query, timed, didYouMean };
  }

  async search(query: SearchQuery): Promise<TimedResult> {
    const start = performance.now();
    const run = () => this.timed('search', () => this.engine.search(query));
    const result = await (this.cache ? this.cache.get(JSON.stringify(query), run) : run());
    return { result, tookMs: Math.round((performance.now() - start) * 10) / 10 };
  }

  /** Matches per period (uncached: the profile and trends pages ask for few, varied series). */
  timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
    return this.timed('timeline', () => this.engine.timeline(query, interval));
  }

  /** One batch of the ids of every match, in date order (the export's source). */
  scan(query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage> {
    return this.timed('scan', () => this.engine.scan(query, after, limit));
  }

  /** An engine call, timed in the engine latency metric under `operation` when there are metrics. */
  private timed<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return this.metrics ? this.metrics.timeEngine(operation, call) : call();
  }

  /** Forget cached results (after a write through this server). */
  invalidate(): void {
    this.cache?.clear();
  }

  /** For an empty result: each active filter removed in turn, with the count that gives. */
  async suggestions(query: SearchQuery): Promise<Suggestion[]> {
    const state = stateFromQuery(query);
    const candidates: { label: string; href: string; query: SearchQuery }[] = [];
    const keys: [FilterKey, 'nations' | 'persons' | 'sections', string][] = [
      ['nation', 'nations', 'nation'],
      ['person', 'persons', 'person'],
      ['section', 'sections', 'section'],
    ];
    for (const [key, field, label] of keys) {
      for (const value of query[field]) {
        candidates.push({
          label: `Remove ${label} “${value}”`,
          href: withoutFilter(state, key, value),
          query: { ...query, [field]: query[field].filter((v) => v !== value) },
        });
      }
    }
    if (query.from !== undefined || query.to !== undefined) {
      const { from: _from, to: _to, ...rest } = query;
      candidates.push({ label: 'Search all dates', href: withChanges(state, { from: '', to: '' }), query: rest });
    }
    if (query.q !== '' && candidates.length > 0) {
      candidates.push({
        label: `Remove the words “${query.q}”`,
        href: searchHref({ ...state, q: '', sort: '', page: 1 }),
        query: { ...query, q: '' },
      });
    }
    const picked = candidates.slice(0, MAX_SUGGESTIONS);
    const totals = await Promise.all(
      picked.map((c) => this.timed('search', () => this.engine.search({ ...c.query, page: 1, perPage: 1, facetLimit: 0 }))),
    );
    return picked.map((c, i) => ({ label: c.label, href: c.href, total: totals[i]!.total })).filter((s) => s.total > 0);
  }
}

// Serialised hits + facets per engine result, as UTF-8 bytes: a cached result is turned into JSON
// and encoded once, so a cache hit costs a small head string, not a stringify + encode of it all.
const serialisedTails = new WeakMap<SearchResult, Buffer>();

/**
 * The JSON answer of GET /api/search (docs/interfaces.md), as the bytes to send: a per-request head
 * and the shared cached tail, to be written one after the other (concatenating would copy the
 * whole tail on every request).
 */
export function searchResponseBody(
  query: SearchQuery,
  { result, tookMs }: TimedResult,
  didYouMean: readonly Unmatched[] = [],
): { head: Buffer; tail: Buffer } {
  let tail = serialisedTails.get(result);
  if (tail === undefined) {
    tail = Buffer.from(JSON.stringify({ hits: result.hits.map(hitJson), facets: result.facets }).slice(1), 'utf8'); // '"hits":…}'
    serialisedTails.set(result, tail);
  }
  const head = JSON.stringify({
    query: {
      q: query.q,
      nations: query.nations,
      persons: query.persons,
      match: query.match,
      sections: query.sections,
      languages: query.languages ?? [],
      sources: query.sources ?? [],
      authors: query.authors ?? [],
      from: query.from ?? null,
      to: query.to ?? null,
      sort: query.sort,
      page: query.page,
      perPage: query.perPage,
    },
    total: result.total,
    page: query.page,
    perPage: query.perPage,
    totalPages: Math.ceil(result.total / query.perPage),
    tookMs,
    ...(didYouMean.length > 0 ? { suggestions: didYouMean } : {}),
  });
  return { head: Buffer.from(`${head.slice(0, -1)},`, 'utf8'), tail };
}

/** A hit as the JSON API gives it (highlights sanitised to <mark> only). */
export function hitJson(h: SearchHit) {
  return {
    id: h.id,
    url: h.url,
    title: h.title,
    subtitle: h.subtitle,
    publishedAt: h.publishedAt,
    section: h.section,
    authors: h.authors,
    nations: h.nations,
    persons: h.persons,
    snippet: sanitizeHighlighted(h.snippet),
    ...(h.titleHighlighted !== undefined ? { titleHighlighted: sanitizeHighlighted(h.titleHighlighted) } : {}),
  };
}
