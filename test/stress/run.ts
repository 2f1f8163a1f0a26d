/**
 * @module `npm run stress [-- N]`: the parser fuzz at scale (issue 8). Runs N generated inputs
 * (default 100,000: tag soup, random bytes, mutated sample pages, unicode strings, mixed
 * charsets) plus every heavy case at full size through parseDocument with entities on, and
 * reports crashes (target 0), outcome counts and the slowest input. Exit 1 on any crash.
 */
import fc from 'fast-check';
import { anyInput, HEAVY_CASES, runInput, type FuzzInput, type Outcome } from '../fuzz/cases.js';

const DEFAULT_CASES = 100_000;
// Inputs are generated in batches so memory stays flat however many cases run.
const BATCH = 1000;
const SEED = Number(process.env.STRESS_SEED ?? 42);
// Crash reports printed in full; the rest are counted.
const MAX_REPORTED = 10;

const total = Number(process.argv.slice(2).find((a) => /^\d+$/u.test(a)) ?? DEFAULT_CASES);
const outcomes = new Map<string, number>();
const crashes: { label: string; error: string; input: FuzzInput }[] = [];
let slowest = { ms: 0, label: '' };
const startedAt = Date.now();

function record(input: FuzzInput, o: Outcome): void {
  const key = o.kind === 'error' ? `error ${o.code}` : o.kind;
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
  if (o.kind === 'crash') crashes.push({ label: input.label, error: o.error, input });
  if (o.ms > slowest.ms) slowest = { ms: o.ms, label: input.label };
}

for (const c of HEAVY_CASES) record({ label: `heavy: ${c.label}` }, runInput(c.make(1)));
for (let done = 0, batch = 0; done < total; batch++) {
  const n = Math.min(BATCH, total - done);
  for (const input of fc.sample(anyInput, { numRuns: n, seed: SEED + batch })) record(input, runInput(input));
  done += n;
  if (batch % 10 === 9)
    process.stderr.write(`stress: ${done}/${total} cases, ${crashes.length} crashes, ${((Date.now() - startedAt) / 1000).toFixed(0)} s\n`);
}

console.log(
  `stress: ${total} generated cases + ${HEAVY_CASES.length} heavy cases in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (seed ${SEED})`,
);
for (const [k, n] of [...outcomes].sort()) console.log(`  ${k.padEnd(20)} ${n}`);
console.log(`  crashes              ${crashes.length} (target 0)`);
console.log(`  slowest input        ${slowest.ms.toFixed(0)} ms (${slowest.label})`);
for (const c of crashes.slice(0, MAX_REPORTED)) {
  const sample = c.input.html ?? Buffer.from(c.input.bytes ?? []).toString('latin1');
  console.log(`\ncrash (${c.label}): ${c.error}\n  input (first 300 chars): ${JSON.stringify(sample.slice(0, 300))}`);
}
process.exitCode = crashes.length === 0 ? 0 : 1;
