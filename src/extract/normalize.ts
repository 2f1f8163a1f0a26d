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
  // Most strings reaching here (paragraphs, titles) are collapsed already: a char scan is far
  // cheaper than running the Unicode regex over them.
  return isCollapsed(s) ? s : s.replace(WHITESPACE_RUN, ' ').trim();
}

/** No whitespace but single inner ASCII spaces: what collapseWhitespace would return unchanged. */
function isCollapsed(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === SPACE) {
      if (i === 0 || i === last || s.charCodeAt(i - 1) === SPACE) return false;
    } else if (c < SPACE ? c >= 0x09 && c <= 0x0d : c >= 0xa0 && isOtherSpace(c)) {
      return false;
    }
  }
  return true;
}

const SPACE = 0x20;
// The non-ASCII members of WHITESPACE_RUN (\s beyond ASCII, plus the zero-width space).
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
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
