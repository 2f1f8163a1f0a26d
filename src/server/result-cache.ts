/**
 * @module A small LRU of search results with a time-to-live, keyed by the validated query.
 * Search traffic repeats itself (the same facet click, page 2 of the same query, many visitors
 * on the day's story), so a cache turns repeats into a map lookup. Concurrent identical requests
 * share one engine call. `serve` clears it whenever its indexer changes the index; the TTL only
 * bounds staleness from writers in other processes (a CLI `index` into a shared Meilisearch).
 */

export interface CacheOptions {
  /** entries kept; the least recently used goes first */
  maxEntries: number;
  /** how long a result may be served after it was computed, ms */
  ttlMs: number;
}

// A cached result is small (20 hits + 5 facet lists), so 1,000 entries cost little memory
// (docs/benchmarks.md, "Figures behind design choices"). 30 s: an article indexed by another
// process shows up within half a minute.
export const SEARCH_CACHE_DEFAULTS: CacheOptions = { maxEntries: 1_000, ttlMs: 30_000 };

interface Entry<V> {
  value: Promise<V>;
  expires: number;
}

export class ResultCache<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly opts: CacheOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached (or in-flight) value for `key`, else compute it; failures are not cached. */
  get(key: string, compute: () => Promise<V>): Promise<V> {
    const t = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expires > t) {
      this.entries.delete(key); // re-insert: Map order is the recency order
      this.entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const entry = { value, expires: t + this.opts.ttlMs };
    this.entries.delete(key);
    this.entries.set(key, entry);
    value.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    while (this.entries.size > this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
