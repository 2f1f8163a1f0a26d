/**
 * @module The indexer: drains the outbox into the search engine. A row is marked done only after
 * the engine resolved (for Meilisearch: the task succeeded), so a crash or an engine outage
 * leaves the work pending and the next drain redoes it; engine upserts are idempotent by id.
 */
import type { Document } from '../document.js';
import { EngineError, isArchivistError } from '../errors.js';
import type { ArchivistError } from '../errors.js';
import type { Logger } from '../log.js';
import type { SearchEngine } from '../search/engine.js';
import type { Linker } from '../linking/index.js';
import type { Archive } from '../store/index.js';
import { linkerFor } from './linking.js';

export const INDEXER_DEFAULTS = {
  // Rows per engine call: large enough to amortise a Meilisearch task round trip (tens of ms)
  // and the embedded engine's transaction, small enough to keep one batch's memory small.
  batchSize: 500,
} as const;

export interface IndexerContext {
  archive: Archive;
  engine: SearchEngine;
  log: Logger;
  /** links names to entities before they reach the engine; default: the shipped registry (pipeline/linking.ts) */
  linker?: Linker;
}

export interface DrainOptions {
  batchSize?: number;
  /** called after every batch: `done` rows of the `total` pending when the drain started */
  onProgress?: (done: number, total: number) => void;
}

export interface IndexSummary {
  /** documents sent to the engine (upserts + removals), after coalescing */
  indexed: number;
  /** outbox rows still waiting */
  pending: number;
}

/** Drain the outbox until empty; an engine failure stops the drain and rethrows as EngineError. */
export async function drainOutbox(ctx: IndexerContext, opts: DrainOptions = {}): Promise<IndexSummary> {
  const batchSize = opts.batchSize ?? INDEXER_DEFAULTS.batchSize;
  const total = ctx.archive.outbox.pending();
  let done = 0;
  let indexed = 0;
  for (;;) {
    const { rows, sent } = await drainBatch(ctx, batchSize);
    if (rows === 0) break;
    indexed += sent;
    done += rows;
    opts.onProgress?.(done, Math.max(total, done)); // rows added meanwhile grow the total
  }
  const pending = ctx.archive.outbox.pending();
  if (indexed > 0) ctx.log.info({ stage: 'indexer', indexed, pending }, 'outbox drained');
  return { indexed, pending };
}

/**
 * One step of a drain: up to `batchSize` of the oldest outbox rows to the engine, marked done once
 * it confirmed. `rows` 0 means the outbox was empty. Throws EngineError like drainOutbox.
 */
export async function drainBatch(ctx: IndexerContext, batchSize: number): Promise<{ rows: number; sent: number }> {
  const rows = ctx.archive.outbox.take(batchSize);
  if (rows.length === 0) return { rows: 0, sent: 0 };
  const ids = [...new Set(rows.map((r) => r.docId))];
  const { sent, changed } = await applyBatch(ctx, ids);
  // only now that the engine confirmed; documents that changed meanwhile go round again
  ctx.archive.outbox.complete(
    rows.map((r) => r.seq),
    changed,
  );
  return { rows: rows.length, sent };
}

/**
 * 1. Coalesce by reading the archive as it is now: a stored document is upserted (whatever ops
 * were queued for it), a missing one is removed. 2. Send to the engine. 3. Compare with the
 * archive again: a document written while the engine call was in flight (another process
 * ingesting, another indexer draining the same rows) may have reached the engine in an older
 * version than the archive's, so it is returned in `changed` to be queued again.
 */
async function applyBatch(ctx: IndexerContext, ids: string[]): Promise<{ sent: number; changed: string[] }> {
  const versions = ctx.archive.getVersions(ids); // 1. one snapshot
  const upserts: Document[] = [];
  const removals: string[] = [];
  const linker = linkerFor(ctx);
  for (const id of ids) {
    const v = versions.get(id);
    if (v)
      upserts.push(linker.linkDocument(v.doc)); // the engine gets entity labels, the archive keeps the names
    else removals.push(id);
  }
  try {
    // 2. the engine resolves only once the documents are searchable
    if (upserts.length > 0) await ctx.engine.upsert(upserts);
    if (removals.length > 0) await ctx.engine.remove(removals);
  } catch (err) {
    throw asEngineError(err);
  }
  const now = ctx.archive.getFingerprints(ids); // 3.
  const changed = ids.filter((id) => now.get(id) !== versions.get(id)?.fingerprint);
  return { sent: upserts.length + removals.length, changed };
}

/** Engine adapters throw EngineError; anything else (a bug, a closed database) is wrapped so callers see one type. */
export function asEngineError(err: unknown): ArchivistError {
  if (isArchivistError(err)) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new EngineError('engine_unavailable', `search engine failed: ${message}`, {}, { cause: err });
}
