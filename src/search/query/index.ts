/**
 * @module Engine-neutral query helpers: normalisation, `q` parsing, typo distance, snippets.
 */
export {
  ARABIC_ARTICLE,
  foldAbbreviations,
  normalize,
  tokenize,
  sourceTokens,
  withoutArabicArticle,
  type SourceToken,
} from './normalize.js';
export { parseQuery, hasPositiveTerms, MAX_QUERY_WORDS, type ParsedQuery } from './parse.js';
export { allowedTypos, countedTypos, typoDistance, FIRST_LETTER_TYPOS, ONE_TYPO_MIN_LENGTH, TWO_TYPOS_MIN_LENGTH } from './typo.js';
export { highlight, snippet, lead, markedToHtml, SNIPPET_WORDS, type MarkedWords } from './highlight.js';
