/**
 * @module The SearchEngine port on a Meilisearch server, through the official client. The
 * vendor's task model stops here: every write waits for its task, and only a succeeded task
 * resolves (a failed one resolves too in the client; the caller decides, and we throw).
 */
import type { EnqueuedTaskPromise, Index, Meilisearch, Task } from 'meilisearch';
import type { Document } from '../../document.js';
import { EngineError } from '../../errors.js';
import type { Logger } from '../../log.js';
import { normalize } from '../query/index.js';
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
import { toMeiliDocument, type MeiliDocument } from './documents.js';
import { isIndexNotFound, toEngineError, type Operation } from './errors.js';
import { buildSearchParams, FACET_FIELD, mapSearchResponse, sortFacetCounts, type MeiliSearchParams } from './search-request.js';
import { meiliScan, meiliTimeline, type RunSearch } from './research.js';
import { buildSettings, settingsMatch } from './settings.js';
import { reindexingDetail, waitForSettingsTask, type Reindexing } from './settings-wait.js';

export const MEILI_DEFAULTS = {
  /** documents per add/delete task: 1,000 articles of a few KB is a few MB, far under Meilisearch's 100 MB payload cap */
  batchSize: 1000,
  /** how long one task may take before we give up on it (ms); a 1,000-article batch on a busy server takes seconds */
  taskTimeoutMs: 120_000,
  /** a settings change re-indexes every document: minutes on a 100k-article archive (ms) */
  settingsTimeoutMs: 900_000,
  /** task polling interval (ms): the client's default */
  taskIntervalMs: 50,
  /** while a settings task re-indexes, a progress line this often (ms) */
  progressLogMs: 10_000,
  /** one HTTP request (ms); past this the server counts as unavailable */
  requestTimeoutMs: 10_000,
};
export type MeiliOptions = typeof MEILI_DEFAULTS;

/** Meilisearch's answer when a race created the index first (the app and the crawler both init). */
const INDEX_ALREADY_EXISTS = 'index_already_exists';

export class MeiliEngine implements SearchEngine {
  readonly name = 'meilisearch' as const;
  /** the settings task init is waiting for, if any (health() reports it) */
  private reindexing: Reindexing | undefined;

  constructor(
    private readonly client: Meilisearch,
    private readonly index: Index<MeiliDocument>,
    private readonly log: Logger,
    private readonly options: MeiliOptions,
  ) {}

  /** Create the index (primary key `id`) if missing, then apply settings only if they differ. */
  async init(settings: EngineSettings): Promise<void> {
    await this.ensureIndex();
    await this.awaitPendingSettings();
    const wanted = buildSettings(settings.synonyms);
    const current = await this.call('read settings', 'write', () => this.index.getSettings());
    if (settingsMatch(current, wanted)) {
      this.log.debug({ index: this.index.uid }, 'meilisearch settings already applied');
      return;
    }
    const { taskUid } = await this.call('apply settings', 'write', () => this.index.updateSettings(wanted));
    this.log.info({ index: this.index.uid, taskUid }, 'meilisearch settings sent: waiting while it re-indexes every document');
    const task = await this.waitForSettings('apply settings', taskUid);
    if (task.status !== 'succeeded') throw taskFailed('apply settings', task);
    this.log.info({ index: this.index.uid, taskUid, duration: task.duration }, 'meilisearch settings applied');
  }

  /** Batches in order, each task awaited before the next is sent (backpressure on the server). */
  async upsert(docs: readonly Document[]): Promise<void> {
    for (const batch of chunks(docs, this.options.batchSize)) {
      const rows = batch.map(toMeiliDocument);
      await this.runTask('upsert', () => this.index.addDocuments(rows, { primaryKey: 'id' }));
    }
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const batch of chunks(ids, this.options.batchSize)) {
      await this.runTask('remove', () => this.index.deleteDocuments([...batch]));
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const params = buildSearchParams(query);
    const response = await this.call('search', 'read', () => this.index.search<MeiliDocument, MeiliSearchParams>(params.q, params));
    return mapSearchResponse(response, query);
  }

  timeline(query: SearchQuery, interval: Interval): Promise<FacetCount[]> {
    return meiliTimeline(this.searcher('timeline'), query, interval);
  }

  scan(query: SearchQuery, after: ScanCursor | null, limit: number): Promise<ScanPage> {
    return meiliScan(this.searcher('scan'), query, after, limit);
  }

  private searcher(what: string): RunSearch {
    return (params) => this.call(what, 'read', () => this.index.search<MeiliDocument>(params.q, params));
  }

  /**
   * Values whose folded form contains the folded `q`, as the embedded engine matches them.
   * Meilisearch's facet search only matches a prefix of the whole value ("leb" finds "Lebanon",
   * "salm" misses "Mohammed bin Salman"), so its hits are pooled with the facet's most frequent
   * values (a zero-hit search's facet distribution, up to MAX_VALUES_PER_FACET) and both are
   * filtered here. Known limit: a value outside the most frequent ones that q matches only
   * inside (not at its start) is not found.
   */
  async facetValues(facet: FacetName, q: string, limit: number): Promise<FacetCount[]> {
    const field = FACET_FIELD[facet];
    const needle = normalize(q.trim());
    const [prefixHits, distribution] = await Promise.all([
      needle === ''
        ? Promise.resolve({ facetHits: [] })
        : this.call('facet search', 'read', () =>
            this.index.searchForFacetValues({ facetName: field, facetQuery: q.trim(), q: '', exhaustiveFacetCount: true }),
          ),
      this.call('facet values', 'read', () => this.index.search('', { facets: [field], hitsPerPage: 0, page: 1 })),
    ]);
    const counts = new Map<string, number>(Object.entries(distribution.facetDistribution?.[field] ?? {}));
    for (const { value, count } of prefixHits.facetHits) counts.set(value, count);
    const matches = [...counts].filter(([value]) => normalize(value).includes(needle)).map(([value, count]) => ({ value, count }));
    return sortFacetCounts(matches).slice(0, limit);
  }

