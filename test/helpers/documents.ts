/**
 * @module Valid Documents for store and pipeline tests, built the way the scrapers build them
 * (id = first 16 hex of sha256(url), contentHash = sha256(body)).
 */
import { createHash } from 'node:crypto';
import type { Document } from '../../src/document.js';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function makeDocument(n: number, overrides: Partial<Document> = {}): Document {
  const url = overrides.url ?? `https://news.example.org/story/${n}`;
  const paragraphs = overrides.paragraphs ?? [`Story number ${n} opens here.`, `It closes with detail ${n}.`];
  const body = paragraphs.join('\n\n');
  return {
    id: sha256(url).slice(0, 16),
    url,
    source: 'news.example.org',
    lang: 'en',
    title: `Story ${n}`,
    subtitle: null,
    authors: ['Desk'],
    publishedAt: `2016-01-${String((n % 28) + 1).padStart(2, '0')}T05:53:00Z`,
    dateSource: 'markup',
    updatedAt: null,
    section: 'News',
    tags: [],
    paragraphs,
    body,
    entities: { nations: ['Jordan'], persons: [] },
    wordCount: body.split(/\s+/).length,
    contentHash: sha256(body),
    extractor: 'generic',
    ...overrides,
  };
}

/** `doc` with a new body (and matching paragraphs, hash and word count). */
export function withBody(doc: Document, paragraphs: string[]): Document {
  const body = paragraphs.join('\n\n');
  return { ...doc, paragraphs, body, contentHash: sha256(body), wordCount: body.split(/\s+/).length };
}
