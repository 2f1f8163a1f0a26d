/**
 * @module A page's declared language tag, reduced to its primary subtag (a page that declares
 * none is guessed from its script: src/extract detectLang).
 */

/** "en-US" -> "en", "ar_JO" -> "ar"; null when absent or not a language tag. */
export function primaryLang(tag: string | null | undefined): string | null {
  const m = tag ? /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/iu.exec(tag) : null;
  return m ? m[1]!.toLowerCase() : null;
}
