/**
 * @module The one way to wrap a SearchEngine: a wrapper names the port methods it changes and
 * how, and every other method is forwarded as it is. The port's method list is written here
 * once, so a method added to the port reaches every wrapper (TypeScript checks the list).
 */
import type { SearchEngine } from '../engine.js';

/** Every method of the port (all but `name`). */
export type EngineMethod = Exclude<keyof SearchEngine, 'name'>;

/** The calls that touch the index: its documents (writes) and what they answer (reads). */
export const WRITE_METHODS = ['upsert', 'remove', 'clear'] as const satisfies readonly EngineMethod[];
export const READ_METHODS = ['search', 'facetValues', 'timeline', 'scan', 'count'] as const satisfies readonly EngineMethod[];
export const INDEX_METHODS = [...WRITE_METHODS, ...READ_METHODS] as const;
export type IndexMethod = (typeof INDEX_METHODS)[number];

type Call = (...args: never[]) => Promise<unknown>;

/** What a wrapper does around one call: given the call, the call to make instead (same arguments, same answer type). */
export type Around = <F extends Call>(call: F) => F;

/** `engine` with each of `methods` wrapped by `around`, and every other method forwarded. */
export function wrapEngine(engine: SearchEngine, methods: readonly EngineMethod[], around: Around): SearchEngine {
  const wrapped = forwardTo(engine);
  const calls = wrapped as unknown as Record<EngineMethod, Call>;
  for (const method of methods) calls[method] = around(calls[method]);
  return wrapped;
}

/** An engine object whose every method calls `engine`'s. */
function forwardTo(engine: SearchEngine): SearchEngine {
  return {
    name: engine.name,
    init: (settings) => engine.init(settings),
    upsert: (docs) => engine.upsert(docs),
    remove: (ids) => engine.remove(ids),
    clear: () => engine.clear(),
    search: (query) => engine.search(query),
    facetValues: (facet, q, limit) => engine.facetValues(facet, q, limit),
    timeline: (query, interval) => engine.timeline(query, interval),
    scan: (query, after, limit) => engine.scan(query, after, limit),
    count: () => engine.count(),
    health: () => engine.health(),
    close: () => engine.close(),
  };
}
