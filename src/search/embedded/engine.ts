/**
 * @module The embedded SearchEngine: SQLite (FTS5 for phrases) on disk, postings, facets and
 * dates in memory, built from the file at the first read (a writer never needs them). Zero
 * setup: the default engine.
 */
import { ensureFolder } from '../../store/folders.js';
import { join } from 'node:path';
import type { Document } from '../../document.js';
import { EngineError } from '../../errors.js';
import type { Logger } from '../../log.js';
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
} from '../engine.js';
import { tokenize } from '../query/index.js';
import { MemoryIndex, type DocFacts } from './memory-index.js';
import { runScan, runTimeline } from './research.js';
import { runSearch, type SearchContext } from './searcher.js';
import { deleteStore, EngineStore, SCHEMA_VERSION, storedLayout, toU32, toU32Scratch, type DocRow } from './store.js';
import { SynonymTable } from './synonyms.js';
import { Vocabulary } from './vocabulary.js';

/** The engine's file inside its directory. */
export const INDEX_FILE = 'engine.db';

export interface EmbeddedOptions {
  /** directory of the engine's own files, e.g. `<dataDir>/index` */
  dir: string;
  log?: Logger;
}

/** Open (creating if needed) the embedded engine in `opts.dir`. */
export async function openEmbeddedEngine(opts: EmbeddedOptions): Promise<SearchEngine> {
  ensureFolder(opts.dir);
  const engine = new EmbeddedEngine(new EngineStore(join(opts.dir, INDEX_FILE)), opts.log);
  return engine;
}

/**
 * Whether `dir` holds an index file of another layout than this version's (which the engine
 * refuses to open, naming reindex).
 */
export function hasOutdatedIndex(dir: string): boolean {
  const layout = storedLayout(join(dir, INDEX_FILE));
  return layout !== undefined && layout !== SCHEMA_VERSION;
}

/** Delete the index file in `dir` (the engine must be closed): the next open starts empty. */
export function deleteEmbeddedIndex(dir: string): void {
  deleteStore(join(dir, INDEX_FILE));
}

/** The facet fields of a document, as kept in its docs row. */
interface StoredFacets {
  publishedAt: string;
  section: string | null;
  nations: string[];
  persons: string[];
  lang: string;
  source: string;
  authors: string[];
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private index = new MemoryIndex();
  private vocab = new Vocabulary();
  private synonyms = new SynonymTable([]);
  /** How far the in-memory side has read the file (see `catchUp`). */
  private sync = { terms: 0, seq: 0, removal: 0, dataVersion: -1, epoch: '' };
  /**
   * Whether the documents' postings and facets are in memory. They are built at the first read
   * (search, facets, health), not at open: a CLI run that only writes (ingest, index, reindex)
   * never needs them, and on a large index they cost seconds of CPU to build (docs/benchmarks.md).
   */
  private docsLoaded = false;

  constructor(
    private readonly store: EngineStore,
    private readonly log?: Logger,
  ) {
    this.reload();
  }

  async init(settings: EngineSettings): Promise<void> {
    this.store.setMeta('synonyms', JSON.stringify(settings.synonyms));
    this.synonyms = new SynonymTable(settings.synonyms);
  }

  async upsert(docs: readonly Document[]): Promise<void> {
    if (docs.length === 0) return;
    let rows: DocRow[] = [];
    let seqs: number[];
    try {
      seqs = this.store.exclusive(() => {
        this.catchUp(); // term numbers must continue the file's, whoever wrote last
        rows = docs.map((d) => this.toRow(d));
        const newTerms = this.vocab.terms.slice(this.sync.terms).map((term, i) => ({ id: this.sync.terms + i, term }));
        const written = this.store.write(rows, newTerms);
        this.sync.removal = this.store.lastRemoval();
        return written;
      });
    } catch (err) {
      this.vocab.truncate(this.sync.terms); // numbers handed out in the failed batch were not kept
      throw new EngineError('index_failed', `embedded index write failed: ${(err as Error).message}`, {}, { cause: err });
    }
    this.sync.terms = this.vocab.size;
    if (!this.docsLoaded) return; // the first read loads these rows with the rest
    docs.forEach((d, i) => this.index.add(facts(d, seqs[i]!), toU32(rows[i]!.tokens)));
    for (const seq of seqs) if (seq > this.sync.seq) this.sync.seq = seq;
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.store.exclusive(() => {
      this.catchUp();
      this.store.remove(ids);
      this.sync.removal = this.store.lastRemoval();
    });
    for (const id of ids) this.index.remove(id);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    this.readable();
    return runSearch(this.context(), query);
  }

  private context(): SearchContext {
    return { store: this.store, index: this.index, vocab: this.vocab, synonyms: this.synonyms };
  }

