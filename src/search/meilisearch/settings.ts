/**
 * @module The Meilisearch index settings that give the "Search semantics" of docs/interfaces.md,
 * built from the same synonym groups as the embedded engine, and the comparison that lets
 * `init` skip the settings task when nothing changed (a settings update re-indexes everything).
 */
import type { Settings, Synonyms } from 'meilisearch';
import type { SynonymGroups } from '../engine.js';

/** Field weights follow this order: title > subtitle > body (the "attribute" ranking rule). */
export const SEARCHABLE_ATTRIBUTES = ['title', 'subtitle', 'body'];

/** Everything the filter builder and the facet counts use; nothing else, to keep indexing lean. */
export const FILTERABLE_ATTRIBUTES = [
  'nations',
  'persons',
  'section',
  'lang',
  'source',
  'authors',
  'timestamp',
  'year',
  'month',
  'week',
  'day',
  // the scan's cursor: "the ids already given at this date" (research.ts)
  'id',
];

/** `id` breaks date ties in the scan, so an export's order is total and stable. */
export const SORTABLE_ATTRIBUTES = ['timestamp', 'id'];

/**
 * Meilisearch's default relevance rules, in the order docs/interfaces.md names them, with one change
 * and one addition:
 * - `sort` comes first, so `sort=newest|oldest` orders matches strictly by date (what a reader
 *   who picks "newest" expects); a relevance search sends no `sort` and the rule is then a no-op,
 *   leaving words > typo > proximity > attribute > exactness untouched.
 * - `timestamp:desc` last: among equally relevant articles the newest comes first ("ties newest
 *   first"), and a search without words lists the newest articles first.
 */
export const RANKING_RULES = ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'timestamp:desc'];

/** Meilisearch's own defaults, stated so a changed default in a new release cannot move them. */
export const TYPO_TOLERANCE = {
  enabled: true,
  minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, // 1 typo from 5 letters, 2 from 9: docs/interfaces.md
};

/**
 * How many values per facet Meilisearch counts and returns. Well above the API's default of 100
 * (SearchQuery.facetLimit) so that a cut at facetLimit falls inside the list Meilisearch sorted by
 * count; values past this are dropped, which only matters for facets with thousands of values.
 */
export const MAX_VALUES_PER_FACET = 1000;

/**
 * Meilisearch stops counting at maxTotalHits: `totalHits` is min(matches, maxTotalHits). The
 * API promises an exact total, so the cap sits above any archive we expect (100k in the bench).
 * Deep pages are bounded by the API instead (perPage <= 100).
 */
export const MAX_TOTAL_HITS = 1_000_000;

/**
 * Meilisearch's tokenizer (charabia) splits the Arabic article from its word (الاردن -> ال + اردن),
 * and with matchingStrategy "last" only the first token of a query is required: an Arabic query
 * then matched every article with any ال-word. As a stop word the article is ignored in queries
 * and documents alike, so الاردن requires اردن, as the embedded engine requires its one word.
 * Remaining difference: a query for ال alone matches nothing on Meilisearch.
 */
export const STOP_WORDS = ['ال'];

/**
 * How long Meilisearch may spend ranking one search before it answers with what it has ranked so
 * far. Its default (1,500 ms) degrades the ranking of a slow broad query without saying so; this
 * gives slow queries the time the HTTP client waits for them (MEILI_DEFAULTS.requestTimeoutMs),
 * less a margin for the answer to travel, so a result is either fully ranked or an error.
 */
export const SEARCH_CUTOFF_MS = 9_000;

/** The settings object `init` applies (and compares against the index's current settings). */
export function buildSettings(groups: SynonymGroups): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: SORTABLE_ATTRIBUTES,
    rankingRules: RANKING_RULES,
    synonyms: synonymsMap(groups),
    stopWords: STOP_WORDS,
    typoTolerance: TYPO_TOLERANCE,
    // count order: when a facet has more values than maxValuesPerFacet, keep the most frequent
    faceting: { maxValuesPerFacet: MAX_VALUES_PER_FACET, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: MAX_TOTAL_HITS },
    searchCutoffMs: SEARCH_CUTOFF_MS,
  };
}

/**
 * Synonym groups ("every term matches the others") as Meilisearch's one-way map: each term maps
 * to every other term of its group(s). Terms are lower-cased with spaces collapsed, as
 * Meilisearch normalises them; a term in two groups maps to the union. Keys and values sorted.
 */
export function synonymsMap(groups: SynonymGroups): Record<string, string[]> {
  const map = new Map<string, Set<string>>();
  for (const group of groups) {
    const terms = [...new Set(group.map(normaliseTerm).filter((t) => t !== ''))];
    for (const term of terms) {
      const others = map.get(term) ?? new Set<string>();
      for (const other of terms) if (other !== term) others.add(other);
      map.set(term, others);
    }
  }
  const out: Record<string, string[]> = {};
  for (const key of [...map.keys()].sort()) {
    const values = [...map.get(key)!].sort();
    if (values.length > 0) out[key] = values;
  }
  return out;
}

/**
 * Whether the index already has every wanted setting. Attribute sets that Meilisearch returns
 * in its own order (filterable, sortable) are compared as sets; ordered lists (searchable,
 * ranking rules) in order; objects by the keys we set (the server adds its own defaults).
 */
export function settingsMatch(current: Settings, wanted: Settings): boolean {
  return (Object.keys(wanted) as (keyof Settings)[]).every((key) => {
    const want = wanted[key];
    const have = current[key];
    if (key === 'filterableAttributes' || key === 'sortableAttributes' || key === 'stopWords') {
      return sameSet(have as unknown[] | null | undefined, want as unknown[]);
    }
    if (key === 'synonyms') return sameSynonyms(have as Synonyms | undefined, want as Synonyms);
    return containsDeep(have, want);
  });
}

// ---------------------------------------------------------------------------------------------

function normaliseTerm(term: string): string {
  return term.trim().toLowerCase().replace(/\s+/g, ' ');
}

function sameSet(have: unknown[] | null | undefined, want: unknown[]): boolean {
  if (!Array.isArray(have) || have.length !== want.length) return false;
  const a = have.map((v) => JSON.stringify(v)).sort();
  const b = want.map((v) => JSON.stringify(v)).sort();
  return a.every((v, i) => v === b[i]);
}

function sameSynonyms(have: Synonyms | undefined, want: Synonyms): boolean {
  const canon = (s: Synonyms | undefined) =>
    JSON.stringify(
      Object.entries(s ?? {})
        .map(([k, v]) => [k, [...v].sort()])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  return canon(have) === canon(want);
}

/** `have` equals `want` for arrays and scalars; for objects, has every key of `want` equal. */
function containsDeep(have: unknown, want: unknown): boolean {
  if (Array.isArray(want)) {
    return Array.isArray(have) && have.length === want.length && want.every((w, i) => containsDeep(have[i], w));
  }
  if (want !== null && typeof want === 'object') {
    if (have === null || typeof have !== 'object') return false;
    return Object.entries(want).every(([k, w]) => containsDeep((have as Record<string, unknown>)[k], w));
  }
  return have === want;
}
