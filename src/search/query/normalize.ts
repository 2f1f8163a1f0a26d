/**
 * @module Text normalisation shared by indexing and querying, so both sides agree on what a
 * "word" is: case folded, Latin diacritics removed, Arabic letter variants unified.
 */

// Arabic letters that readers treat as the same letter; folded the way Meilisearch's
// tokenizer (charabia) folds them, so both engines match the same spellings.
const ARABIC_FOLD: Record<string, string> = {
  'ٱ': 'ا', // alef wasla
  'ى': 'ي', // alef maksura -> yeh
  'ة': 'ه', // teh marbuta -> heh
  'ی': 'ي', // Farsi yeh
  'ک': 'ك', // keheh
};
const ARABIC_FOLD_RE = /[ٱىةیک]/g;
// Combining marks (accents, Arabic harakat, hamza above/below after NFKD) and the tatweel
// (a purely typographic stretch) carry no meaning for matching.
const MARKS_RE = /[\p{M}\u0640]/gu;
/** A word: a run of letters and digits (after marks are removed). */
export const WORD_RE = /[\p{L}\p{N}]+/gu;

/** Fold one string: NFKD, drop marks, lower-case, unify Arabic letter variants. */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(ARABIC_FOLD_RE, (c) => ARABIC_FOLD[c]!);
}

/** The normalised words of `text`, in order. */
export function tokenize(text: string): string[] {
  return normalize(text).match(WORD_RE) ?? [];
}

/** A word of the original text with its place, for snippets and highlighting. */
export interface SourceToken {
  /** the normalised word */
  norm: string;
  start: number;
  end: number;
}

// Letters, digits and the marks that may sit on them (before normalisation).
const SOURCE_WORD_RE = /[\p{L}\p{N}\p{M}\u0640]+/gu;

/**
 * Words of `text` with their offsets in the ORIGINAL string. A source word whose normalised
 * form splits in two (rare compatibility characters) yields one token per part, sharing offsets.
 */
export function sourceTokens(text: string): SourceToken[] {
  const out: SourceToken[] = [];
  for (const m of text.matchAll(SOURCE_WORD_RE)) {
    const parts = tokenize(m[0]);
    for (const norm of parts) out.push({ norm, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
