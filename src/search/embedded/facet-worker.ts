/**
 * @module The facet thread (facet-thread.ts): counts a search's multi-valued facets over its
 * result list, both in shared memory, into the job's shared result, then wakes the main thread
 * waiting on it. The same pure counting the main thread runs (facet-counting.ts).
 */
import { parentPort } from 'node:worker_threads';
import { countValues, JOB, type FacetJob } from './facet-counting.js';

const port = parentPort;
if (!port) throw new Error('facet-worker must run in a worker thread');

port.on('message', ({ docs, facets, counts, signal }: FacetJob) => {
  let status: number = JOB.done;
  try {
    for (const f of facets) counts.set(countValues(docs, f.rows, f.values), f.at);
  } catch {
    status = JOB.failed; // the main thread counts them itself
  }
  Atomics.store(signal, 0, status);
  Atomics.notify(signal, 0);
});
port.postMessage('listening'); // the thread takes jobs from now on (facet-thread.ts)
