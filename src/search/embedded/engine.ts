/**
 * @module The embedded SearchEngine: SQLite on disk, postings, facets and dates in memory, read
 * back from the snapshot beside the file at the first read (a writer never needs them) and
 * brought up to date from the rows written since. Zero setup: the default engine.
 */
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
import { facts, numberedRows, prepareDocs, type NewRow, type PreparedDocs, type StoredFacets } from './doc-row.js';
import { MemoryIndex } from './memory-index.js';
import { runScan, runTimeline } from './research.js';
import { decodeTokens } from './row-codec.js';
import { rankSearch, type SearchContext } from './searcher.js';
import { showPage } from './hits.js';
import type { HitThread } from './hit-thread.js';
import { readSnapshot, snapshotPoint, writeSnapshot, type SnapshotPoint } from './snapshot.js';
import { PrepThread } from './prep-thread.js';
import type { FacetThread } from './facet-thread.js';
import type { EngineStore } from './store.js';
import { SynonymTable } from './synonyms.js';
import { Vocabulary } from './vocabulary.js';

/** The engine's file inside its directory. */
export const INDEX_FILE = 'engine.db';
/**
 * A new snapshot is written once the rows added or removed since the last one reach this many
 * and SNAPSHOT_SHARE of the live documents, and at close: a start after a crash replays at most
 * that many rows, and writing snapshots costs a bounded share of indexing (docs/benchmarks.md).
 */
export const SNAPSHOT_MIN_ROWS = 20_000;
export const SNAPSHOT_SHARE = 0.05;

const indexFailed = (err: unknown) =>
  new EngineError('index_failed', `embedded index write failed: ${(err as Error).message}`, {}, { cause: err });

const snapshotDue = (rows: number, live: number) => rows >= Math.max(SNAPSHOT_MIN_ROWS, live * SNAPSHOT_SHARE);

/** The engine's helper threads (facet-thread.ts, hit-thread.ts); without one, its work stays on the calling thread. */
export interface EngineThreads {
  facets?: FacetThread;
  hits?: HitThread;
}

