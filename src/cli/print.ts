/**
 * @module Shared printers for command summaries: `--json` prints one JSON object on stdout
 * (exactly the keys docs/interfaces.md lists), otherwise a short human summary (also on stdout).
 * Stored text in a human line goes through `printable` (terminal-text.ts).
 */
import type { Unmatched } from '../server/filter-resolution.js';
import { printable } from './terminal-text.js';

export interface PrintOptions {
  json?: boolean;
}

/** Print `data` as one JSON line, or the human `lines`. */
export function printSummary(data: object, opts: PrintOptions, lines: () => string[]): void {
  process.stdout.write(opts.json ? `${JSON.stringify(data)}\n` : `${lines().join('\n')}\n`);
}

/** `{ no_article: 2, read_failed: 1 }` -> "no_article 2, read_failed 1" ("none" when empty). */
export function formatCounts(counts: Record<string, number>): string {
  const entries = Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1));
  return entries.length === 0 ? 'none' : entries.map(([k, n]) => `${k} ${n}`).join(', ');
}

/** "Jordan (3), Egypt (2)" */
export function formatFacet(values: readonly { value: string; count: number }[]): string {
  return values.length === 0 ? '-' : values.map((v) => `${printable(v.value)} (${v.count})`).join(', ');
}

/** `no nation "Frence"; did you mean "France"?`: a filter value that matched nothing, and the closest labels. */
export function formatUnmatched(u: Unmatched): string {
  const suggestions = u.suggestions.map((s) => `"${printable(s)}"`).join(' or ');
  return `no ${u.parameter} "${printable(u.value)}"${suggestions === '' ? '' : `; did you mean ${suggestions}?`}`;
}
