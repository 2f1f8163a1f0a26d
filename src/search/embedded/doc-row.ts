/**
 * @module A document as the embedded engine stores it: its words normalised into term numbers
 * (new words numbered by the vocabulary), the packed columns of its rows, and its facts as the
 * in-memory index takes them.
 */
import type { Document } from '../../document.js';
import { tokenize } from '../query/index.js';
import type { DocFacts } from './memory-index.js';
import { encodeTokens } from './row-codec.js';
import type { DocRow } from './store.js';
import type { Vocabulary } from './vocabulary.js';

/** The facet fields of a document, as kept in its docs row. */
export interface StoredFacets {
  publishedAt: string;
  section: string | null;
  nations: string[];
  persons: string[];
  lang: string;
  source: string;
  authors: string[];
}

/** What a hit shows beyond its facets. */
export interface ShownFields {
  url: string;
  title: string;
  subtitle: string | null;
}

/** A row to write, with the term numbers themselves (the in-memory index takes them unpacked). */
export interface NewRow extends DocRow {
  termIds: Uint32Array;
}

/** Normalise a document's words into term numbers. */
export function toRow(d: Document, vocab: Vocabulary): NewRow {
  const fields = [tokenize(d.title), tokenize(d.subtitle ?? ''), tokenize(d.body)];
  const termIds = new Uint32Array(3 + fields[0]!.length + fields[1]!.length + fields[2]!.length);
  let pos = 3;
  fields.forEach((words, f) => {
    termIds[f] = words.length;
    for (const w of words) termIds[pos++] = vocab.intern(w);
  });
  const shown: ShownFields = { url: d.url, title: d.title, subtitle: d.subtitle };
  return {
    id: d.id,
    ts: Date.parse(d.publishedAt) / 1000,
    shown: JSON.stringify(shown),
    facets: JSON.stringify(storedFacets(d)),
    body: d.body,
    tokens: encodeTokens(termIds),
    termIds,
  };
}

export function storedFacets(d: Document): StoredFacets {
  return {
    publishedAt: d.publishedAt,
    section: d.section,
    nations: d.entities.nations,
    persons: d.entities.persons,
    lang: d.lang,
    source: d.source,
    authors: d.authors,
  };
}

export function facts(d: Document, seq: number): DocFacts {
  return { id: d.id, seq, ts: Date.parse(d.publishedAt) / 1000, ...storedFacets(d) };
}
