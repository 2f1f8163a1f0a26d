/** Shared helpers for the entity tests: run the extractor on a small original text. */
import { extractEntities } from '../../src/entities/index.js';
import type { Entities } from '../../src/document.js';

/** Paragraphs of our own writing; `title` defaults to a neutral one. */
export function entities(paragraphs: string | string[], title = 'News', lang = 'en'): Entities {
  return extractEntities({ title, subtitle: null, paragraphs: Array.isArray(paragraphs) ? paragraphs : [paragraphs], lang });
}
export const nations = (p: string | string[], title?: string): string[] => entities(p, title).nations;
export const persons = (p: string | string[], title?: string): string[] => entities(p, title).persons;
