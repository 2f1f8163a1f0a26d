/**
 * @module Page language: the declared tag reduced to its primary subtag, or a guess from the
 * script the text is written in.
 */

// Share of letters in Arabic script above which a page is Arabic.
const ARABIC_SHARE = 0.3;
const SAMPLE_CHARS = 5000;

/** "en-US" -> "en", "ar_JO" -> "ar"; null when absent or not a language tag. */
export function primaryLang(tag: string | null | undefined): string | null {
  const m = tag ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/iu.exec(tag) : null;
  return m ? m[1]!.toLowerCase() : null;
}

/** Guess the language from the script of a text sample: Arabic script -> "ar", else "en". */
export function detectLang(sample: string): string {
  const s = sample.slice(0, SAMPLE_CHARS);
  let letters = 0;
  let arabic = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      letters++;
      if (/\p{Script=Arabic}/u.test(ch)) arabic++;
    }
  }
  return letters > 0 && arabic / letters > ARABIC_SHARE ? 'ar' : 'en';
}
