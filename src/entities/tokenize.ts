/**
 * @module Tokens for entity matching: words with offsets, case shape and the punctuation between
 * them. One regex pass per block; every later step walks this array instead of re-scanning text.
 */

export interface Token {
  /** surface text; for a possessive ("France's") the text without the "'s" */
  text: string;
  /** lower-case key used by the gazetteer tries (apostrophes unified, Arabic normalised) */
  key: string;
  kind: 'word' | 'punct' | 'num';
  /** first letter upper-case (Latin) */
  cap: boolean;
  /** every letter upper-case and more than one letter ("US", "AMMAN") */
  allCaps: boolean;
  /** "France's", "Qatar’s": the "'s" was cut off */
  possessive: boolean;
  /** first word of a sentence (after . ! ? : or a quote, or at the block start) */
  sentenceStart: boolean;
  /** index of the block (title, subtitle, paragraph n) the token came from */
  block: number;
  /** the block is a Title-Case headline: capitals there say little */
  titleCase: boolean;
  /** a word with hyphens ("Saudi-led", "al-Jaafari") lists its parts here */
  parts: readonly string[];
}

// Words: letters and marks, with inner apostrophes ("N'Golo", "d'Ivoire") and inner hyphens
// ("Jean-Yves", "Saudi-led"); dotted initialisms ("U.S.", "U.K."), initials ("W.") and the usual
// abbreviated titles ("Dr.", "Mr.") keep their dot, so it does not end a sentence; numbers; any other non-space character is punctuation.
const WORD = String.raw`\p{L}[\p{L}\p{M}\u0640]*(?:['’\-‑][\p{L}][\p{L}\p{M}\u0640]*)*`;
// A word that cannot continue: the lookahead stops a fast run short of a mark, a letter of another
// script, an apostrophe or a hyphen, where WORD would go on.
const WORD_GOES_ON = String.raw`[\p{L}\p{M}\u0640'’\-‑]`;
const PATTERNS = [
  // Fast path, first: a plain lower-case ASCII or Arabic word, the bulk of any text. None of the
  // patterns below but WORD can match where it starts, and there it matches what WORD would.
  String.raw`[a-z\u0621-\u064A]+(?!${WORD_GOES_ON})`,
  String.raw`(?:\p{Lu}\.){2,}`,
  String.raw`(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Adm|Maj|Rev)\.`,
  String.raw`\p{Lu}\.(?=\s*\p{Lu})`,
  WORD,
  String.raw`\p{N}+(?:[.,]\p{N}+)*`,
  String.raw`[^\s\p{L}\p{N}]`,
];
const TOKEN_RE = new RegExp(PATTERNS.join('|'), 'gu');
const NUMBER_RE = /^\p{N}/u;
const NO_PARTS: readonly string[] = Object.freeze([]);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '—', '–', '(', ')', '؟', '،']);
const TITLE_CASE_MIN_WORDS = 4; // shorter titles cannot tell us whether capitals are a style
const TITLE_CASE_SHARE = 0.7; // share of words of 4+ letters starting upper-case in a Headline Style title
const TWO_UPPER_RE = /\p{Lu}.*\p{Lu}/u;

/** Tokenise `text` (one block) appending to `out`. */
export function tokenizeBlock(text: string, block: number, out: Token[], titleCase = false): void {
  let atStart = true;
  // match() with /g gives the matched strings alone: no match object per token
  const raws = text.match(TOKEN_RE);
  if (raws === null) return;
  for (const raw of raws) {
    const kind = kindOf(raw);
    if (kind === 'word') {
      out.push(wordToken(raw, block, titleCase, atStart));
      atStart = false;
    } else if (kind === 'num') {
      out.push(punctLike(raw, 'num', block, titleCase));
      atStart = false;
    } else {
      out.push(punctLike(raw, 'punct', block, titleCase));
      if (SENTENCE_END.has(raw)) atStart = true;
    }
  }
}

/**
 * A word starts with a cased letter or an Arabic letter; a number with a digit; anything else is
 * punctuation (a letter of a caseless script other than Arabic included). ASCII, the bulk of
 * English text, is decided from the code alone, without allocating case-mapped strings.
 */
function kindOf(raw: string): Token['kind'] {
  const code = raw.charCodeAt(0);
  if (code < 128) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return 'word';
    return code >= 48 && code <= 57 ? 'num' : 'punct';
  }
  if (isArabicLetter(code)) return 'word';
  const first = raw[0]!;
  if (first !== first.toLowerCase() || first !== first.toUpperCase()) return 'word';
  return NUMBER_RE.test(raw) ? 'num' : 'punct';
}

/** What a word token is, whatever its place: the same for every occurrence of the same text. */
interface WordShape {
  text: string;
  key: string;
  cap: boolean;
  allCaps: boolean;
  possessive: boolean;
  parts: readonly string[];
}

// Shapes of the words seen lately: a text repeats its words ("the", "said", a name), and a lookup
// is cheaper than case-mapping, normalising and testing each occurrence again. Dropped whole when
// full, so a long-running worker's memory stays bounded.
const SHAPE_MEMO_MAX = 50_000;
const shapes = new Map<string, WordShape>();

