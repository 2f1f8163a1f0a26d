/**
 * @module Text split and normalised the way Meilisearch's tokenizer (charabia) does it, for
 * documents and queries alike, as far as the adapter depends on it:
 * - words are runs of letters, digits and marks; every other character is a separator, and `'`
 *   and `-` split a word ("it's" -> it ' s, "kebab-case" -> kebab - case: charabia
 *   src/segmenter/latin/mod.rs, its test TEXT/SEGMENTED); whitespace runs are one separator;
 * - an Arabic word starting with ال (or أل إل آل ٱل) is split into ال and the rest, whatever the
 *   word (charabia src/segmenter/arabic.rs: "الشجرة" -> ال + شجرة, even "البانيا");
 * - lemmas are NFKD, without marks or tatweel, lower-cased, with alef variants as ا, alef
 *   maksura as ي and teh marbuta as ه (charabia src/normalizer/arabic.rs, nonspacing_mark.rs,
 *   lowercase.rs; the arabic.rs test gives "أتمنى" -> "اتمني");
 * - a lemma in the index's stopWords is a stop word, not a word (charabia TokenKind::StopWord);
 * - `. ! ? ; newline` are hard separators, which milli counts as 8 positions apart
 *   (milli src/search/new/query_term/parse_query.rs, "add penalty for hard separators").
 */

export type TokenKind = 'word' | 'stop' | 'separator';

export interface Token {
  kind: TokenKind;
  /** normalised text (the separator's own characters for a separator) */
  lemma: string;
  /** UTF-16 offsets in the original text */
  start: number;
  end: number;
  hard: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}\u0640]/u;
const SPACE = /\s/u;
const HARD = /[.!?;\n]/;
const ARABIC_ARTICLE = /^[اأإآٱ]ل/;
const ARABIC_LETTER = /^[\u0600-\u06ff]/;
const ARABIC_FOLD: Record<string, string> = { ٱ: 'ا', أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ة: 'ه' };

/** One original character (or surrogate pair) as charabia normalises it. */
export function normalizeChar(c: string): string {
  return (ARABIC_FOLD[c] ?? c)
    .normalize('NFKD')
    .replace(/[\p{M}\u0640]/gu, '')
    .toLowerCase();
}

export function normalizeText(text: string): string {
  return [...text].map(normalizeChar).join('');
}

/** Every token of `text`, separators included, in order. */
export function tokenize(text: string, stopWords: ReadonlySet<string> = new Set()): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const start = i;
    const c = String.fromCodePoint(text.codePointAt(i)!);
    if (WORD_CHAR.test(c)) {
      while (i < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!))) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
      for (const [from, to] of arabicSplit(text.slice(start, i))) pushWord(tokens, text, start + from, start + to, stopWords);
    } else if (SPACE.test(c)) {
      while (i < text.length && SPACE.test(text[i]!)) i++;
      tokens.push({ kind: 'separator', lemma: text.slice(start, i), start, end: i, hard: text.slice(start, i).includes('\n') });
    } else {
      i += c.length;
      tokens.push({ kind: 'separator', lemma: c, start, end: i, hard: HARD.test(c) });
    }
  }
  return tokens;
}

/** The word tokens only (stop words included), in order. */
export function words(text: string, stopWords: ReadonlySet<string> = new Set()): Token[] {
  return tokenize(text, stopWords).filter((t) => t.kind !== 'separator');
}

/** How many original characters of a token cover its first `count` normalised characters. */
export function originalLength(text: string, token: Token, count: number): number {
  let covered = 0;
  let i = token.start;
  while (i < token.end && covered < count) {
    const c = String.fromCodePoint(text.codePointAt(i)!);
    covered += [...normalizeChar(c)].length;
    i += c.length;
  }
  return i - token.start;
}

function arabicSplit(word: string): [number, number][] {
  if (!ARABIC_LETTER.test(word) || !ARABIC_ARTICLE.test(word)) return [[0, word.length]];
  return word.length > 2
    ? [
        [0, 2],
        [2, word.length],
      ]
    : [[0, word.length]];
}

function pushWord(tokens: Token[], text: string, start: number, end: number, stopWords: ReadonlySet<string>): void {
  const lemma = normalizeText(text.slice(start, end));
  if (lemma === '') return;
  tokens.push({ kind: stopWords.has(lemma) ? 'stop' : 'word', lemma, start, end, hard: false });
}
