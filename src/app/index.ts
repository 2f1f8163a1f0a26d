/**
 * @module Application wiring shared by the CLI and the server.
 */
export { openContext, ARCHIVE_FILE } from './context.js';
export type { AppContext, ContextOptions } from './context.js';
export { prepareIndex } from './prepare-index.js';
export type { PrepareOptions } from './prepare-index.js';
