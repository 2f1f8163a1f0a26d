/**
 * @module The batch lookup: each line read as a nation, a person or query text, and answered
 * with its number of articles, its first and last mention and what is mentioned most with it.
 * A line is an entity when the filters would take it for one (FilterResolver: the entity
 * registry, the persons learned from the archive, then the index's own values, any case or
 * script): a nation first, since nation names are a closed list, then a person; otherwise it is
 * searched as words. Shared by POST /api/batch, the /batch page and `archivist batch`.
 */
import { searchQuery, type FacetCount, type SearchHit, type SearchQuery } from '../../search/engine.js';
import type { SearchService } from '../search-service.js';
import type { BatchLine } from './input.js';

/** Co-mentioned nations and persons listed per line. */
export const CO_MENTIONS = 5;
/**
 * Lines looked up at once. The embedded engine answers on this thread, so more buys nothing
 * there; Meilisearch answers over HTTP, where a few requests in flight hide the round trips.
 */
export const BATCH_CONCURRENCY = 8;

export type ReadKind = 'nation' | 'person' | 'text';

/** One mention: the article, for its date and a link. */
export interface Mention {
  id: string;
  title: string;
  publishedAt: string;
}

export interface BatchAnswer {
  lineNumber: number;
  line: string;
  /** how the line was read: the entity's label, or the words searched */
  read: { kind: ReadKind; label: string };
  total: number;
  /** the oldest and the newest matching article; null when none matches */
  first: Mention | null;
  last: Mention | null;
  /** most mentioned with it (the entity itself left out), count desc then value */
  coMentions: { nations: FacetCount[]; persons: FacetCount[] };
}

type Counted = Omit<BatchAnswer, 'lineNumber' | 'line' | 'read'>;

export class BatchLookup {
  constructor(private readonly service: SearchService) {}

  /** Every line answered, in input order; a line repeated (or two spellings of one entity) is looked up once. */
  async run(lines: readonly BatchLine[]): Promise<BatchAnswer[]> {
    const counted = new Map<string, Promise<Counted>>();
    return mapBounded(lines, BATCH_CONCURRENCY, async ({ lineNumber, line }) => {
      const read = await this.read(line);
      const key = `${read.kind}\u0000${read.label}`;
      let answer = counted.get(key);
      if (answer === undefined) {
        answer = this.count(read.kind, read.label);
        counted.set(key, answer);
      }
      return { lineNumber, line, read, ...(await answer) };
    });
  }

  /** Nation, person or words: through the same resolution as `nation=` and `person=`. */
  async read(line: string): Promise<{ kind: ReadKind; label: string }> {
    const { query, unmatched } = await this.service.filters.resolve(searchQuery({ nations: [line], persons: [line] }));
    const missed = new Set(unmatched.map((u) => u.parameter));
    if (!missed.has('nation')) return { kind: 'nation', label: query.nations[0]! };
    if (!missed.has('person')) return { kind: 'person', label: query.persons[0]! };
    return { kind: 'text', label: line };
  }

  /**
   * Two engine calls at most, each for one hit: the oldest match with the total and the top
   * co-mentions, then (when there is more than one match) the newest match without facets.
   */
  private async count(kind: ReadKind, label: string): Promise<Counted> {
    const base = searchQuery({
      q: kind === 'text' ? label : '',
      nations: kind === 'nation' ? [label] : [],
      persons: kind === 'person' ? [label] : [],
      perPage: 1,
    });
    // one more than listed: the entity itself is among its own facet values
    const oldest = (await this.service.search({ ...base, sort: 'oldest', facetLimit: CO_MENTIONS + 1 })).result;
    const first = mention(oldest.hits[0]);
    const last = oldest.total > 1 ? mention((await this.service.search(newestOnly(base))).result.hits[0]) : first;
    // facet values come sorted (count desc, then value): the first five others are the top five
    const others = (values: FacetCount[], own: boolean) => values.filter((v) => !own || v.value !== label).slice(0, CO_MENTIONS);
    return {
      total: oldest.total,
      first,
      last,
      coMentions: { nations: others(oldest.facets.nations, kind === 'nation'), persons: others(oldest.facets.persons, kind === 'person') },
    };
  }
}

function newestOnly(base: SearchQuery): SearchQuery {
  return { ...base, sort: 'newest', facetLimit: 0 };
}

function mention(hit: SearchHit | undefined): Mention | null {
  return hit ? { id: hit.id, title: hit.title, publishedAt: hit.publishedAt } : null;
}

/** `fn` over `items` with at most `limit` calls pending at once; results in input order. */
export async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