  async timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
    this.readable();
    return runTimeline(this.context(), query, interval);
  }

  async scan(query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage> {
    this.readable();
    return runScan(this.context(), query, after, limit);
  }

  async facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]> {
    this.readable();
    return this.index.facets[facet].search(q, limit);
  }

  /** Live documents: from the file while the in-memory side is not built (a writer's `stats`). */
  async count(): Promise<number> {
    this.catchUp();
    return this.docsLoaded ? this.index.live : this.store.docCount();
  }

  async health(): Promise<EngineHealth> {
    try {
      this.readable();
      return { ok: true, engine: 'embedded', detail: `${this.index.live} documents` };
    } catch (err) {
      return { ok: false, engine: 'embedded', detail: (err as Error).message };
    }
  }

  /** In-memory footprint: live documents and document slots held (live + removed not yet compacted). */
  memoryStats(): { live: number; slots: number } {
    this.readable();
    return { live: this.index.live, slots: this.index.n };
  }

  async clear(): Promise<void> {
    this.store.clear();
    this.reload();
  }

  async close(): Promise<void> {
    if (this.store.db.open) this.store.close();
  }

  /** Rebuild the in-memory side from the file (the documents only if they were loaded). */
  private reload(): void {
    this.index = new MemoryIndex();
    this.vocab = new Vocabulary();
    this.sync = {
      terms: 0,
      seq: 0,
      removal: this.store.lastRemoval(),
      dataVersion: this.store.dataVersion(),
      epoch: this.store.getMeta('epoch') ?? '',
    };
    this.synonyms = new SynonymTable(JSON.parse(this.store.getMeta('synonyms') ?? '[]') as string[][]);
    this.loadTerms();
    if (this.docsLoaded) {
      this.docsLoaded = false;
      this.ensureDocs();
    }
  }

  /** Up to date with the file, documents in memory: what every read needs. */
  private readable(): void {
    this.catchUp();
    this.ensureDocs();
  }

  private ensureDocs(): void {
    if (this.docsLoaded) return;
    const started = Date.now();
    // read before the rows: a removal that races the read is then replayed by catchUp
    this.sync.removal = this.store.lastRemoval();
    this.index.reserve(this.store.docCount());
    this.loadDocs();
    this.docsLoaded = true;
    this.log?.info({ documents: this.index.live, terms: this.vocab.size, ms: Date.now() - started }, 'embedded index loaded');
  }

  /**
   * Catch up with writes made by other processes (the server sees what `ingest` indexed):
   * a cleared file is reloaded, otherwise new terms, removals and new rows are replayed.
   * Costs one PRAGMA when nothing changed.
   */
  private catchUp(): void {
    const version = this.store.dataVersion();
    if (version === this.sync.dataVersion) return;
    if ((this.store.getMeta('epoch') ?? '') !== this.sync.epoch) return this.reload();
    this.sync.dataVersion = version;
    this.synonyms = new SynonymTable(JSON.parse(this.store.getMeta('synonyms') ?? '[]') as string[][]);
    this.loadTerms();
    for (const { n, seq } of this.store.removalsAfter(this.sync.removal)) {
      const doc = this.index.docIdxOfSeq(seq);
      if (doc >= 0 && this.index.docIdx(this.index.ids[doc]!) === doc) this.index.remove(this.index.ids[doc]!);
      this.sync.removal = n;
    }
    if (this.docsLoaded) this.loadDocs();
  }

  private loadTerms(): void {
    for (const { id, term } of this.store.terms(this.sync.terms)) this.vocab.load(id, term);
    this.sync.terms = this.vocab.size;
  }

  private loadDocs(): void {
    for (const row of this.store.docsAfter(this.sync.seq)) {
      const f = JSON.parse(row.facets) as StoredFacets;
      this.index.add(
        { id: row.id, seq: row.seq, ts: row.ts, ...f },
        toU32Scratch(row.tokens), // consumed by add(): not kept
      );
      this.sync.seq = row.seq;
    }
  }

  /** Normalise a document's words into term numbers and the FTS5 text. */
  private toRow(d: Document): DocRow {
    const fields = [tokenize(d.title), tokenize(d.subtitle ?? ''), tokenize(d.body)];
    const tokens = new Uint32Array(3 + fields[0]!.length + fields[1]!.length + fields[2]!.length);
    let pos = 3;
    fields.forEach((words, f) => {
      tokens[f] = words.length;
      for (const w of words) tokens[pos++] = this.vocab.intern(w);
    });
    const hit = {
      id: d.id,
      url: d.url,
      title: d.title,
      subtitle: d.subtitle,
      publishedAt: d.publishedAt,
      section: d.section,
      authors: d.authors,
      nations: d.entities.nations,
      persons: d.entities.persons,
    };
    return {
      id: d.id,
      ts: Date.parse(d.publishedAt) / 1000,
      hit: JSON.stringify(hit),
      facets: JSON.stringify(storedFacets(d)),
      body: d.body,
      tokens: Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength),
      ftsTitle: fields[0]!.join(' '),
      ftsSubtitle: fields[1]!.join(' '),
      ftsBody: fields[2]!.join(' '),
    };
  }
}

function storedFacets(d: Document): StoredFacets {
  return {
    publishedAt: d.publishedAt,
    section: d.section,
    nations: d.entities.nations,
    persons: d.entities.persons,
    lang: d.lang,
    source: d.source,
    authors: d.authors,
  };
}

function facts(d: Document, seq: number): DocFacts {
  return { id: d.id, seq, ts: Date.parse(d.publishedAt) / 1000, ...storedFacets(d) };
}
