/**
 * Bounded fuzzing of the parser (issue 8): every input gives a Document that satisfies the schema
 * or a ParseError with a known code, within a time bound. `npm run stress` runs 100,000 cases.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { anyInput, HEAVY_CASES, mixedCharsets, mutatedSample, runInput, SMALL_SAMPLE, tagSoup, type Outcome } from './cases.js';

// A hang guard, not a speed assertion: the slowest heavy input takes well under a second when
// the machine is idle; an input that takes this long means a runaway loop.
const TIME_BOUND_MS = 20_000;
// Seeded so a failure reproduces; `npm run stress` explores far more seeds.
const SEED = 20160121;

function assertNoCrash(o: Outcome, what: string): void {
  assert.notEqual(o.kind, 'crash', `${what}: ${o.kind === 'crash' ? o.error : ''}`);
  assert.ok(o.ms < TIME_BOUND_MS, `${what} took ${o.ms.toFixed(0)} ms`);
}

test('truncation at every offset of a small sample page', () => {
  const kinds = new Set<string>();
  for (let at = 0; at <= SMALL_SAMPLE.length; at++) {
    const o = runInput({ label: `cut at ${at}`, bytes: SMALL_SAMPLE.subarray(0, at) }, false);
    assertNoCrash(o, `truncated at ${at}`);
    kinds.add(o.kind === 'error' ? o.code : o.kind);
  }
  // Short prefixes are not HTML, middle ones have no article, long ones parse.
  assert.deepEqual([...kinds].sort(), ['document', 'no_article', 'not_html']);
});

test('property: tag soup never crashes the parser', () => {
  fc.assert(
    fc.property(tagSoup, (html) => assertNoCrash(runInput({ label: 'soup', html }), html.slice(0, 200))),
    { seed: SEED, numRuns: 300 },
  );
});

test('property: random byte flips, insertions and deletions of a sample page', () => {
  fc.assert(
    fc.property(mutatedSample, (bytes) => assertNoCrash(runInput({ label: 'mutated', bytes }), 'mutated sample')),
    { seed: SEED, numRuns: 150 },
  );
});

test('property: random bytes and mixed charsets', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => assertNoCrash(runInput({ label: 'bytes', bytes }), 'random bytes')),
    { seed: SEED, numRuns: 200 },
  );
  fc.assert(
    fc.property(mixedCharsets, (input) => assertNoCrash(runInput(input), input.label)),
    { seed: SEED, numRuns: 100 },
  );
});

test('property: any generated input (the stress mix) in a short run', () => {
  fc.assert(
    fc.property(anyInput, (input) => assertNoCrash(runInput(input), input.label)),
    { seed: SEED + 1, numRuns: 200 },
  );
});

// Big inputs at a tenth of their stress size keep this file to seconds; `npm run stress` runs them whole.
const HEAVY_SCALE = 0.1;

for (const c of HEAVY_CASES) {
  test(`heavy input: ${c.label}, at ${HEAVY_SCALE} scale -> ${c.expect === 'either' ? 'a Document or a ParseError' : c.expect}`, () => {
    const o = runInput(c.make(HEAVY_SCALE), false);
    assertNoCrash(o, c.label);
    if (c.expect !== 'either') assert.equal(o.kind, c.expect, JSON.stringify(o));
  });
}

test('20 MB of <div> is too_large', () => {
  const o = runInput(HEAVY_CASES[0]!.make(1), false);
  assert.deepEqual(o.kind === 'error' ? o.code : o.kind, 'too_large');
});