  /** Documents in the index; 0 when it does not exist yet (nothing indexed). */
  async count(): Promise<number> {
    try {
      return (await this.index.getStats()).numberOfDocuments;
    } catch (err) {
      if (isIndexNotFound(err)) return 0;
      throw toEngineError(err, 'read', 'count');
    }
  }

  /**
   * `/health` says the server is up; reading the index's info with our key says the key works
   * (a wrong MEILI_API_KEY leaves /health green but fails every search). An index not created
   * yet is healthy: `init` creates it. While init waits for a settings task, not ready and
   * re-indexing, answered at once.
   */
  async health(): Promise<EngineHealth> {
    // every call waits behind a settings re-index: not ready, and saying why
    if (this.reindexing !== undefined)
      return { ok: false, engine: 'meilisearch', reindexing: true, detail: reindexingDetail(this.reindexing) };
    try {
      const { status } = await this.client.health();
      if (status !== 'available') return { ok: false, engine: 'meilisearch', detail: status };
      await this.index.getRawInfo().catch((err: unknown) => {
        if (!isIndexNotFound(err)) throw err;
      });
      return { ok: true, engine: 'meilisearch', detail: status };
    } catch (err) {
      return { ok: false, engine: 'meilisearch', detail: toEngineError(err, 'read', 'health').message };
    }
  }

  async clear(): Promise<void> {
    await this.runTask('clear', () => this.index.deleteAllDocuments());
  }

  /** The client holds no sockets or timers between calls: nothing to release. */
  async close(): Promise<void> {}

  // -------------------------------------------------------------------------------------------

  private async ensureIndex(): Promise<void> {
    try {
      await this.index.getRawInfo();
      return;
    } catch (err) {
      if (!isIndexNotFound(err)) throw toEngineError(err, 'write', 'init');
    }
    const task = await this.waitFor('create index', () => this.client.createIndex(this.index.uid, { primaryKey: 'id' }));
    if (task.status !== 'succeeded' && task.error?.code !== INDEX_ALREADY_EXISTS) throw taskFailed('create index', task);
    this.log.info({ index: this.index.uid }, 'meilisearch index created');
  }

  /**
   * A settings task still queued or running (an earlier init that timed out, or another process
   * starting at the same time) is waited for first, so a retry does not queue a second
   * re-index of every document. Its outcome does not matter: the comparison that follows decides.
   */
  private async awaitPendingSettings(): Promise<void> {
    const { results } = await this.call('list settings tasks', 'write', () =>
      this.client.tasks.getTasks({ indexUids: [this.index.uid], types: ['settingsUpdate'], statuses: ['enqueued', 'processing'] }),
    );
    for (const pending of results) {
      this.log.info({ index: this.index.uid, taskUid: pending.uid }, 'waiting for a pending meilisearch settings task');
      await this.waitForSettings('pending settings', pending.uid);
    }
  }

  /** Wait for a settings task (any outcome), reported by health() as re-indexing meanwhile. */
  private async waitForSettings(what: string, taskUid: number): Promise<Task> {
    this.reindexing = { taskUid, status: 'enqueued', startedAt: Date.now() };
    const opts = {
      timeoutMs: this.options.settingsTimeoutMs,
      intervalMs: this.options.taskIntervalMs,
      progressLogMs: this.options.progressLogMs,
    };
    try {
      const getTask = (uid: number) => this.call(what, 'write', () => this.client.tasks.getTask(uid));
      return await waitForSettingsTask(getTask, this.reindexing, opts, this.log.child({ index: this.index.uid }), what);
    } finally {
      this.reindexing = undefined;
    }
  }

  /** Enqueue, wait for the task, and throw unless it succeeded. */
  private async runTask(what: string, enqueue: () => EnqueuedTaskPromise, timeoutMs = this.options.taskTimeoutMs): Promise<Task> {
    const task = await this.waitFor(what, enqueue, timeoutMs);
    if (task.status !== 'succeeded') throw taskFailed(what, task);
    return task;
  }

  private waitFor(what: string, enqueue: () => EnqueuedTaskPromise, timeoutMs = this.options.taskTimeoutMs): Promise<Task> {
    return this.call(what, 'write', () => enqueue().waitTask({ timeout: timeoutMs, interval: this.options.taskIntervalMs }));
  }

  private async call<T>(what: string, op: Operation, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw toEngineError(err, op, what);
    }
  }
}

function taskFailed(what: string, task: Task): EngineError {
  return new EngineError(
    'index_failed',
    `Meilisearch task ${task.uid} (${what}) ${task.status}: ${task.error?.message ?? 'no error message'}`,
    {
      operation: what,
      taskUid: task.uid,
      status: task.status,
      meiliCode: task.error?.code,
    },
  );
}

function* chunks<T>(items: readonly T[], size: number): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
