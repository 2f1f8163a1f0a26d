/**
 * @module Filters that forgive: a nation, person or section value matches whatever the user
 * typed for it, case-, accent- and script-insensitively and through aliases (`nation=usa`,
 * `nation=الأردن`, `person=mbs`, `section=news`), by the entity registry first and then the
 * engine's own facet values. A value that matches nothing stays as typed (it finds no article)
 * and gets the closest labels as suggestions; facet value search finds a value by any of its
 * names in either script.
 */
import type { Document } from '../document.js';
import { nameKey } from '../linking/name-forms.js';
import { compareFacetCounts } from '../search/engine.js';
import { inPeriodOrder } from '../search/periods.js';
import { typoDistance } from '../search/query/index.js';
import type { FacetCount, FacetName, SearchEngine, SearchQuery } from '../search/engine.js';

/** The part of the entity registry the server uses (src/linking's Linker is one). */
export interface EntityLookup {
  /** the entity a filter value means, or null */
  resolve(facet: 'nations' | 'persons', value: string): { label: string; labelAr: string | null } | null;
  /** the entity whose facet value is `label` */
  byLabel(facet: 'nations' | 'persons', label: string): { label: string; labelAr: string | null } | null;
  /** entities one of whose names (either script) contains `q` */
  search(facet: 'nations' | 'persons', q: string, limit: number): { label: string }[];
  /** every name of the entity labelled `label`, folded (nameKey), in either script */
  namesOf?(facet: 'nations' | 'persons', label: string): readonly string[];
  /** a function giving a document its nations and persons as entity labels (what the index holds), for many documents in a row */
  documentLinker?(): (doc: Document) => Document;
}

export type FilterParameter = 'nation' | 'person' | 'section';
const FILTERS: readonly [FilterParameter, 'nations' | 'persons' | 'sections'][] = [
  ['nation', 'nations'],
  ['person', 'persons'],
  ['section', 'sections'],
];

/** A filter value that matched nothing, with the closest labels there are. */
export interface Unmatched {
  parameter: FilterParameter;
  value: string;
  suggestions: string[];
}

// The engine's values a typo is compared with (most frequent first), and how many labels are suggested.
const SUGGESTION_POOL = 1_000;
const MAX_SUGGESTIONS = 3;
// Values the engine is asked for when looking a typed value up among its own (contains, any case).
const LOOKUP_POOL = 20;

export class FilterResolver {
  constructor(
    private readonly engine: SearchEngine,
    private readonly entities?: EntityLookup,
  ) {}

  /** The query with each filter value replaced by the label it means, and the values that meant nothing. */
  async resolve(query: SearchQuery): Promise<{ query: SearchQuery; unmatched: { parameter: FilterParameter; value: string }[] }> {
    const resolved = { ...query };
    const unmatched: { parameter: FilterParameter; value: string }[] = [];
    for (const [parameter, field] of FILTERS) {
      if (query[field].length === 0) continue;
      const labels = await Promise.all(query[field].map((v) => this.labelOf(field, v)));
      resolved[field] = [...new Set(labels.map((l, i) => l ?? query[field][i]!))];
      labels.forEach((l, i) => l === null && unmatched.push({ parameter, value: query[field][i]! }));
    }
    return { query: resolved, unmatched };
  }

  /** For each value that matched nothing: the closest labels of its facet (by spelling), most frequent first. */
  async suggest(unmatched: readonly { parameter: FilterParameter; value: string }[]): Promise<Unmatched[]> {
    return Promise.all(
      unmatched.map(async ({ parameter, value }) => {
        const facet = FILTERS.find(([p]) => p === parameter)![1];
        const pool = await this.engine.facetValues(facet, '', SUGGESTION_POOL);
        // an entity is near by any of its names: فرنساا is France, Erdogann is Recep Tayyip Erdogan
        const names = facet !== 'sections' && this.entities?.namesOf ? (label: string) => this.entities!.namesOf!(facet, label) : undefined;
        return { parameter, value, suggestions: closest(value, pool, names) };
      }),
    );
  }

