/**
 * @module The prep thread (prep-thread.ts): a batch in, its words and deflated hit rows out
 * (batch-prep.ts), the arrays moved rather than copied. The same pure function the main thread
 * runs for a small batch, so either gives exactly the same rows.
 */
import { parentPort } from 'node:worker_threads';
import { prepareBatch, type BatchInput, type PreparedBatch } from './batch-prep.js';

export interface PrepRequest {
  id: number;
  input: BatchInput;
}
export type PrepReply = { id: number; batch: PreparedBatch } | { id: number; error: string };

const port = parentPort;
if (!port) throw new Error('prep-worker must run in a worker thread');

port.on('message', ({ id, input }: PrepRequest) => {
  let batch;
  try {
    batch = prepareBatch(input);
  } catch (err) {
    port.postMessage({ id, error: (err as Error).message } satisfies PrepReply);
    return;
  }
  const arrays = [batch.local, batch.localEnds, batch.packed, batch.packedEnds];
  const moved = arrays.flatMap((a) => (a ? [a.buffer as ArrayBuffer] : []));
  port.postMessage({ id, batch } satisfies PrepReply, moved);
});
