/**
 * @module Opening the embedded engine in its folder (the index file, the snapshot beside it,
 * and the helper threads this machine can give it), and the folder's upkeep: whether its index
 * is of an older layout, and deleting it.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '../../log.js';
import { ensureFolder } from '../../store/folders.js';
import type { SearchEngine } from '../engine.js';
import { EmbeddedEngine, INDEX_FILE } from './engine.js';
import { FacetThread, THREAD_MIN_DOCS } from './facet-thread.js';
import { HIT_THREAD_MIN_DOCS, HitThread } from './hit-thread.js';
import { deleteSectionFile } from './snapshot-file.js';
import { SNAPSHOT_FILE } from './snapshot.js';
import { deleteStore, EngineStore, SCHEMA_VERSION, storedLayout } from './store.js';

export interface EmbeddedOptions {
  /** directory of the engine's own files, e.g. `<dataDir>/index` */
  dir: string;
  log?: Logger;
  /** Facets of results of `minDocs` documents or more counted on a second thread (facet-thread.ts); default: with 2+ cores */
  facetThread?: { minDocs: number } | false;
  /** Hits read on another thread once the index holds `minDocs` documents (hit-thread.ts); default: with 2+ cores */
  hitThread?: { minDocs: number } | false;
}

/** Open (creating if needed) the embedded engine in `opts.dir`. */
export async function openEmbeddedEngine(opts: EmbeddedOptions): Promise<SearchEngine> {
  ensureFolder(opts.dir);
  const cores = availableParallelism();
  const facetOptions = opts.facetThread ?? (cores > 1 && { minDocs: THREAD_MIN_DOCS });
  const hitOptions = opts.hitThread ?? (cores > 1 && { minDocs: HIT_THREAD_MIN_DOCS });
  const file = join(opts.dir, INDEX_FILE);
  const store = new EngineStore(file);
  const givenUp = (thread: string) => (reason: string) => opts.log?.warn({ reason }, `${thread} thread given up`);
  const threads = {
    facets: facetOptions ? new FacetThread(facetOptions.minDocs, givenUp('facet')) : undefined,
    hits: hitOptions ? new HitThread(file, hitOptions.minDocs, givenUp('hit')) : undefined,
  };
  return new EmbeddedEngine(store, opts.log, join(opts.dir, SNAPSHOT_FILE), threads);
}

/**
 * Whether `dir` holds an index file of another layout than this version's (which the engine
 * refuses to open, naming reindex).
 */
export function hasOutdatedIndex(dir: string): boolean {
  const layout = storedLayout(join(dir, INDEX_FILE));
  return layout !== undefined && layout !== SCHEMA_VERSION;
}

/** Delete the index files in `dir` (the engine must be closed): the next open starts empty. */
export function deleteEmbeddedIndex(dir: string): void {
  deleteStore(join(dir, INDEX_FILE));
  deleteSectionFile(join(dir, SNAPSHOT_FILE));
}
