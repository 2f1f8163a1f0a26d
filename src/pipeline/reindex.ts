/**
 * @module reindex: rebuild the engine's index from the archive (the source of truth).
 */
import { drainOutbox, asEngineError } from './indexer.js';
import { linkerFor } from './linking.js';
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
    // each batch is handed over before the one before is confirmed: the engine prepares it
    // meanwhile (the embedded engine on its second thread), and writes stay in order
    let previous: { sent: Promise<void>; size: number } | undefined;
    const confirm = async (batch: { sent: Promise<void>; size: number }) => {
      await batch.sent;
      indexed += batch.size;
      opts.onProgress?.(indexed, Math.max(total, indexed));
    };
    for (const docs of ctx.archive.iterateDocuments(batchSize)) {
      const sent = ctx.engine.upsert(docs.map((d) => linker.linkDocument(d)));
      sent.catch(() => undefined); // awaited below; not an unhandled rejection if the one before fails first
      if (previous) await confirm(previous);
      previous = { sent, size: docs.length };
    }
    if (previous) await confirm(previous);
  } catch (err) {
    throw asEngineError(err);
  }
  ctx.archive.outbox.markDoneThrough(lastSeq);
  ctx.log.info({ stage: 'reindex', indexed }, 'archive reindexed');
  const rest = await drainOutbox(ctx, { batchSize });
  return { indexed: indexed + rest.indexed, pending: rest.pending };
}
