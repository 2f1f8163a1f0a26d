/**
 * @module toDocument: the Document a perfect scraper and entity extractor would produce for a
 * generated article. Fast on purpose (no schema parse per document): the search benchmark fills
 * its index with 100,000 of these.
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../src/document.js';
import type { ArticleSpec } from './articles.js';
// The pipeline's own word definition (src/extract), so a generated Document matches a parsed one.
import { countWordsFast } from './words.js';

export const GENERATED_EXTRACTOR = 'generated';

export function toDocument(a: ArticleSpec): Document {
  const body = a.paragraphs.join('\n\n');
  return {
    id: createHash('sha256').update(a.url).digest('hex').slice(0, 16),
    url: a.url,
    source: 'albawaba',
    lang: a.lang,
    title: a.title,
    subtitle: a.subtitle,
    authors: a.authors,
    publishedAt: a.publishedAt,
    updatedAt: a.updatedAt,
    section: a.section,
    tags: a.tags,
    paragraphs: a.paragraphs,
    body,
    entities: { nations: [...a.nations].sort(), persons: [...a.persons].sort() },
    wordCount: countWordsFast(body),
    contentHash: createHash('sha256').update(body).digest('hex'),
    extractor: GENERATED_EXTRACTOR,
  };
}
