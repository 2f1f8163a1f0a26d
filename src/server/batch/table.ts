/**
 * @module A batch lookup's answers as the API sends them: JSON, or CSV with a header row (one
 * record per line; co-mentions in one cell each, "France (2); Iraq (1)", so a spreadsheet keeps
 * one row per name).
 */
import type { FacetCount } from '../../search/engine.js';
import { csvDocument } from '../csv.js';
import type { BatchAnswer } from './lookup.js';

export const BATCH_CSV_HEADER = ['lineNumber', 'line', 'kind', 'label', 'total', 'first', 'last', 'nations', 'persons'] as const;
export const CSV_TYPE = 'text/csv; charset=utf-8';
export const CSV_FILE_NAME = 'archivist-batch.csv';

/** The JSON answer of POST /api/batch (docs/interfaces.md). */
export function batchJson(answers: readonly BatchAnswer[], tookMs: number): { lines: readonly BatchAnswer[]; tookMs: number } {
  return { lines: answers, tookMs };
}

export function batchCsv(answers: readonly BatchAnswer[]): string {
  return csvDocument(
    BATCH_CSV_HEADER,
    answers.map((a) => [
      a.lineNumber,
      a.line,
      a.read.kind,
      a.read.label,
      a.total,
      a.first?.publishedAt ?? '',
      a.last?.publishedAt ?? '',
      countsCell(a.coMentions.nations),
      countsCell(a.coMentions.persons),
    ]),
  );
}

function countsCell(values: readonly FacetCount[]): string {
  return values.map((v) => `${v.value} (${v.count})`).join('; ');
}