function wordToken(raw: string, block: number, titleCase: boolean, sentenceStart: boolean): Token {
  const plain = plainKey(raw);
  if (plain !== undefined) {
    return {
      text: raw,
      key: plain,
      kind: 'word',
      cap: false,
      allCaps: false,
      possessive: false,
      sentenceStart,
      block,
      titleCase,
      parts: NO_PARTS,
    };
  }
  let shape = shapes.get(raw);
  if (!shape) {
    shape = shapeOf(raw);
    if (shapes.size >= SHAPE_MEMO_MAX) shapes.clear();
    shapes.set(raw, shape);
  }
  const { text, key, cap, allCaps, possessive, parts } = shape;
  return { text, key, kind: 'word', cap, allCaps, possessive, sentenceStart, block, titleCase, parts };
}

/**
 * The key of a plain word, most words of any text: lower-case ASCII letters only (the key is the
 * word), or Arabic letters only (the key is its normalised form). undefined for any other word.
 * A scan of a few codes is cheaper than the shape memo's lookup in a table of thousands of words.
 */
function plainKey(raw: string): string | undefined {
  const first = raw.charCodeAt(0);
  if (first >= 97 && first <= 122) {
    for (let i = 1; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c < 97 || c > 122) return undefined;
    }
    return raw;
  }
  if (first >= 0x0621 && first <= 0x064a) {
    for (let i = 1; i < raw.length; i++) {
      const c = raw.charCodeAt(i);
      if (c < 0x0621 || c > 0x064a) return undefined;
    }
    return normalizeArabic(raw);
  }
  return undefined;
}

function shapeOf(raw: string): WordShape {
  const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s'));
  const text = possessive ? raw.slice(0, -2) : raw;
  const key = keyOf(text);
  const cap = startsUpper(text);
  return {
    text,
    key,
    cap,
    allCaps: cap && text.length > 1 && isAllCaps(text),
    possessive,
    parts: text.includes('-') || text.includes('‑') ? key.split(/[-‑]/u) : NO_PARTS,
  };
}

/** First letter upper-case: ASCII by its code, the rest by case mapping. */
function startsUpper(surface: string): boolean {
  const code = surface.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  if (isArabicChar(code)) return false;
  const first = surface[0]!;
  return first !== first.toLowerCase();
}

/** Every letter upper-case and at least two upper-case letters ("US", "U.S.", "AMMAN"). */
function isAllCaps(surface: string): boolean {
  return surface === surface.toUpperCase() && TWO_UPPER_RE.test(surface);
}

/** An Arabic letter: the Arabic block less its punctuation (، ؛ ؟ ٪ ۔) and digits. */
function isArabicLetter(code: number): boolean {
  if (!isArabicChar(code)) return false;
  return !(
    code === 0x060c ||
    code === 0x061b ||
    code === 0x061f ||
    code === 0x06d4 ||
    (code >= 0x0660 && code <= 0x066d) ||
    (code >= 0x06f0 && code <= 0x06f9)
  );
}

/** Arabic block U+0600-U+06FF and the presentation forms: no case, their own rules. */
export function isArabicChar(code: number): boolean {
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff);
}

/** The matching key of a surface form: lower case, one apostrophe, Arabic letters unified. */
export function keyOf(surface: string): string {
  // letters of the Arabic block have no case, and ’ ‑ lie outside it: only normalisation applies
  if (inArabicBlock(surface)) return normalizeArabic(surface);
  let key = surface.toLowerCase();
  if (key.includes('’')) key = key.replace(/’/gu, "'");
  if (key.includes('‑')) key = key.replace(/‑/gu, '-');
  return isArabicChar(key.charCodeAt(0)) ? normalizeArabic(key) : key;
}

function inArabicBlock(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0600 || c > 0x06ff) return false;
  }
  return s.length > 0;
}

/**
 * Arabic spelling variants that writers mix freely: hamza forms of alef, diacritics and the
 * tatweel stretcher. Taa marbuta is kept (it carries the feminine suffix), and so is alef maqsura:
 * folding it into yaa would turn اليمنى ("right", as in the right foot) into اليمني (Yemeni).
 * One pass over the codes; a word with nothing to change comes back as it is.
 */
export function normalizeArabic(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) {
      out += s.slice(from, i); // diacritic or tatweel: dropped
      from = i + 1;
    } else if (c === 0x0622 || c === 0x0623 || c === 0x0625 || c === 0x0671) {
      out += s.slice(from, i) + 'ا'; // آ أ إ ٱ -> ا
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** A headline written in Title Case: most longer words capitalised. */
export function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /^\p{L}{4,}/u.test(w));
  if (words.length < TITLE_CASE_MIN_WORDS) return false;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= TITLE_CASE_SHARE;
}

function punctLike(raw: string, kind: 'punct' | 'num', block: number, titleCase: boolean): Token {
  return {
    text: raw,
    key: raw,
    kind,
    cap: false,
    allCaps: false,
    possessive: false,
    sentenceStart: false,
    block,
    titleCase,
    parts: NO_PARTS,
  };
}
