/**
 * @module The hit thread (hit-thread.ts): reads the hits of the pages it is sent from the index
 * file, with a connection of its own per file, each page in one read transaction. The same
 * pure reads the main thread runs (hits.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { HitAnswer, HitJob } from './hit-thread.js';
import { showPage } from './hits.js';
import { EngineStore } from './store.js';

const port = parentPort;
if (!port) throw new Error('hit-worker must run in a worker thread');

const stores = new Map<string, EngineStore>();
// read-only: never creates or writes the file (a missing file is an error the asking thread hears)
const storeOf = (file: string) => stores.get(file) ?? stores.set(file, new EngineStore(file, { readonly: true })).get(file)!;

port.on('message', ({ job, file, page }: HitJob) => {
  let answer: HitAnswer;
  try {
    const store = storeOf(file);
    answer = { job, hits: store.reading(() => showPage(store, page)) };
  } catch (err) {
    answer = { job, error: (err as Error).message }; // the asking thread reads them itself
  }
  port.postMessage(answer);
});
port.postMessage('listening'); // the thread takes pages from now on (hit-thread.ts)
