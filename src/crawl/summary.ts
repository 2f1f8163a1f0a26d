/**
 * @module Crawl summaries: this invocation's share of a run's totals, and the human lines.
 */
import type { RunTotals } from '../store/crawl-state.js';

/** after - before, dropping zero counts (a resumed run reports only what this invocation did). */
export function diffTotals(after: RunTotals, before: RunTotals): RunTotals {
  return {
    fetched: after.fetched - before.fetched,
    notModified: after.notModified - before.notModified,
    failed: diffCounts(after.failed, before.failed),
    skipped: diffCounts(after.skipped, before.skipped),
    new: after.new - before.new,
    updated: after.updated - before.updated,
    unchanged: after.unchanged - before.unchanged,
  };
}

function diffCounts(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of Object.keys(after).sort()) {
    const n = after[key]! - (before[key] ?? 0);
    if (n !== 0) out[key] = n;
  }
  return out;
}
