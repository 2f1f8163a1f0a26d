/**
 * @module Shared printers for command summaries: `--json` prints one JSON object on stdout
 * (exactly the keys docs/interfaces.md lists), otherwise a short human summary (also on stdout).
 */

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
  return values.length === 0 ? '-' : values.map((v) => `${v.value} (${v.count})`).join(', ');
}
