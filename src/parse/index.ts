/**
 * @module The parse stage: page bytes to Documents. `parseDocument` (one page, pure),
 * `parseFetchedPage` and `parseFile` (a fetched page, a saved file), the page-file listing of
 * `parse` and `ingest`, and parsing on worker threads (`ParsePool`, `preparePages`: page files
 * claimed, read and parsed ahead on every core, handed back in input order).
 */
export { parseDocument, parseFetchedPage, parseFile, parseFileBytes, MAX_ENTITY_BODY_CHARS } from './parse-document.js';
export type { FileParseOptions, PageInput, ParsedFile, ParseInput, ParseOptions } from './parse-document.js';
export { listPageFiles } from './page-files.js';
export type { ListedInput } from './page-files.js';
export { ParsePool, ParseWorkerDied, PARSE_POOL_DEFAULTS } from './parse-pool.js';
export { preparePages, PREPARE_DEFAULTS } from './prepare-pages.js';
export type { Prepared } from './prepare-pages.js';
