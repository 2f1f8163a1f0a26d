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
const POSSESSIVE_RE = /['’]s$/u;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»', '—', '–', '(', ')', '؟', '،']);
const TITLE_CASE_MIN_WORDS = 4; // shorter titles cannot tell us whether capitals are a style
const TITLE_CASE_SHARE = 0.7; // share of words of 4+ letters starting upper-case in a Headline Style title
const ARABIC_DIACRITICS = /[\u064B-\u065F\u0670\u0640]/gu;

/** Tokenise `text` (one block) appending to `out`. */
export function tokenizeBlock(text: string, block: number, out: Token[], titleCase = false): void {
  let atStart = true;
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const first = raw.codePointAt(0)!;
    if (isLetter(first)) {
      const possessive = POSSESSIVE_RE.test(raw) && raw.length > 2;
      const surface = possessive ? raw.slice(0, -2) : raw;
      const letters = surface.replace(/[^\p{L}]/gu, '');
      const cap = /^\p{Lu}/u.test(surface);
      const key = keyOf(surface);
      out.push({
        text: surface,
        key,
        kind: 'word',
        cap,
        allCaps: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
        possessive,
        sentenceStart: atStart,
        block,
        titleCase,
        parts: /[-‑]/u.test(surface) ? key.split(/[-‑]/u) : [],
      });
      atStart = false;
    } else if (/\p{N}/u.test(raw)) {
      out.push(punctLike(raw, 'num', block, titleCase));
      atStart = false;
    } else {
      out.push(punctLike(raw, 'punct', block, titleCase));
      if (SENTENCE_END.has(raw)) atStart = true;
    }
  }
}

/** The matching key of a surface form: lower case, one apostrophe, Arabic letters unified. */
export function keyOf(surface: string): string {
  return normalizeArabic(surface.toLowerCase().replace(/’/gu, "'").replace(/‑/gu, '-'));
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
    sentenceStart: false, block, titleCase, parts: [],
  };
}

function isLetter(cp: number): boolean {
  return /\p{L}/u.test(String.fromCodePoint(cp));
}