  /** Facet values whose value, or one of the entity's names in either script, contains `q`. */
  async facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]> {
    const direct = await this.engine.facetValues(facet, q, limit);
    // periods read in time order: the most frequent ones (when a limit cut them), oldest first
    if (facet === 'years' || facet === 'months') return inPeriodOrder([...direct]);
    if (!this.entities || (facet !== 'nations' && facet !== 'persons') || q.trim() === '') return direct;
    const seen = new Set(direct.map((v) => v.value));
    const more = this.entities.search(facet, q, Infinity).filter((e) => !seen.has(e.label));
    const found = await this.countsOf(facet, more, limit);
    return [...direct, ...found].sort(compareFacetCounts).slice(0, limit);
  }

  /**
   * The archive's counts of the entities `matched` (those it holds), enough of them for the
   * `limit` most frequent: every match in the archive's most frequent values is counted, and
   * only past those (rarer still) are the rest looked up one by one. Taking the registry's first
   * `limit` matches instead missed the frequent ones: `ال` matches most Arabic nation names.
   */
  private async countsOf(facet: 'nations' | 'persons', matched: readonly { label: string }[], limit: number): Promise<FacetCount[]> {
    if (matched.length === 0) return [];
    const frequent = await this.engine.facetValues(facet, '', SUGGESTION_POOL);
    const byValue = new Map(frequent.map((v) => [v.value, v]));
    const found = matched.flatMap((e) => byValue.get(e.label) ?? []);
    if (frequent.length < SUGGESTION_POOL || found.length >= limit) return found;
    const rarer = matched.filter((e) => !byValue.has(e.label)).slice(0, limit - found.length);
    const counted = await Promise.all(rarer.map((e) => this.countOf(facet, e.label)));
    return [...found, ...counted.filter((c): c is FacetCount => c !== null)];
  }

  private async labelOf(field: 'nations' | 'persons' | 'sections', value: string): Promise<string | null> {
    if (field !== 'sections') {
      const entity = this.entities?.resolve(field, value);
      if (entity) return entity.label;
    }
    // a value the index holds, typed in another case or without its accents ("section=news")
    const key = nameKey(value);
    const values = await this.engine.facetValues(field, value, LOOKUP_POOL);
    return values.find((v) => v.value === value)?.value ?? values.find((v) => nameKey(v.value) === key)?.value ?? null;
  }

  private async countOf(facet: FacetName, label: string): Promise<FacetCount | null> {
    return (await this.engine.facetValues(facet, label, LOOKUP_POOL)).find((v) => v.value === label) ?? null;
  }
}

// A typed word is compared with each word of a name this long or longer, as well as with the
// whole name: "Erdogann" is one typo from the surname of "Recep Tayyip Erdogan". Shorter words
// (bin, al, Ali) would make every second name look near.
const MIN_WORD_CHARS = 4;

/**
 * The labels nearest to `value` in spelling: within a third of its length in edits (as typos
 * count them), or containing it, by the label itself or, with `namesOf`, by any other name the
 * label's entity has (its Arabic name, its aliases).
 */
export function closest(value: string, pool: readonly FacetCount[], namesOf?: (label: string) => readonly string[]): string[] {
  const key = nameKey(value);
  if (key === '') return [];
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored: { value: string; distance: number; count: number }[] = [];
  for (const candidate of pool) {
    const names = [nameKey(candidate.value), ...(namesOf?.(candidate.value) ?? [])];
    const distance = Math.min(...names.map((other) => nameDistance(key, other, limit)));
    if (distance <= limit) scored.push({ value: candidate.value, distance, count: candidate.count });
  }
  scored.sort((a, b) => a.distance - b.distance || b.count - a.count || a.value.localeCompare(b.value));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.value);
}

/** Edits from `key` to the name `other` (0 when it holds `key`), or to its nearest long word when that is nearer. */
function nameDistance(key: string, other: string, limit: number): number {
  if (other.includes(key)) return 0;
  let best = typoDistance(key, other, limit);
  if (!key.includes(' '))
    for (const word of other.split(' ')) if (word.length >= MIN_WORD_CHARS) best = Math.min(best, typoDistance(key, word, limit));
  return best;
}
