/**
 * @module The SearchEngine port. The server, the CLI and the pipeline depend on this file only;
 * `embedded/` (SQLite and in-memory postings) and `meilisearch/` (official client) implement
 * it and both pass the one contract suite in test/contract/. Semantics: docs/interfaces.md
 * "Search semantics".
 */
import type { Document } from '../document.js';

export type EngineName = 'embedded' | 'meilisearch';
export type SortOrder = 'relevance' | 'newest' | 'oldest';
export type MatchMode = 'all' | 'any';
export type FacetName = 'nations' | 'persons' | 'sections' | 'years' | 'months' | 'languages' | 'sources' | 'authors';
export const FACET_NAMES: readonly FacetName[] = ['nations', 'persons', 'sections', 'years', 'months', 'languages', 'sources', 'authors'];
/** The facets that count a document field of their own (not a period of its date). */
export type FieldFacet = Exclude<FacetName, 'years' | 'months'>;

/** The periods a timeline counts in: keys "YYYY-MM-DD" (day; week: its Monday), "YYYY-MM", "YYYY". */
export type Interval = 'day' | 'week' | 'month' | 'year';
export const INTERVALS: readonly Interval[] = ['day', 'week', 'month', 'year'];

/** A search as the engines understand it (already validated by the caller). */
export interface SearchQuery {
  /** free text: words, "quoted phrases", -excluded words; '' = no text condition */
  q: string;
  /** nation filter values; combined per `match` */
  nations: string[];
  /** person filter values; combined per `match` */
  persons: string[];
  /** how repeated nation/person values combine: all = every one must be mentioned */
  match: MatchMode;
  /** inclusive lower bound, ISO 8601 UTC ("2016-01-01T00:00:00Z") */
  from?: string;
  /** inclusive upper bound, ISO 8601 UTC ("2016-12-31T23:59:59Z") */
  to?: string;
  /** section filter: a document matches when its section is any of these */
  sections: string[];
  /** language filter ("en", "ar"): any of these; absent or empty = every language */
  languages?: string[];
  /** source (site) filter ("albawaba", a host name): any of these */
  sources?: string[];
  /** author filter: the document has any of these authors */
  authors?: string[];
  sort: SortOrder;
  /** 1-based */
  page: number;
  perPage: number;
  /** how many values to return per facet (most frequent first). Default 100; 0 asks for no facets
   *  at all (every list empty): a caller that needs only the total or the hits spares the counting */
  facetLimit?: number;
  /** which facets to count (default: all of FACET_NAMES); the others come back empty */
  facets?: readonly FacetName[];
}

export interface FacetCount {
  value: string;
  count: number;
}

/** The order of facet values: count desc, then value asc by code unit (the same in every locale and both engines). */
export function compareFacetCounts(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}

/** The facets of a search that asked for none (facetLimit 0). */
export function emptyFacets(): Facets {
  return { nations: [], persons: [], sections: [], years: [], months: [], languages: [], sources: [], authors: [] };
}

export type Facets = Record<FacetName, FacetCount[]>;

export interface SearchHit {
  id: string;
  url: string;
  title: string;
  subtitle: string | null;
  publishedAt: string;
  section: string | null;
  authors: string[];
  nations: string[];
  persons: string[];
  /** HTML-escaped text with <mark>…</mark> around matched words; the only markup allowed */
  snippet: string;
  /** title with <mark> around matched words, HTML-escaped otherwise */
  titleHighlighted?: string;
}

export interface SearchResult {
  /** documents matching text + filters (exact, not an estimate) */
  total: number;
  hits: SearchHit[];
  /** counts over the whole filtered result set, sorted by count desc then value asc */
  facets: Facets;
}

/**
 * Where a scan stopped: the date (epoch seconds) of the last id it gave, and every id it gave
 * with that date, so the next batch starts right after them even among articles of the same second.
 */
export interface ScanCursor {
  ts: number;
  seen: string[];
}

export interface ScanPage {
  ids: string[];
  next: ScanCursor | null;
}

/** Synonym groups: every term in a group matches the others ("daesh", "isis", "islamic state"). */
export type SynonymGroups = string[][];

export interface EngineSettings {
  synonyms: SynonymGroups;
}

export interface EngineHealth {
  ok: boolean;
  engine: EngineName;
  detail?: string;
  /** not ok because the engine is re-indexing every document (new settings); calls wait until it is done */
  reindexing?: boolean;
}

export interface SearchEngine {
  readonly name: EngineName;
  /** create the index if needed and apply settings; idempotent */
  init(settings: EngineSettings): Promise<void>;
  /**
   * add or replace by id; resolves only once the documents are searchable. A caller may hand
   * over the next batch before this one resolved (reindex does, with batches of distinct
   * documents): the embedded engine prepares it meanwhile and commits writes in call order.
   */
  upsert(docs: readonly Document[]): Promise<void>;
  /** remove by id; unknown ids are not an error */
  remove(ids: readonly string[]): Promise<void>;
  search(query: SearchQuery): Promise<SearchResult>;
  /** facet values starting with / containing `q` (case-insensitive), most frequent first */
  facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]>;
  /**
   * How many documents match `query` (text and filters; sort, page and facets are ignored) per
   * period of their publication date: periods with matches only, ascending by key (see Interval).
   */
  timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]>;
  /**
   * One batch of the ids of every document matching `query`, in date order (newest first, ties
   * by id ascending; 'oldest' sort: the exact reverse), starting after `after` (null: from the
   * start): the whole result set page by page, with no page or total-hits limit, for export.
   * Page, perPage and facets of the query are ignored. `next` is null after the last batch.
   */
  scan(query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage>;
  /** number of documents in the index */
  count(): Promise<number>;
  health(): Promise<EngineHealth>;
  /** delete every document (settings are kept) */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** A query with every optional part at its default: handy for callers and tests. */
export function searchQuery(partial: Partial<SearchQuery> = {}): SearchQuery {
  return {
    q: '',
    nations: [],
    persons: [],
    match: 'all',
    sections: [],
    sort: partial.q ? 'relevance' : 'newest',
    page: 1,
    perPage: 20,
    ...partial,
  };
}
