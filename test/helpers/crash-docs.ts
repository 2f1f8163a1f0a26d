/**
 * @module Generated documents for the crash tests of the embedded index: `crashDoc(i, version)`
 * holds the word `marker<i>` once, `version<version>` once, and words shared with other
 * documents, so that a snapshot of a few thousand of them takes a few MB to write.
 */
import type { Document } from '../../src/document.js';
import { makeDoc } from '../server/helpers.js';

const SHARED_WORDS = 600;
const WORDS_PER_DOC = 150;

export function crashDoc(i: number, version: number): Document {
  const words = Array.from({ length: WORDS_PER_DOC }, (_, j) => `word${(i * 31 + j * 7) % SHARED_WORDS}`);
  return makeDoc({
    slug: `doc-${i}`,
    title: `Report ${i} marker${i}`,
    paragraphs: [`${words.join(' ')} version${version}.`],
    publishedAt: new Date(Date.UTC(2015, 0, 1) + i * 3_600_000).toISOString(),
    nations: [`Nation${i % 7}`],
  });
}
