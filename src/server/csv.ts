/**
 * @module CSV per RFC 4180, the one place it is written: a field is quoted when it holds a comma,
 * a double quote, a CR or an LF (quotes inside doubled), and records end with CRLF. Small enough
 * to own rather than add a dependency for (`csv-stringify` is not installed).
 */

const NEEDS_QUOTES = /[",\r\n]/;

/** One field: as is, or in double quotes with every quote doubled. */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvRecord(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** A header record and the rows. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number | null)[])[]): string {
  return csvRecord(header) + rows.map(csvRecord).join('');
}
