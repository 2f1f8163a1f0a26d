/**
 * @module Engine wrappers, each built with wrapEngine: init retried until it succeeds
 * (initOnDemand), an engine that could not be opened (unavailableEngine), and writes announced to
 * a listener (notifyingEngine).
 */
export { initOnDemand } from './init-on-demand.js';
export type { InitOnDemand } from './init-on-demand.js';
export { unavailableEngine } from './unavailable-engine.js';
export { notifyingEngine } from './notifying-engine.js';
export { wrapEngine, INDEX_METHODS, READ_METHODS, WRITE_METHODS } from './wrap-engine.js';
export type { Around, EngineMethod, IndexMethod } from './wrap-engine.js';
