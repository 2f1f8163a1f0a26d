/**
 * @module Text normalisation per docs/document.md's body rules: decode entities, non-breaking spaces
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

// V8 keeps a substring of this many characters or more as a view into its parent string.
const SLICE_MIN_LENGTH = 13;

/**
 * The same text, holding no reference to the page it came from. DOM text and attribute values are
 * substrings of the whole page, and V8 keeps a substring as a view that keeps its parent alive: a
 * Document held in a save batch kept its page's HTML with it, more than doubling what each
 * document retained (docs/benchmarks.md, "Start-up and memory"). Slicing a fresh
 * concatenation makes V8 copy just these characters.
 */
export function detach(s: string): string {
  return s.length < SLICE_MIN_LENGTH ? s : (' ' + s).slice(1);
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
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// A word is a run of letters, marks or digits (any script), allowing inner apostrophes and
// hyphens, and decimal or thousands separators between digits ("3.5", "9,000"): the regex
//   [\p{L}\p{M}\p{N}]+(?:(?:['’\-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*
// counted by a scan over the char codes, which costs a fraction of running it over every body
// (test/extract/count-words.test.ts holds the regex and checks the two agree).
const WORD_CHAR = /^[\p{L}\p{M}]$/u;
const NUMBER_CHAR = /^\p{N}$/u;
const OTHER = 1;
const LETTER = 2; // \p{L} or \p{M}
const DIGIT = 3; //  \p{N}
// The class of each BMP code unit, filled in as met (0: not met yet).
const BMP_CLASS = new Uint8Array(0x10000);

/** Words in a text, counted the same way for every script. */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  let lastWasDigit = false;
  for (let i = 0; i < text.length;) {
    const width = charWidth(text, i);
    const cls = classAt(text, i, width);
    if (cls !== OTHER) {
      if (!inWord) words++;
      inWord = true;
      lastWasDigit = cls === DIGIT;
    } else if (!(inWord && joins(text, i, lastWasDigit))) {
      inWord = false;
    }
    i += width;
  }
  return words;
}

/** A joiner inside a word: ' ’ - before a letter, mark or digit; . , between digits. */
function joins(text: string, i: number, afterDigit: boolean): boolean {
  const c = text.charCodeAt(i);
  const next = i + 1 < text.length ? classAt(text, i + 1, charWidth(text, i + 1)) : OTHER;
  if (c === 0x27 || c === 0x2019 || c === 0x2d) return next !== OTHER;
  return (c === 0x2e || c === 0x2c) && afterDigit && next === DIGIT;
}

/** 2 for a surrogate pair (one code point), else 1. */
function charWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function classAt(text: string, i: number, width: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? LETTER : c >= 0x30 && c <= 0x39 ? DIGIT : OTHER;
  if (width === 2) return classify(text.slice(i, i + 2)); // beyond the BMP: rare, not cached
  return BMP_CLASS[c] || (BMP_CLASS[c] = classify(String.fromCharCode(c)));
}

function classify(ch: string): number {
  return WORD_CHAR.test(ch) ? LETTER : NUMBER_CHAR.test(ch) ? DIGIT : OTHER;
}
