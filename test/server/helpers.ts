/**
 * Test helpers for the HTTP app: a handful of original sample Documents, a small in-memory fake
 * engine (for failure modes the real one cannot be made to show on demand), and deps builders.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../src/document.js';
import { EngineError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import type { AppDeps, SubmitInput, SubmitResult } from '../../src/server/deps.js';
import { escapeHtml } from '../../src/extract/index.js';
import type {
  EngineHealth,
  FacetCount,
  FacetName,
  Facets,
  Interval,
  ScanCursor,
  ScanPage,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
} from '../../src/search/engine.js';
import { periodOf } from '../../src/search/periods.js';

export const API_KEY = 'test-key-7f3a9c';

export function docId(url: string): string {
  return createHash('sha256').update(url).digest('hex').slice(0, 16);
}

export function makeDoc(p: {
  slug: string;
  title: string;
  paragraphs: string[];
  publishedAt: string;
  section?: string | null;
  nations?: string[];
  persons?: string[];
  subtitle?: string | null;
  authors?: string[];
  lang?: string;
  url?: string;
}): Document {
  const url = p.url ?? `https://www.example-news.test/news/${p.slug}`;
  const body = p.paragraphs.join('\n\n');
  return {
    id: docId(url),
    url,
    source: 'example-news.test',
    lang: p.lang ?? 'en',
    title: p.title,
    subtitle: p.subtitle ?? null,
    authors: p.authors ?? [],
    publishedAt: p.publishedAt,
    dateSource: 'markup',
    updatedAt: null,
    section: p.section === undefined ? 'News' : p.section,
    tags: [],
    paragraphs: p.paragraphs,
    body,
    entities: { nations: p.nations ?? [], persons: p.persons ?? [] },
    wordCount: body.split(/\s+/).filter(Boolean).length,
    contentHash: createHash('sha256').update(body).digest('hex'),
    extractor: 'generic',
  };
}

/** Six original articles: two years, three sections, overlapping nations and persons. */
export function sampleDocs(): Document[] {
  return [
    makeDoc({
      slug: 'coalition-strikes-raqqa',
      title: 'Coalition jets strike targets near Raqqa',
      subtitle: 'French and American aircraft took part',
      authors: ['Lina Haddad'],
      paragraphs: [
        'The coalition said French and American aircraft struck depots overnight.',
        'Jean-Yves Le Drian called the raids a success.',
      ],
      publishedAt: '2016-03-14T09:30:00Z',
      section: 'Middle East',
      nations: ['France', 'Syria', 'United States'],
      persons: ['Jean-Yves Le Drian'],
    }),
    makeDoc({
      slug: 'coalition-talks-paris',
      title: 'Coalition ministers meet in Paris',
      paragraphs: [
        'Defence ministers of the coalition met in Paris to plan the next phase.',
        'Ash Carter and Jean-Yves Le Drian spoke to reporters.',
      ],
      publishedAt: '2016-11-02T15:00:00Z',
      section: 'Politics',
      nations: ['France', 'United States'],
      persons: ['Ash Carter', 'Jean-Yves Le Drian'],
    }),
    makeDoc({
      slug: 'jordan-budget',
      title: 'Jordan approves its budget for next year',
      paragraphs: ['Parliament in Amman approved the budget after a long debate.'],
      publishedAt: '2017-01-10T08:00:00Z',
      section: 'Business',
      nations: ['Jordan'],
      persons: [],
    }),
    makeDoc({
      slug: 'egypt-iraq-trade',
      title: 'Egypt and Iraq sign an oil trade deal',
      paragraphs: ['Egypt will receive Iraqi crude under the agreement signed on Sunday.'],
      publishedAt: '2017-04-22T12:00:00Z',
      section: 'Business',
      nations: ['Egypt', 'Iraq'],
      persons: [],
    }),
    makeDoc({
      slug: 'iraq-mosul-offensive',
      title: 'Iraqi forces advance in Mosul with coalition support',
      paragraphs: ['Iraqi troops pushed into western Mosul with coalition air cover.', 'Haider al-Abadi visited the front.'],
      publishedAt: '2017-02-20T07:45:00Z',
      section: 'Middle East',
      nations: ['Iraq'],
      persons: ['Haider al-Abadi'],
    }),
    makeDoc({
      slug: 'arabic-egypt',
      title: 'مصر تفتتح مشروعا جديدا',
      lang: 'ar',
      paragraphs: ['افتتحت مصر مشروعا جديدا للطاقة الشمسية.'],
      publishedAt: '2017-05-05T10:00:00Z',
      section: null,
      nations: ['Egypt'],
      persons: [],
    }),
  ];
}

/**
 * A tiny in-memory engine: every word of q must appear (case-insensitive substring of a word),
 * filters as the port describes, exact facet counts, a naive escaped snippet with marks.
 * `failing` makes every call throw engine_unavailable.
 */
