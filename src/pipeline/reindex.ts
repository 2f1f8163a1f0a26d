/**
 * @module reindex: rebuild the engine's index from the archive (the source of truth).
 */
import { drainOutbox, asEngineError } from './indexer.js';
import { linkerFor } from './linking.js';
import { upsertAhead } from '../search/upsert-ahead.js';
import type { DrainOptions, IndexerContext, IndexSummary } from './indexer.js';

export const REINDEX_DEFAULTS = {
  // Documents per engine upsert; same reasoning as the indexer's batch.
  batchSize: 500,
} as const;

/**
 * 1. remember the outbox's last seq, 2. clear the engine, 3. upsert every stored document (its
 * names linked to entities, the archive's persons learned afresh),
 * 4. mark the outbox done up to the remembered seq (those rows' documents were read in step 3
 * or later), 5. drain what arrived meanwhile.
 */
export async function reindex(ctx: IndexerContext, opts: DrainOptions = {}): Promise<IndexSummary> {
  const batchSize = opts.batchSize ?? REINDEX_DEFAULTS.batchSize;
  const lastSeq = ctx.archive.outbox.lastSeq();
  const total = ctx.archive.countDocuments();
  let indexed = 0;
  const linker = linkerFor(ctx);
  linker.relearn(); // every automatic link settled from the whole archive as it is now
  try {
    await ctx.engine.clear();
    const linked = (function* () {
      for (const docs of ctx.archive.iterateDocuments(batchSize)) yield docs.map((d) => linker.linkDocument(d));
    })();
    await upsertAhead(ctx.engine, linked, (size) => {
      indexed += size;
      opts.onProgress?.(indexed, Math.max(total, indexed));
    });
  } catch (err) {
    throw asEngineError(err);
  }
  ctx.archive.outbox.markDoneThrough(lastSeq);
  ctx.log.info({ stage: 'reindex', indexed }, 'archive reindexed');
  const rest = await drainOutbox(ctx, { batchSize });
  return { indexed: indexed + rest.indexed, pending: rest.pending };
}
