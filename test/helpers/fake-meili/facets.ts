/**
 * @module facetDistribution as Meilisearch computes it: values grouped by their normalised form
 * (milli src/lib.rs normalize_facet: trimmed, NFKD, lower-cased), each shown in the spelling of
 * the first document (in indexing order) that carries it (milli
 * src/search/facet/facet_distribution.rs reads the original string of the group's first
 * document), most frequent first (the adapter's sortFacetValuesBy "count"), at most
 * maxValuesPerFacet values per facet.
 */
import { normalizeFacet } from './filter.js';
import { SearchRefused } from './search-refused.js';

type Doc = Record<string, unknown>;

export function facetDistribution(docs: readonly Doc[], facets: readonly string[], maxValues: number) {
  const out: Record<string, Record<string, number>> = {};
  for (const facet of facets) {
    const groups = new Map<string, { shown: string; count: number }>();
    for (const doc of docs) {
      const raw = doc[facet];
      const values = (Array.isArray(raw) ? raw : raw === null || raw === undefined ? [] : [raw]) as unknown[];
      for (const key of new Set(values.map((v) => normalizeFacet(String(v))))) {
        const original = String(values.find((v) => normalizeFacet(String(v)) === key));
        const group = groups.get(key) ?? { shown: original, count: 0 };
        group.count += 1;
        groups.set(key, group);
      }
    }
    const sorted = [...groups.values()].sort((a, b) => b.count - a.count || (a.shown < b.shown ? -1 : 1)).slice(0, maxValues);
    out[facet] = Object.fromEntries(sorted.map((g) => [g.shown, g.count]));
  }
  return out;
}

/**
 * POST /indexes/:uid/facet-search: values of a filterable facet whose normalised form starts with
 * the normalised facetQuery, counted over every document (the adapter sends q ""), most frequent
 * first (docs: "Facet search", which matches a prefix of the value).
 */
export function facetValues(docs: readonly Doc[], settings: Record<string, unknown>, body: Record<string, unknown>) {
  const facet = String(body.facetName);
  if (!(settings.filterableAttributes as string[]).includes(facet)) {
    throw new SearchRefused('invalid_facet_search_facet_name', `Attribute \`${facet}\` is not filterable.`);
  }
  const needle = normalizeFacet(typeof body.facetQuery === 'string' ? body.facetQuery : '');
  const all = facetDistribution(docs, [facet], Number.MAX_SAFE_INTEGER)[facet]!;
  const facetHits = Object.entries(all)
    .filter(([value]) => normalizeFacet(value).startsWith(needle))
    .map(([value, count]) => ({ value, count }));
  return { facetHits, facetQuery: body.facetQuery ?? null, processingTimeMs: 0 };
}