export class FakeEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  docs = new Map<string, Document>();
  failing = false;
  lastQuery: SearchQuery | null = null;

  constructor(docs: Document[] = []) {
    for (const d of docs) this.docs.set(d.id, d);
  }
  private check(): void {
    if (this.failing) throw new EngineError('engine_unavailable', 'fake engine is down (connect ECONNREFUSED 10.0.0.9:7700)');
  }
  async init(): Promise<void> {
    this.check();
  }
  async upsert(docs: readonly Document[]): Promise<void> {
    this.check();
    for (const d of docs) this.docs.set(d.id, d);
  }
  async remove(ids: readonly string[]): Promise<void> {
    this.check();
    for (const id of ids) this.docs.delete(id);
  }
  async count(): Promise<number> {
    this.check();
    return this.docs.size;
  }
  async clear(): Promise<void> {
    this.check();
    this.docs.clear();
  }
  async close(): Promise<void> {}
  async health(): Promise<EngineHealth> {
    return this.failing ? { ok: false, engine: 'embedded', detail: 'fake engine is down' } : { ok: true, engine: 'embedded' };
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.check();
    this.lastQuery = query;
    const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
    const matches = this.matching(query, words);
    const start = (query.page - 1) * query.perPage;
    return {
      total: matches.length,
      hits: matches.slice(start, start + query.perPage).map((d) => toHit(d, words)),
      facets: facetsOf(matches, query.facetLimit ?? 100),
    };
  }

  async timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
    this.check();
    const counts = new Map<string, number>();
    for (const d of this.matching(query, query.q.toLowerCase().split(/\s+/).filter(Boolean))) {
      const key = periodOf(Date.parse(d.publishedAt) / 1000, interval);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].sort().map(([value, count]) => ({ value, count }));
  }

  /** Every match in one batch (the fake has no cursor), newest first or oldest first. */
  async scan(query: SearchQuery, _after: ScanCursor | null, _limit: number): Promise<ScanPage> {
    this.check();
    return { ids: this.matching(query, query.q.toLowerCase().split(/\s+/).filter(Boolean)).map((d) => d.id), next: null };
  }

  private matching(query: SearchQuery, words: string[]): Document[] {
    const matches = [...this.docs.values()].filter((d) => {
      const text = `${d.title} ${d.subtitle ?? ''} ${d.body}`.toLowerCase();
      if (!words.every((w) => text.includes(w))) return false;
      if (!filterValues(query.nations, d.entities.nations, query.match)) return false;
      if (!filterValues(query.persons, d.entities.persons, query.match)) return false;
      if (query.sections.length > 0 && !query.sections.includes(d.section ?? '')) return false;
      if ((query.languages ?? []).length > 0 && !query.languages!.includes(d.lang)) return false;
      if ((query.sources ?? []).length > 0 && !query.sources!.includes(d.source)) return false;
      if ((query.authors ?? []).length > 0 && !d.authors.some((a) => query.authors!.includes(a))) return false;
      if (query.from !== undefined && d.publishedAt < query.from) return false;
      if (query.to !== undefined && d.publishedAt > query.to) return false;
      return true;
    });
    return matches.sort((a, b) =>
      query.sort === 'oldest' ? a.publishedAt.localeCompare(b.publishedAt) : b.publishedAt.localeCompare(a.publishedAt),
    );
  }

  async facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]> {
    this.check();
    const all = facetsOf([...this.docs.values()], Number.MAX_SAFE_INTEGER)[facet];
    return all.filter((f) => f.value.toLowerCase().includes(q.toLowerCase())).slice(0, limit);
  }
}

function filterValues(wanted: string[], have: string[], match: 'all' | 'any'): boolean {
  if (wanted.length === 0) return true;
  return match === 'all' ? wanted.every((w) => have.includes(w)) : wanted.some((w) => have.includes(w));
}

function toHit(d: Document, words: string[]): SearchHit {
  let snippet = escapeHtml(d.body.slice(0, 160));
  for (const w of words) snippet = snippet.replace(new RegExp(`(${w.replace(/[^\p{L}\p{N}]/gu, '')})`, 'giu'), '<mark>$1</mark>');
  return {
    id: d.id,
    url: d.url,
    title: d.title,
    subtitle: d.subtitle,
    publishedAt: d.publishedAt,
    section: d.section,
    authors: d.authors,
    nations: d.entities.nations,
    persons: d.entities.persons,
    snippet,
  };
}

function facetsOf(docs: Document[], limit: number): Facets {
  const count = (values: (string | null)[][]): FacetCount[] => {
    const m = new Map<string, number>();
    for (const vs of values) for (const v of new Set(vs)) if (v !== null) m.set(v, (m.get(v) ?? 0) + 1);
    return [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
      .slice(0, limit);
  };
  return {
    nations: count(docs.map((d) => d.entities.nations)),
    persons: count(docs.map((d) => d.entities.persons)),
    sections: count(docs.map((d) => [d.section])),
    years: count(docs.map((d) => [d.publishedAt.slice(0, 4)])),
    months: count(docs.map((d) => [d.publishedAt.slice(0, 7)])),
    languages: count(docs.map((d) => [d.lang])),
    sources: count(docs.map((d) => [d.source])),
    authors: count(docs.map((d) => d.authors)),
  };
}

/** AppDeps over a FakeEngine and an in-memory document map; writes recorded in `submitted`. */
export function fakeDeps(over: Partial<AppDeps> = {}) {
  const docs = sampleDocs();
  const engine = new FakeEngine(docs);
  const store = new Map(docs.map((d) => [d.id, d]));
  const submitted: SubmitInput[] = [];
  const deps: AppDeps = {
    engine,
    getDocument: (id) => store.get(id) ?? null,
    getDocuments: (ids) => ids.flatMap((id) => store.get(id) ?? []),
    submit: (input): SubmitResult => {
      submitted.push(input);
      const id = input.kind === 'document' ? input.document.id : docId(input.url);
      const outcome = store.has(id) ? 'unchanged' : 'new';
      if (input.kind === 'document') store.set(id, input.document);
      return { id, outcome };
    },
    stats: () => ({ documents: store.size, pendingIndex: 0 }),
    apiKey: API_KEY,
    log: silentLogger(),
    ...over,
  };
  return { deps, engine, store, submitted, docs };
}
