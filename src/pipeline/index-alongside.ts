/**
 * @module Indexing while a long ingest is still storing. Parsing runs on worker threads and
 * leaves the main thread idle between saves; draining the outbox in those gaps, rather than all
 * at the end, keeps every core busy (with Meilisearch, the task round trips overlap the saves).
 * Nothing changes for safety: rows are marked done only after the engine confirmed, and what is
 * left when storing ends goes to the final drain.
 */
import { isArchivistError } from '../errors.js';
import type { ArchivistError } from '../errors.js';
import { drainBatch } from './indexer.js';
import type { IndexerContext } from './indexer.js';

export interface AlongsideIndexer {
  /** new rows were stored: drain if a batch is waiting */
  notify: () => void;
  /** stop after the batch in flight; an engine failure is returned (the rows stay pending), any other is thrown */
  finish(): Promise<{ indexed: number; error?: ArchivistError }>;
}

/**
 * Drain `batchSize` rows at a time whenever that many are pending. Small batches: on the embedded
 * engine a batch runs on the main thread, and the parse workers wait for it to hand them pages.
 */
export function indexAlongside(ctx: IndexerContext, batchSize: number): AlongsideIndexer {
  let indexed = 0;
  let stopping = false;
  let wake: (() => void) | undefined;
  const loop = async (): Promise<void> => {
    while (!stopping) {
      // take() reads at most a batch (a count(*) would scan a large backlog on every wake)
      if (ctx.archive.outbox.take(batchSize).length < batchSize) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      indexed += (await drainBatch(ctx, batchSize)).sent;
      // an embedded batch resolves without a macrotask: yield so worker replies and saves get in
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const running = loop().then(
    () => undefined,
    (err: unknown) => err,
  );
  const wakeUp = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  return {
    notify: wakeUp,
    async finish() {
      stopping = true;
      wakeUp();
      const err = await running;
      if (err === undefined) return { indexed };
      if (isArchivistError(err)) return { indexed, error: err };
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the loop's rejection, rethrown as it came
      throw err;
    },
  };
}
