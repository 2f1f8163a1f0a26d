/**
 * @module A page's hits: each ranked document's stored hit row (store.ts) turned into what a
 * result shows, its snippet and title marked. Pure reads of the index file, so the hit thread
 * (hit-thread.ts) runs it with its own connection as the search's thread would.
 */
import type { SearchHit } from '../engine.js';
import { highlight, snippet, type MarkedWords } from '../query/index.js';
import type { ShownFields, StoredFacets } from './doc-row.js';
import type { EngineStore, StoredHit } from './store.js';

/** The documents of a ranked page, in order, and the words their snippets mark. */
export interface PageToShow {
  /** the documents' row numbers in the index file */
  seqs: number[];
  ids: string[];
  marked: MarkedWords;
}

/**
 * The hits of `page`, in order. A document whose row is gone was removed or replaced (by any
 * writer) after the search ranked it, the hits being read apart (hit-thread.ts): it is left off
 * the page (the search's total is not adjusted).
 */
export function showPage(store: EngineStore, page: PageToShow): SearchHit[] {
  const hits: SearchHit[] = [];
  page.seqs.forEach((seq, i) => {
    const row = store.hit(seq);
    if (row) hits.push(toHit(page.ids[i]!, row, page.marked));
  });
  return hits;
}

function toHit(id: string, row: StoredHit, marked: MarkedWords): SearchHit {
  const f = JSON.parse(row.facets) as StoredFacets;
  const shown = JSON.parse(row.shown) as ShownFields;
  const text = row.body !== '' ? row.body : (shown.subtitle ?? '');
  // Fields copied one by one, not spread: V8 (Node 20) keeps objects made by spreading a
  // JSON.parse result alive through young-generation collections, promoting garbage to the old
  // generation at every collection (the RSS grew with every few thousand queries).
  return {
    id,
    url: shown.url,
    title: shown.title,
    subtitle: shown.subtitle,
    publishedAt: f.publishedAt,
    section: f.section,
    authors: f.authors,
    nations: f.nations,
    persons: f.persons,
    snippet: snippet(text, marked),
    titleHighlighted: highlight(shown.title, marked),
  };
}
