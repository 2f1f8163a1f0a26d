/**
 * @module Bytes to text, text normalisation, language by script, URLs, ids and hashes, HTML escaping: the public surface of src/extract.
 */
export { decodeHtml, decodeLenient, resolveLabel } from './decode.js';
export type { DecodeOptions, DecodeWarning } from './decode.js';
export { normalizeText, collapseWhitespace, countWords, detach } from './normalize.js';
export { documentId, canonicalUrl, hostOf, sha256Hex } from './ids.js';
export { MAX_PAGE_BYTES } from './limits.js';
export { detectLang } from './lang.js';
export { escapeHtml } from './html-escape.js';
