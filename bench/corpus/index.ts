/**
 * @module Synthetic Al Bawaba corpus for benchmarks and tests: seeded articles with their ground
 * truth, rendered as full pages in the site's three layouts, or straight to Documents.
 *
 *   const articles = generateArticles(1000, { seed: 42, lang: 'mixed' });
 *   const html = renderPage(articles[0], 'd9', { padToBytes: 120_000 });
 *   const doc = toDocument(articles[0]);
 */
/**
 * Bumped whenever the same seed starts giving different articles or pages: benchmarks that
 * cache a generated corpus on disk should put it in their cache key.
 *   1: first version; 2: coherent name groups (persons changed); 3: Arabic slugs keep hamza letters;
 *   4: more entity traps (Michael Jordan, the food turkey, fine china);
 *   5: no body template reused within ~20 sentences, more Arabic templates, present-tense headlines;
 *   6: Document wordCount counted by src/extract (the pipeline's definition).
 */
export const CORPUS_VERSION = 6;

export { generateArticles, generateArticle, iterateArticles, slugify } from './articles.js';
export type { ArticleSpec, GenerateOptions, Lang, LangChoice } from './articles.js';
export { renderPage } from './render/page.js';
export type { RenderOptions } from './render/page.js';
export type { Layout } from './render/body.js';
export { toDocument, GENERATED_EXTRACTOR } from './document.js';
export { NATIONS } from './data/nations.js';
export { PERSONS, AR_PERSONS } from './lexicon.js';
export { countWords } from './writer-en.js';
