/**
 * @module Text normalisation shared by indexing and querying, so both sides agree on what a
 * "word" is: case folded, Latin diacritics removed, Arabic letter variants unified.
 */

// Arabic letters that readers treat as the same letter; folded the way Meilisearch's
// tokenizer (charabia) folds them, so both engines match the same spellings.
const ARABIC_FOLD: Record<string, string> = {
  ٱ: 'ا', // alef wasla
  ى: 'ي', // alef maksura -> yeh
  ة: 'ه', // teh marbuta -> heh
  ی: 'ي', // Farsi yeh
  ک: 'ك', // keheh
};
const ARABIC_FOLD_RE = /[ٱىةیک]/g;
// Combining marks (accents, Arabic harakat, hamza above/below after NFKD) and the tatweel
// (a purely typographic stretch) carry no meaning for matching.
const MARKS_RE = /[\p{M}\u0640]/gu;
/** A word: a run of letters and digits (after marks are removed). */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

// A dotted abbreviation: single letters joined by dots, the last dot optional ("U.S.", "U.N.",
// "U.S.A.", "U.S-led"). It is one word, the letters without their dots, so "U.S." and "US" find
// each other in both engines (Meilisearch receives the folded text: src/search/meilisearch).
const DOTTED_RE = /(?<![\p{L}\p{N}.])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu;

/** `text` with every dotted abbreviation written without its dots ("U.S." -> "US"). */
export function foldAbbreviations(text: string): string {
  return mayHoldAbbreviation(text) ? text.replace(DOTTED_RE, (m) => m.replace(/\./gu, '')) : text;
}

const LETTER_DOT_LETTER_RE = /\p{L}\.\p{L}/u;

/**
 * Whether some dot of `text` sits between two letters, which every dotted abbreviation has:
 * prose has dozens of dots, nearly all before a space, and running DOTTED_RE (a Unicode
 * look-behind at every position) over each body took a tenth of indexing (docs/benchmarks.md).
 */
function mayHoldAbbreviation(text: string): boolean {
  for (let i = text.indexOf('.', 1); i !== -1 && i < text.length - 1; i = text.indexOf('.', i + 1)) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if (before < 128 && after < 128) {
      if (isAsciiLetter(before) && isAsciiLetter(after)) return true;
    } else if (LETTER_DOT_LETTER_RE.test(text.slice(Math.max(0, i - 2), i + 3))) return true;
  }
  return false;
}

const isAsciiLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** The Arabic definite article, as normalize() leaves it (أل, إل and آل fold to it). */
export const ARABIC_ARTICLE = 'ال';

/** A normalised Arabic word without its article (الكهرباء -> كهرباء), when two letters or more remain; else undefined. */
export function withoutArabicArticle(word: string): string | undefined {
  return word.length >= ARABIC_ARTICLE.length + 2 && word.startsWith(ARABIC_ARTICLE) ? word.slice(ARABIC_ARTICLE.length) : undefined;
}

/** Fold one string: NFKD, drop marks, lower-case, unify Arabic letter variants. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c]!);
}

// Text made only of ASCII and the typographic punctuation of English prose (dashes, curly quotes,
// the ellipsis, no-break space) has nothing for NFKD, mark removal or Arabic folding to change in
// its words: lower-casing is the whole normalisation. Most of an English archive is such text,
// and the indexer tokenises every title, subtitle and body.
// eslint-disable-next-line no-control-regex -- the range is all of ASCII, control characters included
const PLAIN_TEXT_RE = /^[\x00-\x7f\u00a0\u2010-\u2015\u2018-\u201f\u2026]*$/;
const PLAIN_WORD_RE = /[a-z0-9]+/g;

/** Whether lower-casing is the whole normalisation of `text`'s words (see PLAIN_TEXT_RE). */
export function isPlainText(text: string): boolean {
  return PLAIN_TEXT_RE.test(text);
}

/** The normalised words of `text`, in order. */
export function tokenize(text: string): string[] {
  const folded = foldAbbreviations(text);
  if (isPlainText(folded)) return folded.toLowerCase().match(PLAIN_WORD_RE) ?? [];
  return normalize(folded).match(WORD_RE) ?? [];
}

/** A word of the original text with its place, for snippets and highlighting. */
export interface SourceToken {
  /** the normalised word */
  norm: string;
  start: number;
  end: number;
}

// A character that belongs to a word before normalisation: letter, digit, combining mark, tatweel.
const WORD_CHAR_RE = /[\p{L}\p{N}\p{M}\u0640]/u;

/**
 * Words of `text` with their offsets in the ORIGINAL string. A source word whose normalised
 * form splits in two (rare compatibility characters) yields one token per part, sharing offsets.
 * Plain ASCII words (most of an English archive) skip the Unicode normalisation: lower-casing
 * is all they need, and snippets of 20 hits per query stay well under a millisecond.
 * `limit` stops after that many words.
 */
export function sourceTokens(text: string, limit = Infinity): SourceToken[] {
  const out: SourceToken[] = [];
  const n = text.length;
  const dotted = dottedSpans(text);
  let nextDotted = 0;
  let i = 0;
  while (i < n && out.length < limit) {
    // a dotted abbreviation is one word spanning its letters and dots, as tokenize reads it
    if (nextDotted < dotted.length && dotted[nextDotted]![0] === i) {
      const [start, end] = dotted[nextDotted++]!;
      for (const norm of tokenize(text.slice(start, end))) out.push({ norm, start, end });
      i = end;
      continue;
    }
    let c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < n && isWordChar((c = text.charCodeAt(i)), text, i)) {
      if (c > 127) ascii = false;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const word = text.slice(start, i);
    if (ascii) out.push({ norm: word.toLowerCase(), start, end: i });
    else for (const norm of tokenize(word)) out.push({ norm, start, end: i });
  }
  return out;
}

/** [start, end) of each dotted abbreviation in `text`, in order. */
function dottedSpans(text: string): [number, number][] {
  if (!text.includes('.')) return [];
  const spans: [number, number][] = [];
  for (const m of text.matchAll(DOTTED_RE)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Per UTF-16 code unit outside surrogates: 0 not yet classified, 1 word character, 2 not.
 * Testing the Unicode regex costs a string per character; snippets of Arabic articles test
 * thousands of characters per query, from a few dozen distinct ones.
 */
const BMP_CLASS = new Uint8Array(0x10000);

/** Whether the character at `i` (code unit `c`) belongs to a word: see WORD_CHAR_RE. */
export function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdfff) return WORD_CHAR_RE.test(String.fromCodePoint(text.codePointAt(i)!));
  let k = BMP_CLASS[c]!;
  if (k === 0) k = BMP_CLASS[c] = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Cached `tokenize` of single source words (bounded: cleared when full). */
const WORD_CACHE_MAX = 20_000;
const wordCache = new Map<string, string[]>();

/** `tokenize(word)` for one source word, remembered: article text repeats its words. */
export function tokenizeWord(word: string): readonly string[] {
  let norms = wordCache.get(word);
  if (norms === undefined) {
    if (wordCache.size >= WORD_CACHE_MAX) wordCache.clear();
    norms = tokenize(word);
    wordCache.set(word, norms);
  }
  return norms;
}
