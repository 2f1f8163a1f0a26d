/**
 * @module An engine wrapper that reports every write (upsert, remove, clear) once it settles, so
 * the server can drop cached search results the moment the background indexer changes the index.
 */
import type { SearchEngine } from '../engine.js';
import { WRITE_METHODS, wrapEngine } from './wrap-engine.js';

export function notifyingEngine(engine: SearchEngine, onChange: () => void): SearchEngine {
  return wrapEngine(
    engine,
    WRITE_METHODS,
    (write) =>
      (async (...args: Parameters<typeof write>) => {
        try {
          return await write(...args);
        } finally {
          onChange(); // also after a failure: part of a batch may have landed
        }
      }) as typeof write,
  );
}
