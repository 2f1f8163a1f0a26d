/**
 * @module The facet thread (facet-thread.ts): counts the facets of a search's job it claims
 * over the result list, both in shared memory, into the job's shared counts, and wakes the
 * thread waiting for each. The same pure counting the main thread runs (facet-counting.ts).
 */
import { parentPort } from 'node:worker_threads';
import { claimFacet, countFacet, FACET, type FacetJob } from './facet-counting.js';

const port = parentPort;
if (!port) throw new Error('facet-worker must run in a worker thread');

port.on('message', (job: FacetJob) => {
  for (let i = claimFacet(job); i !== undefined; i = claimFacet(job)) {
    let status: number = FACET.done;
    try {
      countFacet(job, i);
    } catch {
      status = FACET.failed; // the asking thread counts it itself
    }
    Atomics.store(job.status, i, status);
    Atomics.notify(job.status, i);
  }
});
port.postMessage('listening'); // the thread takes jobs from now on (facet-thread.ts)
