/**
 * @module What the HTTP app needs from the rest of the system: a narrow port, so the app can be
 * built over the real archive + engine (./context-deps.ts) or over fakes in tests.
 */
import type { Registry } from 'prom-client';
import type { Document } from '../document.js';
import type { Logger } from '../log.js';
import type { SearchEngine } from '../search/engine.js';
import type { EntityLookup } from './filter-resolution.js';
import type { CacheOptions } from './result-cache.js';

/** Same words as the store's SaveOutcome. */
export type WriteOutcome = 'new' | 'updated' | 'unchanged';

/** What POST /api/articles accepts, after validation. */
export type SubmitInput = { kind: 'page'; url: string; html: string } | { kind: 'document'; document: Document };

export interface SubmitResult {
  id: string;
  outcome: WriteOutcome;
}

export interface ArchiveStats {
  documents: number;
  /** outbox rows not yet confirmed by the engine */
  pendingIndex: number;
}

export interface RateLimitOptions {
  /** window length in ms */
  windowMs: number;
  /** requests per client per window */
  limit: number;
}

export interface AppDeps {
  engine: SearchEngine;
  getDocument(id: string): Document | null | Promise<Document | null>;
  /** the stored documents of `ids`, in that order, in one read (bulk readers: export); `withText: false` may leave body and paragraphs empty */
  getDocuments(ids: readonly string[], opts?: { withText: boolean }): Document[] | Promise<Document[]>;
  /** store (and queue for indexing); throws ParseError when a page holds no article */
  submit(input: SubmitInput): SubmitResult | Promise<SubmitResult>;
  /** called after a successful write, e.g. to wake the background indexer */
  afterWrite?(): void;
  stats(): ArchiveStats | Promise<ArchiveStats>;
  /** bearer key for writes; undefined = writes refused */
  apiKey: string | undefined;
  log: Logger;
  /** registry /metrics exposes; a fresh one when omitted */
  metrics?: Registry;
  /** API rate limit; false turns it off (benchmarks). Default: RATE_LIMIT_DEFAULTS */
  rateLimit?: RateLimitOptions | false;
  /** register a listener called whenever the search index changed (drops cached results) */
  onIndexChange?(listener: () => void): void;
  /** short-lived cache of search results (`serve` turns it on). Default: false, every search hits the engine */
  searchCache?: CacheOptions | false;
  /** the entity registry: filter values and facet search through aliases in both scripts. Without it, values match the index's own (any case) */
  entities?: EntityLookup;
  /** the most rows one export may hold (EXPORT_MAX_ROWS); default 100,000 */
  exportMaxRows?: number;
}

// Generous: a person typing fires a few requests a second; 1,200 a minute per client only stops
// scripts hammering the API. Benchmarks pass `rateLimit: false`.
export const RATE_LIMIT_DEFAULTS: RateLimitOptions = { windowMs: 60_000, limit: 1_200 };
