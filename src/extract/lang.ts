/**
 * @module Language of a text from the script it is written in, for pages and inputs that do not
 * declare one: Arabic script -> "ar", else "en" (the archive's two editions).
 */

// A text whose letters are more than this share Arabic is Arabic: English pages quote Arabic
// words now and then, Arabic pages quote Latin brand names and acronyms.
const ARABIC_SHARE = 0.3;
// The opening of a text shows its script; the cap bounds the cost on very long pages.
const SAMPLE_CHARS = 5000;

export function detectLang(text: string): 'ar' | 'en' {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const arabic = sample.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  return letters > 0 && arabic / letters > ARABIC_SHARE ? 'ar' : 'en';
}
