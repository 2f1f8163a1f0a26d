/**
 * @module The shape an article has inside the Meilisearch index: the Document's searchable text
 * and display fields, flattened entities, and the derived date fields filters and facets use.
 */
import type { Document } from '../../document.js';
import { periodOf } from '../periods.js';
import { foldAbbreviations } from '../query/index.js';
import { stripSentinels } from './snippet.js';

export interface MeiliDocument {
  id: string;
  url: string;
  title: string;
  subtitle: string | null;
  body: string;
  authors: string[];
  nations: string[];
  persons: string[];
  section: string | null;
  publishedAt: string;
  /** publishedAt in epoch seconds: range filters, sort, the date tiebreak */
  timestamp: number;
  /** "YYYY": the years facet */
  year: string;
  /** "YYYY-MM": the months facet */
  month: string;
  /** "YYYY-MM-DD" and its week's Monday: the timeline's day and week counts */
  day: string;
  week: string;
  lang: string;
  source: string;
}

/** The fields a search hit needs back (body is not one: the snippet comes from `_formatted`). */
export const HIT_ATTRIBUTES = ['id', 'url', 'title', 'subtitle', 'publishedAt', 'section', 'authors', 'nations', 'persons'];

export function toMeiliDocument(doc: Document): MeiliDocument {
  const timestamp = Math.floor(Date.parse(doc.publishedAt) / 1000);
  return {
    id: doc.id,
    url: doc.url,
    // highlight sentinels cannot occur in indexed text, so every one in a response is ours
    // dotted abbreviations as one word ("U.S." -> "US"), as the embedded engine reads them (query/normalize.ts)
    title: foldAbbreviations(stripSentinels(doc.title)),
    subtitle: doc.subtitle === null ? null : foldAbbreviations(stripSentinels(doc.subtitle)),
    body: foldAbbreviations(stripSentinels(doc.body)),
    authors: doc.authors,
    nations: doc.entities.nations,
    persons: doc.entities.persons,
    section: doc.section,
    publishedAt: doc.publishedAt,
    timestamp,
    year: doc.publishedAt.slice(0, 4),
    month: doc.publishedAt.slice(0, 7),
    day: periodOf(timestamp, 'day'),
    week: periodOf(timestamp, 'week'),
    lang: doc.lang,
    source: doc.source,
  };
}