export class EmbeddedEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private index = new MemoryIndex();
  private searching = 0; // searches under way (awaiting their hits or facets)
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
  /** How far the snapshot on file reaches, as far as this process knows (see snapshotIfDue). */
  private saved: SnapshotPoint = { seq: 0, removal: 0 };
  /** The last write called (see `serially`). */
  private writes: Promise<unknown> = Promise.resolve();
  private readonly prepThread = new PrepThread();

  /** `snapshotFile`: where the in-memory side is saved (none: rebuilt from the rows at each open). */
  constructor(
    private readonly store: EngineStore,
    private readonly log?: Logger,
    private readonly snapshotFile?: string,
    /** threads that count the facets of large results meanwhile, and read the hits (none: all on this thread) */
    private readonly threads: EngineThreads = {},
  ) {
    this.reload();
  }

  async init(settings: EngineSettings): Promise<void> {
    this.store.setMeta('synonyms', JSON.stringify(settings.synonyms));
    this.synonyms = new SynonymTable(settings.synonyms);
  }

  /**
   * Writes one after another in the order called, each batch prepared (batch-prep.ts) as soon as
   * it is given: a caller that hands over the next batch before the last one resolved keeps both
   * cores busy (the prep thread on that batch, this thread writing the one before).
   */
  async upsert(docs: readonly Document[]): Promise<void> {
    if (docs.length === 0) return;
    // settled, never rejected: a batch that cannot be prepared fails when its turn to write comes
    // (a rejection waiting behind earlier writes would count as unhandled meanwhile)
    const prepared = prepareDocs(
      docs,
      this.prepThread,
      (samples) => this.store.dictionaryFor(samples),
      (err) => this.log?.warn({ err }, 'prep thread failed: batch prepared on the main thread'),
    ).then(
      (ready) => ({ ready }),
      (err: unknown) => ({ err }),
    );
    return this.serially(async () => {
      const outcome = await prepared;
      if ('err' in outcome) throw indexFailed(outcome.err);
      this.write(docs, outcome.ready);
    });
  }

  async remove(ids: readonly string[]): Promise<void> {
    return this.serially(() => {
      this.store.exclusive(() => {
        this.catchUp();
        this.store.remove(ids);
        this.sync.removal = this.store.lastRemoval();
      });
      for (const id of ids) this.index.remove(id);
      this.snapshotIfDue(false);
    });
  }

  /**
   * Ranked in one read step that leaves the hits and facets read, or under way on the threads
   * (hit-thread.ts; search-facets.ts, whole while other searches are under way) as this thread
   * serves the next request. Without the hit thread, or when the facet thread shares the facets,
   * the hits are read here before the facets are collected (docs/benchmarks.md, "Hits on the second core").
   */
  async search(query: SearchQuery): Promise<SearchResult> {
    const othersUnderWay = this.searching > 0;
    this.searching++;
    try {
      const ranked = this.reading((context) => this.rankAndShow(context, query), othersUnderWay);
      const [hits, facets] = await Promise.all([ranked.hits, ranked.facets]);
      return { total: ranked.total, hits, facets };
    } finally {
      this.searching--;
    }
  }

  /** The ranking, and the page's hits and the facets, each given or under way on a thread. */
  private rankAndShow(context: SearchContext, query: SearchQuery) {
    const thread = this.threads.hits;
    const ranked = rankSearch(context, query);
    const handOver = thread && ranked.page.seqs.length > 0 && !ranked.facets.shared && this.index.live >= thread.minDocs;
    const onThread = handOver ? thread.show(ranked.page) : undefined;
    // the thread's answer, or (it failed, or did not answer in time) the page read here; either
    // way apart from the ranking: documents removed or replaced since are left off the page
    const hits = onThread
      ? onThread.then((shown) => shown ?? this.store.reading(() => showPage(this.store, ranked.page)))
      : showPage(this.store, ranked.page);
    return { total: ranked.total, hits, facets: ranked.facets.later ?? ranked.facets.collect() };
  }

  async timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
    return this.reading((context) => runTimeline(context, query, interval));
  }

  async scan(query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage> {
    return this.reading((context) => runScan(context, query, after, limit));
  }

  /** Up to date, then `read` in one read transaction of the file (see EngineStore.reading). */
  private reading<T>(read: (context: SearchContext) => T, facetsLater = false): T {
    this.readable();
    const { store, index, vocab, synonyms, threads } = this;
    return store.reading(() => read({ store, index, vocab, synonyms, facetThread: threads.facets, facetsLater } satisfies SearchContext));
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
    return this.serially(() => {
      this.store.clear();
      this.reload();
    });
  }

  /** Load the in-memory side if needed and save it now if the snapshot on file is behind it. */
  async checkpoint(): Promise<void> {
    this.readable();
    this.snapshotIfDue(true);
  }

  /** Save the in-memory side if it is ahead of the snapshot (a writer that never read: once far enough behind). */
  async close(): Promise<void> {
    await this.writes;
    await Promise.all([this.prepThread.close(), this.threads.facets?.close(), this.threads.hits?.close()]);
    if (!this.store.db.open) return;
    try {
      if (this.docsLoaded) this.snapshotIfDue(true);
      else this.snapshotWhenBehind();
    } catch (err) {
      // loading to save failed (a snapshot that failed to write is logged by snapshotIfDue)
      this.log?.warn({ err }, 'embedded index snapshot not saved');
    }
    this.store.close();
  }

  /**
   * Run writes one after another, in the order called: an upsert waits for its batch from the
   * prep thread, and a later upsert or removal of the same document must not commit before it.
   */
  private serially(write: () => void | Promise<void>): Promise<void> {
    const done = this.writes.then(write);
    this.writes = done.catch(() => undefined); // a failed write is its caller's; the next one runs
    return done;
  }

  /**
   * Write a prepared batch in one transaction, its words numbered under the write lock (the
   * numbers must continue the file's, whoever wrote last), then add it to the in-memory side.
   */
  private write(docs: readonly Document[], prepared: PreparedDocs): void {
    let rows: NewRow[] = [];
    let seqs: number[];
    try {
      seqs = this.store.exclusive(() => {
        this.catchUp();
        const numbered = numberedRows(docs, prepared, this.vocab);
        rows = numbered.rows;
        const newTerms = this.vocab.terms.slice(this.sync.terms).map((term, i) => ({ id: this.sync.terms + i, term }));
        const written = this.store.write(rows, newTerms, numbered.packed);
        this.sync.removal = this.store.lastRemoval();
        return written;
      });
    } catch (err) {
      this.vocab.truncate(this.sync.terms); // numbers handed out in the failed batch were not kept
      throw indexFailed(err);
    }
    this.sync.terms = this.vocab.size;
    if (!this.docsLoaded) return this.snapshotWhenBehind(); // the first read loads these rows with the rest
    docs.forEach((d, i) => this.index.add(facts(d, seqs[i]!), rows[i]!.termIds));
    for (const seq of seqs) if (seq > this.sync.seq) this.sync.seq = seq;
    this.snapshotIfDue(false);
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
    this.saved = { seq: 0, removal: 0 };
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
    this.snapshotIfDue(false);
  }

  /** The snapshot, if usable, and the rows written after it; else every row (saved when that is many). */
  private ensureDocs(): void {
    if (this.docsLoaded) return;
    const started = Date.now();
    const snapshot = this.snapshotFile ? readSnapshot(this.snapshotFile, this.store) : undefined;
    if (snapshot) {
      this.index = snapshot.index;
      this.sync.seq = snapshot.header.seq;
      this.sync.removal = snapshot.header.removal;
      this.saved = { seq: snapshot.header.seq, removal: snapshot.header.removal };
      this.replayRemovals();
    } else {
      // read before the rows: a removal that races the read is then replayed by catchUp
      this.sync.removal = this.store.lastRemoval();
      this.index.reserve(this.store.docCount());
    }
    const replayed = this.loadDocs();
    this.docsLoaded = true;
    const ms = Date.now() - started;
    this.log?.info(
      { documents: this.index.live, terms: this.vocab.size, snapshotBytes: snapshot?.bytes ?? 0, replayed, ms },
      'embedded index loaded',
    );
    this.snapshotIfDue(false); // many rows replayed (an index of an older version rebuilt): not again at the next start
  }

  /**
   * Save the in-memory side when the rows since the snapshot on file are due (see
   * SNAPSHOT_MIN_ROWS), or whenever it is ahead with `force`. Not inside a transaction: the
   * snapshot's token is committed on its own (snapshot.ts).
   */
  private snapshotIfDue(force: boolean): void {
    if (!this.snapshotFile || !this.docsLoaded) return;
    const rows = this.sync.seq - this.saved.seq + (this.sync.removal - this.saved.removal);
    if (rows <= 0 || (!force && !snapshotDue(rows, this.index.live))) return;
    const started = Date.now();
    const point = { seq: this.sync.seq, removal: this.sync.removal };
    // tried once per due point: a full disk does not make every search write a file that fails
    this.saved = point;
    try {
      const bytes = writeSnapshot(this.snapshotFile, this.store, this.index, { ...point, terms: this.vocab.size, epoch: this.sync.epoch });
      if (bytes > 0) this.log?.info({ documents: this.index.live, bytes, ms: Date.now() - started }, 'embedded index snapshot saved');
    } catch (err) {
      // the snapshot is a cache: the next start replays more rows, nothing is lost
      this.log?.warn({ err }, 'embedded index snapshot not saved');
    }
  }

  /**
   * A process that writes without reading (ingest) keeps the snapshot close too: once the rows
   * since it are due, it loads the in-memory side (snapshot and rows after it) and saves it.
   */
  private snapshotWhenBehind(): void {
    if (!this.snapshotFile) return;
    const point = snapshotPoint(this.snapshotFile, this.store);
    const rows = this.store.lastSeq() - (point?.seq ?? 0) + (this.store.lastRemoval() - (point?.removal ?? 0));
    if (!snapshotDue(rows, point?.live ?? 0)) return;
    this.ensureDocs();
    this.snapshotIfDue(true);
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
    this.replayRemovals();
    if (this.docsLoaded) this.loadDocs();
  }

  /** Apply the removals made after `sync.removal` (by row number: ids may have been re-added since). */
  private replayRemovals(): void {
    for (const { n, seq } of this.store.removalsAfter(this.sync.removal)) {
      const doc = this.index.docIdxOfSeq(seq);
      if (doc >= 0 && this.index.docIdx(this.index.ids[doc]!) === doc) this.index.remove(this.index.ids[doc]!);
      this.sync.removal = n;
    }
  }

  private loadTerms(): void {
    for (const { id, term } of this.store.terms(this.sync.terms)) this.vocab.load(id, term);
    this.sync.terms = this.vocab.size;
  }

  /** Add the rows after `sync.seq`; returns how many. */
  private loadDocs(): number {
    let added = 0;
    for (const row of this.store.docsAfter(this.sync.seq)) {
      const f = JSON.parse(row.facets) as StoredFacets;
      this.index.add(
        { id: row.id, seq: row.seq, ts: row.ts, ...f },
        decodeTokens(row.tokens), // consumed by add(): not kept
      );
      this.sync.seq = row.seq;
      added++;
    }
    return added;
  }
}
