/**
 * @module SearchQuery -> Meilisearch search parameters, and the response -> SearchResult.
 * Pure functions: the engine sends what `buildSearchParams` returns and maps what comes back.
 */
import type { FacetDistribution, Hit, MatchingStrategies, SearchParams, SearchResponse } from 'meilisearch';
import { compareFacetCounts, FACET_NAMES } from '../engine.js';
import type { FacetCount, FacetName, Facets, SearchHit, SearchQuery, SearchResult } from '../engine.js';
import { HIT_ATTRIBUTES, type MeiliDocument } from './documents.js';
import { SNIPPET_WORDS } from '../query/index.js';
import { buildFilter } from './filter.js';
import { toMeiliQuery } from './query-text.js';
import { HIGHLIGHT_POST, HIGHLIGHT_PRE, renderHighlight } from './snippet.js';
import { MAX_VALUES_PER_FACET } from './settings.js';

/** Our facet names -> the index fields they count. */
export const FACET_FIELD: Record<FacetName, string> = {
  nations: 'nations',
  persons: 'persons',
  sections: 'section',
  years: 'year',
  months: 'month',
  languages: 'lang',
  sources: 'source',
  authors: 'authors',
};
const FACET_ENTRIES = Object.entries(FACET_FIELD) as [FacetName, string][];

/** SearchQuery.facetLimit when the caller gives none (engine.ts documents 100). */
export const DEFAULT_FACET_LIMIT = 100;

/**
 * Meilisearch's default, stated: documents matching every query word first, then those missing
 * the last word, the last two, … (never the first). docs/interfaces.md's "more matched words first"
 * is this rule, and the embedded engine implements the same (test/contract).
 */
export const MATCHING_STRATEGY: MatchingStrategies = 'last';

const SORT: Record<SearchQuery['sort'], string[] | undefined> = {
  relevance: undefined, // ranking rules decide, ending with the newest-first tiebreak
  newest: ['timestamp:desc'],
  oldest: ['timestamp:asc'],
};

export type MeiliSearchParams = SearchParams & { hitsPerPage: number; page: number };

export function buildSearchParams(query: SearchQuery): MeiliSearchParams {
  const params: MeiliSearchParams = {
    q: toMeiliQuery(query.q),
    // page + hitsPerPage: Meilisearch counts every match (totalHits) instead of estimating
    page: query.page,
    hitsPerPage: query.perPage,
    // only what the caller will read: a total-only search (facetLimit 0) asks Meilisearch to count nothing
    facets: query.facetLimit === 0 ? [] : (query.facets ?? FACET_NAMES).map((name) => FACET_FIELD[name]),
    attributesToRetrieve: HIT_ATTRIBUTES,
    attributesToHighlight: ['title', 'body'],
    attributesToCrop: ['body'],
    cropLength: SNIPPET_WORDS, // the embedded engine's snippet window, in words
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
    matchingStrategy: MATCHING_STRATEGY,
  };
  const filter = buildFilter(query);
  if (filter !== undefined) params.filter = filter;
  const sort = SORT[query.sort];
  if (sort !== undefined) params.sort = sort;
  return params;
}

type Response = SearchResponse<MeiliDocument, MeiliSearchParams>;

export function mapSearchResponse(response: Response, query: SearchQuery): SearchResult {
  return {
    total: response.totalHits,
    hits: response.hits.map(toSearchHit),
    facets: mapFacets(response.facetDistribution, query.facetLimit ?? DEFAULT_FACET_LIMIT),
  };
}

/** Meilisearch's facet maps -> our lists: count desc, then value asc, cut at `limit`. */
export function mapFacets(distribution: FacetDistribution | undefined, limit: number): Facets {
  const facets = {} as Facets;
  for (const [name, field] of FACET_ENTRIES) {
    facets[name] = sortFacetCounts(Object.entries(distribution?.[field] ?? {}).map(([value, count]) => ({ value, count }))).slice(
      0,
      Math.min(limit, MAX_VALUES_PER_FACET),
    );
  }
  return facets;
}

/** Facet values in the port's order (a copy: the response's own arrays stay as they came). */
export function sortFacetCounts(counts: FacetCount[]): FacetCount[] {
  return [...counts].sort(compareFacetCounts);
}

function toSearchHit(hit: Hit<MeiliDocument>): SearchHit {
  const formatted = hit._formatted ?? {};
  return {
    id: hit.id,
    url: hit.url,
    title: hit.title,
    subtitle: hit.subtitle ?? null,
    publishedAt: hit.publishedAt,
    section: hit.section ?? null,
    authors: hit.authors ?? [],
    nations: hit.nations ?? [],
    persons: hit.persons ?? [],
    snippet: renderHighlight(typeof formatted.body === 'string' ? formatted.body : ''),
    titleHighlighted: renderHighlight(typeof formatted.title === 'string' ? formatted.title : hit.title),
  };
}
