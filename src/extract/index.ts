/**
 * @module Bytes to text, text normalisation, ids and hashes: the public surface of src/extract.
 */
export { decodeHtml, resolveLabel } from './decode.js';
export type { DecodeOptions } from './decode.js';
export { normalizeText, collapseWhitespace, countWords, detach } from './normalize.js';
export { documentId, canonicalUrl, sha256Hex } from './ids.js';
export { MAX_PAGE_BYTES } from './limits.js';
