/**
 * @module The embedded engine's public surface.
 */
export { EmbeddedEngine, INDEX_FILE, type EngineThreads } from './engine.js';
export { openEmbeddedEngine, hasOutdatedIndex, deleteEmbeddedIndex, type EmbeddedOptions } from './open.js';
export { SCHEMA_VERSION } from './store.js';
