/**
 * @module Application wiring shared by the CLI and the server.
 */
export { openContext, ARCHIVE_FILE } from './context.js';
export type { AppContext, ContextOptions } from './context.js';
export { unavailableEngine } from './unavailable-engine.js';
export { withContext } from './with-context.js';
