/**
 * @module Upserting a run of batches with the next one handed over before the last is
 * confirmed: the engine prepares it meanwhile (the embedded engine on its second thread) while
 * the writes stay in call order. How `reindex` and the bench's build feed an engine.
 */
import type { Document } from '../document.js';
import type { SearchEngine } from './engine.js';

/**
 * Upsert every batch of `batches`, one handed over ahead; `onConfirmed(size)` after each batch
 * the engine confirmed, in order. Rejects with the first batch that fails; the batch handed
 * over after it is not awaited, and its failure is not left unhandled.
 */
export async function upsertAhead(
  engine: Pick<SearchEngine, 'upsert'>,
  batches: Iterable<readonly Document[]>,
  onConfirmed: (size: number) => void,
): Promise<void> {
  let previous: { sent: Promise<void>; size: number } | undefined;
  for (const docs of batches) {
    const sent = engine.upsert(docs);
    sent.catch(() => undefined); // awaited below; not an unhandled rejection if the one before fails first
    if (previous) await confirmed(previous, onConfirmed);
    previous = { sent, size: docs.length };
  }
  if (previous) await confirmed(previous, onConfirmed);
}

async function confirmed(batch: { sent: Promise<void>; size: number }, onConfirmed: (size: number) => void): Promise<void> {
  await batch.sent;
  onConfirmed(batch.size);
}
