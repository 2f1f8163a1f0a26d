/**
 * @module CSV files the server writes in one piece (batch answers, timelines): RFC 4180 through
 * csv-stringify, the library the streaming export uses too. A field is quoted when it holds a
 * comma, a double quote, a CR or an LF (quotes inside doubled); records end with CRLF, as RFC 4180
 * and spreadsheet programs expect.
 */
import { stringify } from 'csv-stringify/sync';

type Field = string | number | null;

/** csv-stringify quotes a field holding a record delimiter; RFC 4180 wants any CR or LF quoted, whatever ends the records. */
export const CSV_OPTIONS = { quoted_match: /[\r\n]/ } as const;

/** A header record and the rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly Field[])[]): string {
  return stringify([header, ...rows] as Field[][], { ...CSV_OPTIONS, record_delimiter: 'windows' });
}
