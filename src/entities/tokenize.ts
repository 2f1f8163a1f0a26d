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
const TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Adm|Maj|Rev)\.|\p{Lu}\.(?=\s*\p{Lu})|\p{L}[\p{L}\p{M}\u0640]*(?:['’\-‑][\p{L}][\p{L}\p{M}\u0640]*)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const NUMBER_RE = /^\p{N}/u;
const NO_PARTS: readonly string[] = Object.freeze([]);
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '—', '–', '(', ')', '؟', '،']);
const TITLE_CASE_MIN_WORDS = 4; // shorter titles cannot tell us whether capitals are a style
const TITLE_CASE_SHARE = 0.7; // share of words of 4+ letters starting upper-case in a Headline Style title
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/gu;

/** Tokenise `text` (one block) appending to `out`. */
export function tokenizeBlock(text: string, block: number, out: Token[], titleCase = false): void {
  let atStart = true;
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    const first = raw[0]!;
    if (first !== first.toLowerCase() || first !== first.toUpperCase() || isArabicLetter(raw.charCodeAt(0))) {
      out.push(wordToken(raw, block, titleCase, atStart));
      atStart = false;
    } else if (raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57) {
      out.push(punctLike(raw, 'num', block, titleCase));
      atStart = false;
    } else if (NUMBER_RE.test(raw)) {
      out.push(punctLike(raw, 'num', block, titleCase));
      atStart = false;
    } else {
      out.push(punctLike(raw, 'punct', block, titleCase));
      if (SENTENCE_END.has(raw)) atStart = true;
    }
  }
}

// Per-token work avoids regexes: this runs for every word of every archived page.
function wordToken(raw: string, block: number, titleCase: boolean, sentenceStart: boolean): Token {
  const possessive = raw.length > 2 && (raw.endsWith("'s") || raw.endsWith('’s'));
  const surface = possessive ? raw.slice(0, -2) : raw;
  const first = surface[0]!;
  const key = keyOf(surface);
  const cap = first !== first.toLowerCase();
  return {
    text: surface,
    key,
    kind: 'word',
    cap,
    allCaps: cap && surface.length > 1 && surface === surface.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(surface),
    possessive,
    sentenceStart,
    block,
    titleCase,
    parts: surface.includes('-') || surface.includes('‑') ? key.split(/[-‑]/u) : NO_PARTS,
  };
}

/** An Arabic letter: the Arabic block less its punctuation (، ؛ ؟ ٪ ۔) and digits. */
function isArabicLetter(code: number): boolean {
  if (!isArabicChar(code)) return false;
  return !(code === 0x060c || code === 0x061b || code === 0x061f || code === 0x06d4 || (code >= 0x0660 && code <= 0x066d) || (code >= 0x06f0 && code <= 0x06f9));
}

/** Arabic block U+0600-U+06FF and the presentation forms: no case, their own rules. */
export function isArabicChar(code: number): boolean {
  return (code >= 0x0600 && code <= 0x06ff) || (code >= 0x0750 && code <= 0x077f) || (code >= 0xfb50 && code <= 0xfeff);
}

/** The matching key of a surface form: lower case, one apostrophe, Arabic letters unified. */
export function keyOf(surface: string): string {
  let key = surface.toLowerCase();
  if (key.includes('’')) key = key.replace(/’/gu, "'");
  if (key.includes('‑')) key = key.replace(/‑/gu, '-');
  return isArabicChar(key.charCodeAt(0)) ? normalizeArabic(key) : key;
}

/**
 * Arabic spelling variants that writers mix freely: hamza forms of alef, diacritics and the
 * tatweel stretcher. Taa marbuta is kept (it carries the feminine suffix), and so is alef maqsura:
 * folding it into yaa would turn اليمنى ("right", as in the right foot) into اليمني (Yemeni).
 */
export function normalizeArabic(s: string): string {
  return s.replace(ARABIC_DIACRITICS, '').replace(/[أإآٱ]/gu, 'ا');
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
    text: raw, key: raw, kind, cap: false, allCaps: false, possessive: false,
    sentenceStart: false, block, titleCase, parts: NO_PARTS,
  };
}
