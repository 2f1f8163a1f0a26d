/**
 * @module toDocument: the Document a perfect scraper and entity extractor would produce for a
 * generated article. Fast on purpose (no schema parse per document): the search benchmark fills
 * its index with 100,000 of these.
 */
import type { Document } from '../../src/document.js';
// The pipeline's own id, hash and word definitions, so a generated Document matches a parsed one.
import { countWords, documentId, sha256Hex } from '../../src/extract/index.js';
import type { ArticleSpec } from './articles.js';

export const GENERATED_EXTRACTOR = 'generated';

export function toDocument(a: ArticleSpec): Document {
  const body = a.paragraphs.join('\n\n');
  return {
    id: documentId(a.url),
    url: a.url,
    source: 'albawaba',
    lang: a.lang,
    title: a.title,
    subtitle: a.subtitle,
    authors: a.authors,
    publishedAt: a.publishedAt,
    dateSource: 'markup',
    updatedAt: a.updatedAt,
    section: a.section,
    tags: a.tags,
    paragraphs: a.paragraphs,
    body,
    entities: { nations: [...a.nations].sort(), persons: [...a.persons].sort() },
    wordCount: countWords(body),
    contentHash: sha256Hex(body),
    extractor: GENERATED_EXTRACTOR,
  };
}
