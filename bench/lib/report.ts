/**
 * @module Shared benchmark helpers: timing, percentiles and the side-by-side report format.
 */
import { setImmediate as turn } from 'node:timers/promises';

export interface BenchOptions {
  /** small corpora for a smoke run (BENCH_QUICK=1) */
  quick: boolean;
  /** `--size N`: the archive size of benches that take one (the scale bench) */
  size?: number;
}
export interface BenchModule {
  main(opts: BenchOptions): Promise<void>;
}

/** Nearest-rank percentile of `samples` (ms); p in 0..100. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rankIndex = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rankIndex))]!;
}

/** Run `fn` over `inputs` `runs` times after `warmup` calls; returns each call's duration in ms. */
export async function timeEach<T>(
  inputs: readonly T[],
  fn: (input: T) => unknown,
  { warmup = 10, runs = inputs.length }: { warmup?: number; runs?: number } = {},
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) {
    await fn(inputs[i % inputs.length]!);
    await turn();
  }
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    // the event loop turns between calls, as between a server's requests (a thread the code
    // under test starts gets to start: the embedded engine's facet thread does)
    await turn();
    const start = process.hrtime.bigint();
    await fn(inputs[i % inputs.length]!);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** Seconds taken by `fn` (awaited). */
export async function seconds(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

export type Row = Record<string, string | number>;

/** Print rows as an aligned table; numbers get at most 2 decimals. */
export function printTable(rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => columns.map((c) => format(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(columns));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of cells) console.log(line(row));
}

/** "12.3x the reference (target >= 10x): MET" style verdict line. */
export function verdict(label: string, ratio: number, target: number): void {
  console.log(`${label}: ${ratio.toFixed(1)}x the reference (target >= ${target}x): ${ratio >= target ? 'MET' : 'NOT MET'}`);
}

export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

function format(v: string | number | undefined): string {
  if (v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  return v;
}
