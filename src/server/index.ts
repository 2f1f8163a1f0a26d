/**
 * @module The HTTP front end: everything the CLI (`serve`) and tests may use.
 */
export { createApp } from './app.js';
export type { AppDeps, ArchiveStats, RateLimitOptions, SubmitInput, SubmitResult, WriteOutcome } from './deps.js';
export { RATE_LIMIT_DEFAULTS } from './deps.js';
export { escapeHtml, html, highlighted } from './views/html.js';
