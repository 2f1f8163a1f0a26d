/**
 * @module Language of a plain text from its script, for inputs that come without one.
 */

// A text whose letters are at least this share Arabic is Arabic: English pages quote Arabic
// words now and then, Arabic pages quote Latin brand names and acronyms.
const ARABIC_SHARE = 0.3;

export function detectLang(text: string): 'ar' | 'en' {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return letters > 0 && arabic / letters >= ARABIC_SHARE ? 'ar' : 'en';
}
