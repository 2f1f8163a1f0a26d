/**
 * @module An engine wrapper that reports every write (upsert, remove, clear) once it settles, so
 * the server can drop cached search results the moment the background indexer changes the index.
 */
import type { SearchEngine } from '../search/engine.js';

export function notifyingEngine(engine: SearchEngine, onChange: () => void): SearchEngine {
  const notify = <A extends unknown[]>(fn: (...args: A) => Promise<void>) => async (...args: A) => {
    try {
      await fn(...args);
    } finally {
      onChange(); // also after a failure: part of a batch may have landed
    }
  };
  return {
    name: engine.name,
    init: (settings) => engine.init(settings),
    upsert: notify((docs) => engine.upsert(docs)),
    remove: notify((ids) => engine.remove(ids)),
    clear: notify(() => engine.clear()),
    search: (query) => engine.search(query),
    facetValues: (facet, q, limit) => engine.facetValues(facet, q, limit),
    count: () => engine.count(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}
