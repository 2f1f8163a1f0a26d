/**
 * @module Scoring a parsed Document against a ground-truth JSON: exact fields, body token F1,
 * exact paragraphs, boilerplate leaks and entity set overlap.
 */
import type { Document } from '../../src/document.js';
import { splitByline } from '../../scrapers/index.js';

export interface Truth {
  url: string;
  layout: string;
  lang: string;
  title: string;
  subtitle: string | null;
  author: string;
  publishedAt: string;
  section: string | null;
  tags: string[];
  paragraphs: string[];
  entities: { nations: string[]; persons: string[] };
  mustNotAppear?: string[];
}

/** Fields compared exactly (publishedAt at minute precision, author through the byline rule). */
export const EXACT_FIELDS = ['title', 'subtitle', 'author', 'section', 'url', 'publishedAt', 'lang', 'tags'] as const;
export type ExactField = (typeof EXACT_FIELDS)[number];

export interface SetCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PageScore {
  fields: Record<ExactField, { ok: boolean; got: unknown; want: unknown }>;
  bodyF1: number;
  paragraphsMatched: number;
  paragraphsTotal: number;
  leaks: string[];
  nations: SetCounts & { missing: string[]; extra: string[] };
  persons: SetCounts & { missing: string[]; extra: string[] };
}

export function scorePage(doc: Document, truth: Truth): PageScore {
  const got: Record<ExactField, unknown> = {
    title: doc.title,
    subtitle: doc.subtitle,
    author: doc.authors,
    section: doc.section,
    url: doc.url,
    publishedAt: doc.publishedAt.slice(0, 16),
    lang: doc.lang,
    tags: doc.tags,
  };
  const want: Record<ExactField, unknown> = {
    title: truth.title,
    subtitle: truth.subtitle,
    author: splitByline(truth.author),
    section: truth.section,
    url: truth.url,
    publishedAt: truth.publishedAt.slice(0, 16),
    lang: truth.lang,
    tags: truth.tags,
  };
  const fields = Object.fromEntries(
    EXACT_FIELDS.map((f) => [f, { ok: JSON.stringify(got[f]) === JSON.stringify(want[f]), got: got[f], want: want[f] }]),
  ) as PageScore['fields'];
  const produced = new Set(doc.paragraphs);
  const shown = [doc.title, doc.subtitle ?? '', doc.body].join('\n');
  return {
    fields,
    bodyF1: tokenF1(doc.body, truth.paragraphs.join('\n\n')),
    paragraphsMatched: truth.paragraphs.filter((p) => produced.has(p)).length,
    paragraphsTotal: truth.paragraphs.length,
    leaks: (truth.mustNotAppear ?? []).filter((s) => shown.includes(s)),
    nations: setCounts(doc.entities.nations, truth.entities.nations),
    persons: setCounts(doc.entities.persons, truth.entities.persons),
  };
}

/** Errors score zero everywhere but still count the truth's entities as missed. */
export function failedPage(truth: Truth): PageScore {
  const fields = Object.fromEntries(EXACT_FIELDS.map((f) => [f, { ok: false, got: null, want: null }])) as PageScore['fields'];
  return {
    fields,
    bodyF1: 0,
    paragraphsMatched: 0,
    paragraphsTotal: truth.paragraphs.length,
    leaks: [],
    nations: setCounts([], truth.entities.nations),
    persons: setCounts([], truth.entities.persons),
  };
}

/** F1 over word tokens (multisets), case-insensitive. */
export function tokenF1(produced: string, expected: string): number {
  const a = tokens(produced);
  const b = tokens(expected);
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      overlap++;
      counts.set(t, c - 1);
    }
  }
  if (overlap === 0) return 0;
  const precision = overlap / a.length;
  const recall = overlap / b.length;
  return (2 * precision * recall) / (precision + recall);
}

export function f1(c: SetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function setCounts(got: readonly string[], want: readonly string[]): SetCounts & { missing: string[]; extra: string[] } {
  const g = new Set(got);
  const w = new Set(want);
  const missing = [...w].filter((x) => !g.has(x));
  const extra = [...g].filter((x) => !w.has(x));
  return { tp: w.size - missing.length, fp: extra.length, fn: missing.length, missing, extra };
}
