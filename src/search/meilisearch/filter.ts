/**
 * @module Filter expressions for Meilisearch, built so that no value can change a filter's
 * meaning. Every value is written as a double-quoted string: inside one, Meilisearch (1.4+)
 * reads `\\` as a backslash and `\"` as a quote, and everything else (AND, OR, NOT, TO,
 * parentheses, brackets, commas, newlines, any unicode) as plain text.
 * @see https://www.meilisearch.com/docs/learn/filtering_and_sorting/filter_expression_reference
 */
import { EngineError } from '../../errors.js';
import type { SearchQuery } from '../engine.js';

/** The document fields the filters use (the index's filterableAttributes, see settings.ts). */
export const FILTER_FIELD = {
  nations: 'nations',
  persons: 'persons',
  section: 'section',
  lang: 'lang',
  source: 'source',
  authors: 'authors',
  timestamp: 'timestamp',
  year: 'year',
  id: 'id',
} as const;
type FilterField = (typeof FILTER_FIELD)[keyof typeof FILTER_FIELD];

/** A value as a Meilisearch filter string literal: double quotes, `\` and `"` escaped. */
export function quoteValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** `field = "value"` with the value quoted. */
export function equals(field: FilterField, value: string): string {
  return `${field} = ${quoteValue(value)}`;
}

/** Every value must be present: `f = "A" AND f = "B"` (safe to AND with other clauses). */
export function allOf(field: FilterField, values: readonly string[]): string | undefined {
  const unique = dedupe(values);
  return unique.length === 0 ? undefined : unique.map((v) => equals(field, v)).join(' AND ');
}

/** Any value suffices: `(f = "A" OR f = "B")`, parenthesised so an outer AND binds it whole. */
export function anyOf(field: FilterField, values: readonly string[]): string | undefined {
  const unique = dedupe(values);
  if (unique.length === 0) return undefined;
  if (unique.length === 1) return equals(field, unique[0]!);
  return `(${unique.map((v) => equals(field, v)).join(' OR ')})`;
}

/**
 * Inclusive date range on the epoch-seconds `timestamp` field. Bounds are ISO 8601 strings; a
 * lower bound with a fraction of a second rounds up and an upper bound rounds down, because
 * stored timestamps are whole seconds.
 */
export function dateRange(from: string | undefined, to: string | undefined): string | undefined {
  const parts: string[] = [];
  if (from !== undefined) parts.push(`${FILTER_FIELD.timestamp} >= ${Math.ceil(epochMs(from, 'from') / 1000)}`);
  if (to !== undefined) parts.push(`${FILTER_FIELD.timestamp} <= ${Math.floor(epochMs(to, 'to') / 1000)}`);
  return parts.length === 0 ? undefined : parts.join(' AND ');
}

/**
 * The whole filter of a query, or undefined when it has none: nations, persons (each combined
 * per `match`), sections, languages, sources and authors (any of each), date range, joined with AND.
 */
export function buildFilter(
  query: Pick<SearchQuery, 'nations' | 'persons' | 'match' | 'sections' | 'languages' | 'sources' | 'authors' | 'from' | 'to'>,
): string | undefined {
  const combine = query.match === 'any' ? anyOf : allOf;
  const clauses = [
    combine(FILTER_FIELD.nations, query.nations),
    combine(FILTER_FIELD.persons, query.persons),
    anyOf(FILTER_FIELD.section, query.sections),
    anyOf(FILTER_FIELD.lang, query.languages ?? []),
    anyOf(FILTER_FIELD.source, query.sources ?? []),
    anyOf(FILTER_FIELD.authors, query.authors ?? []),
    dateRange(query.from, query.to),
  ].filter((c): c is string => c !== undefined);
  return clauses.length === 0 ? undefined : clauses.join(' AND ');
}

// ---------------------------------------------------------------------------------------------

function dedupe(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function epochMs(iso: string, bound: 'from' | 'to'): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new EngineError('invalid_query', `${bound}: not a date: ${JSON.stringify(iso)}`, { parameter: bound });
  return ms;
}
