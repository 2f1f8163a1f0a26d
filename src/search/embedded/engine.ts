/**
 * @module The embedded SearchEngine: SQLite (FTS5 for phrases) on disk, postings, facets and
 * dates in memory, rebuilt from the file at open. Zero setup: the default engine.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../../document.js';
import { EngineError } from '../../errors.js';
import type { Logger } from '../../log.js';
import type { EngineHealth, EngineSettings, FacetCount, FacetName, SearchEngine, SearchQuery, SearchResult } from '../engine.js';
import { tokenize } from '../query/index.js';
import { MemoryIndex, type DocFacts } from './memory-index.js';
import { runSearch } from './searcher.js';
import { EngineStore, toU32, type DocRow } from './store.js';
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
  mkdirSync(opts.dir, { recursive: true });
  const engine = new EmbeddedEngine(new EngineStore(join(opts.dir, INDEX_FILE)), opts.log);
  return engine;
}

interface StoredHitFacts {
  publishedAt: string;
  section: string | null;
  nations: string[];
  persons: string[];
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private index = new MemoryIndex();
  private vocab = new Vocabulary();
  /** terms below this number are already in the file's term table */
  private persistedTerms = 0;
  private synonyms: SynonymTable;

  constructor(private readonly store: EngineStore, private readonly log?: Logger) {
    this.synonyms = new SynonymTable(JSON.parse(store.getMeta('synonyms') ?? '[]') as string[][]);
    this.load();
  }

  async init(settings: EngineSettings): Promise<void> {
    this.store.setMeta('synonyms', JSON.stringify(settings.synonyms));
    this.synonyms = new SynonymTable(settings.synonyms);
  }

  async upsert(docs: readonly Document[]): Promise<void> {
    if (docs.length === 0) return;
    const rows = docs.map((d) => this.toRow(d));
    const newTerms: { id: number; term: string }[] = [];
    for (let id = this.persistedTerms; id < this.vocab.size; id++) newTerms.push({ id, term: this.vocab.terms[id]! });
    let seqs: number[];
    try {
      seqs = this.store.write(rows, newTerms);
    } catch (err) {
      throw new EngineError('index_failed', `embedded index write failed: ${(err as Error).message}`, {}, { cause: err });
    }
    this.persistedTerms = this.vocab.size;
    docs.forEach((d, i) => this.index.add(facts(d, seqs[i]!), toU32(rows[i]!.tokens)));
  }

  async remove(ids: readonly string[]): Promise<void> {
    this.store.remove(ids);
    for (const id of ids) this.index.remove(id);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    return runSearch({ store: this.store, index: this.index, vocab: this.vocab, synonyms: this.synonyms }, query);
  }

  async facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]> {
    return this.index.facets[facet].search(q, limit);
  }

  async count(): Promise<number> {
    return this.index.live;
  }

  async health(): Promise<EngineHealth> {
    try {
      this.store.db.prepare('SELECT 1').get();
      return { ok: true, engine: 'embedded', detail: `${this.index.live} documents` };
    } catch (err) {
      return { ok: false, engine: 'embedded', detail: (err as Error).message };
    }
  }

  async clear(): Promise<void> {
    this.store.clear();
    this.index = new MemoryIndex();
    this.vocab = new Vocabulary();
    this.persistedTerms = 0;
  }

  async close(): Promise<void> {
    if (this.store.db.open) this.store.close();
  }

  /** Rebuild the in-memory side from the file. */
  private load(): void {
    const started = Date.now();
    for (const { id, term } of this.store.terms()) this.vocab.load(id, term);
    this.persistedTerms = this.vocab.size;
    this.index.reserve(mapIter(this.store.allTokens(), toU32), this.vocab.size);
    for (const row of this.store.docs()) {
      const hit = JSON.parse(row.hit) as StoredHitFacts;
      this.index.add(
        { id: row.id, seq: row.seq, ts: row.ts, publishedAt: hit.publishedAt, section: hit.section, nations: hit.nations, persons: hit.persons },
        toU32(row.tokens),
      );
    }
    this.index.trim();
    this.log?.info({ documents: this.index.live, terms: this.vocab.size, ms: Date.now() - started }, 'embedded index loaded');
  }

  /** Normalise a document's words into term numbers and the FTS5 text. */
  private toRow(d: Document): DocRow {
    const fields = [tokenize(d.title), tokenize(d.subtitle ?? ''), tokenize(d.body)];
    const tokens = new Uint32Array(3 + fields[0]!.length + fields[1]!.length + fields[2]!.length);
    let pos = 3;
    fields.forEach((words, f) => {
      tokens[f] = words.length;
      for (const w of words) tokens[pos++] = this.vocab.intern(w).id;
    });
    const hit = {
      id: d.id, url: d.url, title: d.title, subtitle: d.subtitle, publishedAt: d.publishedAt, section: d.section,
      authors: d.authors, nations: d.entities.nations, persons: d.entities.persons,
    };
    return {
      id: d.id,
      ts: Date.parse(d.publishedAt) / 1000,
      hit: JSON.stringify(hit),
      body: d.body,
      tokens: Buffer.from(tokens.buffer, tokens.byteOffset, tokens.byteLength),
      ftsTitle: fields[0]!.join(' '),
      ftsSubtitle: fields[1]!.join(' '),
      ftsBody: fields[2]!.join(' '),
    };
  }
}

function* mapIter<A, B>(items: Iterable<A>, fn: (a: A) => B): Generator<B> {
  for (const item of items) yield fn(item);
}

function facts(d: Document, seq: number): DocFacts {
  return {
    id: d.id, seq, ts: Date.parse(d.publishedAt) / 1000, publishedAt: d.publishedAt, section: d.section,
    nations: d.entities.nations, persons: d.entities.persons,
  };
}
