/**
 * @module Run by hit-thread.test.ts in a process of its own: an engine whose hit thread starts
 * while this thread searches without a pause (so the thread's "listening" is never read), then
 * closes; prints "closed" if close() resumed. Argument: how long to search, in ms.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedEngine } from '../../../src/search/embedded/index.js';
import { searchQuery } from '../../../src/search/engine.js';
import { CORPUS } from '../../contract/corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'archivist-close-busy-'));
const engine = await openEmbeddedEngine({ dir, hitThread: { minDocs: 0 }, facetThread: false });
await engine.upsert(CORPUS);
const until = Date.now() + Number(process.argv[2]);
while (Date.now() < until) await engine.search(searchQuery({ q: 'jordan' }));
await engine.close();
rmSync(dir, { recursive: true, force: true });
console.log('closed');
