/**
 * @module Size limits shared by every stage that turns bytes into a Document.
 */

/** Pages over this many bytes are archives, feeds or media, never one article (docs/document.md: too_large). */
export const MAX_PAGE_BYTES = 10 * 1024 * 1024;
