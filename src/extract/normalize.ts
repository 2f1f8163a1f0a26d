/**
 * @module Text normalisation per document.md's body rules: decode entities, non-breaking spaces
 * to spaces, collapse whitespace runs, trim. The text's own characters are kept unchanged.
 */
import { decodeHTML } from 'entities';

// Every Unicode space separator plus the zero-width and bidi marks that editors paste into copy;
// they are invisible on the page and must not split or join words differently from what is shown.
const WHITESPACE_RUN = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;
const HAS_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);?/iu;

/** Decode HTML entities, turn nbsp and other spaces into one space, collapse runs, trim. */
export function normalizeText(s: string): string {
  const decoded = HAS_ENTITY.test(s) ? decodeHTML(s) : s;
  return collapseWhitespace(decoded);
}

/** Whitespace rules only, for text that is already decoded (DOM text nodes). */
export function collapseWhitespace(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

// A word is a run of letters, marks or digits (any script), allowing inner apostrophes and
// hyphens, and decimal or thousands separators between digits ("3.5", "9,000").
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;

/** Words in a text, counted the same way for every script. */
export function countWords(text: string): number {
  // test() advances lastIndex without building a match object per word (about twice as fast)
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(text)) n++;
  return n;
}
