/**
 * @module Snippet scoring as the trafilatura evaluation does it: each snippet a page's main text
 * must contain is a true positive when found and a false negative when not; each snippet it must
 * not contain is a false positive when found and a true negative when not. Text is compared
 * whitespace-normalised.
 */

export interface SnippetCounts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

export interface SnippetCriteria {
  with: readonly string[];
  without: readonly string[];
}

export const emptyCounts = (): SnippetCounts => ({ tp: 0, fn: 0, fp: 0, tn: 0 });

const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/** Counts for one page; `text` null means the extractor gave nothing (every `with` is missed). */
export function scoreSnippets(text: string | null, criteria: SnippetCriteria): SnippetCounts {
  const hay = text === null ? '' : squash(text);
  const found = (s: string) => hay !== '' && hay.includes(squash(s));
  const hits = criteria.with.filter(found).length;
  const leaks = criteria.without.filter(found).length;
  return { tp: hits, fn: criteria.with.length - hits, fp: leaks, tn: criteria.without.length - leaks };
}

export function addCounts(into: SnippetCounts, more: SnippetCounts): void {
  into.tp += more.tp;
  into.fn += more.fn;
  into.fp += more.fp;
  into.tn += more.tn;
}

/** Precision, recall and F1 over all pages together. */
export function snippetMetrics(c: SnippetCounts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
