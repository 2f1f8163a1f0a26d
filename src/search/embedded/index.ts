/**
 * @module The embedded engine's public surface.
 */
export {
  openEmbeddedEngine,
  EmbeddedEngine,
  INDEX_FILE,
  hasOutdatedIndex,
  deleteEmbeddedIndex,
  type EmbeddedOptions,
  type EngineThreads,
} from './engine.js';
export { SCHEMA_VERSION } from './store.js';
