/**
 * @module Arabic word forms: the demonyms derived from a country name (مصر -> مصري، المصرية،
 * المصريين …) and the clitic prefixes (و، ف، ب، ل، ك، ال) peeled off a word before lookup.
 */
import { isArabicChar, normalizeArabic } from './tokenize.js';

// Nisba suffixes: masculine, feminine, plurals, duals (feminine also spelt with haa).
const NISBA_SUFFIXES = ['ي', 'ية', 'يه', 'يون', 'يين', 'يان', 'يتين', 'يتان', 'يات'];
// Conjunctions, then prepositions, then the article: the order clitics stack in.
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const ARTICLE = 'ال';
const MIN_STEM_LETTERS = 2; // a shorter remainder is a particle, not a word

/**
 * The demonym forms of one Arabic country name, normalised, without the article (the matcher
 * peels it off the text): ألمانيا -> الماني، المانية، المانيون … Multi-word names give none.
 */
export function demonymForms(name: string): string[] {
  if (/\s/u.test(name)) return [];
  // Only a literal "ال" is the article: "ألمانيا" begins with alef-hamza and keeps it.
  const bare = name.startsWith(ARTICLE) ? name.slice(ARTICLE.length) : name;
  const n = normalizeArabic(bare);
  const stem = n.endsWith('ية') ? n.slice(0, -2) : n.endsWith('يا') ? n.slice(0, -2) : n.endsWith('ا') ? n.slice(0, -1) : n;
  if (stem.length < MIN_STEM_LETTERS) return [];
  return NISBA_SUFFIXES.map((s) => stem + s);
}

/** A demonym given in the data (masculine singular) with all its suffix forms. */
export function nisbaForms(masculine: string): string[] {
  const n = normalizeArabic(masculine).replace(/^ال/u, '');
  const stem = n.endsWith('ي') ? n.slice(0, -1) : n;
  return NISBA_SUFFIXES.map((s) => stem + s);
}

/**
 * The lookup keys of one normalised Arabic word, the word itself first, then with its clitics
 * peeled: "وبالعراق" -> وبالعراق، بالعراق، العراق، عراق. "لل" is ل + ال with the alef dropped.
 */
export function cliticVariants(key: string): string[] {
  const out = [key];
  let rest = key;
  if (CONJUNCTIONS.some((c) => rest.startsWith(c)) && rest.length - 1 >= MIN_STEM_LETTERS + 1) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.startsWith('لل') && rest.length - 2 >= MIN_STEM_LETTERS) {
    out.push(ARTICLE + rest.slice(2), rest.slice(2));
    return out;
  }
  if (PREPOSITIONS.some((p) => rest.startsWith(p)) && rest.length - 1 >= MIN_STEM_LETTERS + 1) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (rest.startsWith(ARTICLE) && rest.length - 2 >= MIN_STEM_LETTERS) out.push(rest.slice(2));
  return out;
}

/** The word is in Arabic script (judged by its first letter: words do not mix scripts). */
export function isArabic(text: string): boolean {
  return text.length > 0 && isArabicChar(text.charCodeAt(0));
}
