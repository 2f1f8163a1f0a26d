/**
 * @module The HTTP front end: everything the CLI (`serve`) and tests may use.
 */
export { createApp } from './app.js';
export type { AppDeps, ArchiveStats, RateLimitOptions, SubmitInput, SubmitResult, WriteOutcome } from './deps.js';
export { RATE_LIMIT_DEFAULTS } from './deps.js';
export { html, highlighted } from './views/html.js';
export { startServer, DEMO_PAGES_DIR } from './start.js';
export type { RunningServer, StartOptions } from './start.js';
export { contextDeps } from './context-deps.js';
export { SEARCH_CACHE_DEFAULTS } from './result-cache.js';
export type { CacheOptions } from './result-cache.js';
