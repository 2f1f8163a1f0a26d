/**
 * @module Tests of the engine's helper threads: an embedded engine over the contract corpus,
 * with the threads a test made for it, or with none.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EmbeddedEngine, INDEX_FILE, openEmbeddedEngine, type EngineThreads } from '../../src/search/embedded/index.js';
import { SNAPSHOT_FILE } from '../../src/search/embedded/snapshot.js';
import { EngineStore } from '../../src/search/embedded/store.js';
import type { SearchEngine } from '../../src/search/engine.js';
import { CONTRACT_SYNONYMS, CORPUS } from '../contract/corpus.js';

/**
 * An engine in the new folder `dir` holding the contract corpus, its threads made by `threads`
 * from its index file (none: no thread at all, everything on the calling thread).
 */
export async function contractEngine(dir: string, threads?: (file: string) => EngineThreads): Promise<SearchEngine> {
  mkdirSync(dir);
  const file = join(dir, INDEX_FILE);
  const engine = threads
    ? new EmbeddedEngine(new EngineStore(file), undefined, join(dir, SNAPSHOT_FILE), threads(file))
    : await openEmbeddedEngine({ dir, facetThread: false, hitThread: false });
  await engine.init({ synonyms: CONTRACT_SYNONYMS });
  await engine.upsert(CORPUS);
  return engine;
}
