/**
 * @module An in-memory SearchEngine for pipeline tests, with a switch that makes every call fail
 * the way an unreachable engine does (EngineError 'engine_unavailable').
 * Search is deliberately simple (every query word must appear in title/subtitle/body,
 * case-insensitively): the real semantics are the engines' contract suite's business.
 */
import type { Document } from '../../src/document.js';
import { EngineError } from '../../src/errors.js';
import type {
  EngineHealth,
  EngineSettings,
  FacetCount,
  FacetName,
  Interval,
  ScanCursor,
  ScanPage,
  SearchEngine,
  SearchQuery,
  SearchResult,
} from '../../src/search/engine.js';
import { emptyFacets } from '../../src/search/engine.js';

export class MemoryEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  readonly docs = new Map<string, Document>();
  /** when true every call rejects with engine_unavailable */
  failing = false;
  /** how many upsert calls reached the engine (failed ones excluded) */
  upsertCalls = 0;
  /** every id ever upserted, in order, repeats included: detects duplicate work */
  readonly upsertLog: string[] = [];

  /** settings of every successful init, in order */
  readonly inits: EngineSettings[] = [];

  async init(settings: EngineSettings): Promise<void> {
    this.check();
    this.inits.push(settings);
  }

  async upsert(docs: readonly Document[]): Promise<void> {
    this.check();
    this.upsertCalls++;
    for (const doc of docs) {
      this.docs.set(doc.id, doc);
      this.upsertLog.push(doc.id);
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.check();
    for (const id of ids) this.docs.delete(id);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.check();
    const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = [...this.docs.values()].filter((d) => {
      const text = `${d.title} ${d.subtitle ?? ''} ${d.body}`.toLowerCase();
      return words.every((w) => text.includes(w));
    });
    matches.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
    const start = (query.page - 1) * query.perPage;
    return {
      total: matches.length,
      hits: matches.slice(start, start + query.perPage).map((d) => ({
        id: d.id,
        url: d.url,
        title: d.title,
        subtitle: d.subtitle,
        publishedAt: d.publishedAt,
        section: d.section,
        authors: d.authors,
        nations: d.entities.nations,
        persons: d.entities.persons,
        snippet: d.body.slice(0, 100),
      })),
      facets: emptyFacets(),
    };
  }

  /** Every document counted by publication year, whatever the query and interval (pipeline tests do not read it). */
  async timeline(_query: SearchQuery, _interval: Interval): Promise<FacetCount[]> {
    this.check();
    const years = new Map<string, number>();
    for (const d of this.docs.values()) years.set(d.publishedAt.slice(0, 4), (years.get(d.publishedAt.slice(0, 4)) ?? 0) + 1);
    return [...years].sort().map(([value, count]) => ({ value, count }));
  }

  /** Every id in one batch, newest first (the query is ignored, as in `search`'s filters). */
  async scan(_query: SearchQuery, _after: ScanCursor | null, _limit: number): Promise<ScanPage> {
    this.check();
    const docs = [...this.docs.values()].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.id.localeCompare(b.id));
    return { ids: docs.map((d) => d.id), next: null };
  }

  async facetValues(_facet: FacetName, _q: string, _limit: number): Promise<FacetCount[]> {
    this.check();
    return [];
  }

  async count(): Promise<number> {
    this.check();
    return this.docs.size;
  }

  async health(): Promise<EngineHealth> {
    return this.failing ? { ok: false, engine: this.name, detail: 'switched off' } : { ok: true, engine: this.name };
  }

  async clear(): Promise<void> {
    this.check();
    this.docs.clear();
  }

  async close(): Promise<void> {}

  private check(): void {
    if (this.failing) throw new EngineError('engine_unavailable', 'memory engine switched off for the test');
  }
}
