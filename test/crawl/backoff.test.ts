import assert from 'node:assert/strict';
import { test } from 'node:test';
import { backoffDelay, parseRetryAfter, retryWait } from '../../src/crawl/backoff.js';
import { seeded } from '../helpers/random.js';

const POLICY = { baseMs: 1_000, maxMs: 30_000 };

test('backoffDelay: equal jitter between half and all of the exponential step, capped', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, POLICY, () => 0)),
    [500, 1_000, 2_000, 4_000, 8_000, 15_000, 15_000],
  );
  assert.deepEqual(
    [0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, POLICY, () => 0.999_999)),
    [1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000],
  );
});

test('backoffDelay: a seeded random source gives the same delays every run', () => {
  const rng = seeded(7);
  const delays = [0, 1, 2, 3].map((n) => backoffDelay(n, POLICY, rng));
  assert.deepEqual(delays, [506, 1_062, 3_954, 6_796]);
  assert.notDeepEqual(
    delays,
    [0, 1, 2, 3].map((n) => backoffDelay(n, POLICY, () => 0)),
  ); // the jitter is really used
  const again = seeded(7);
  assert.deepEqual(
    [0, 1, 2, 3].map((n) => backoffDelay(n, POLICY, again)),
    delays,
  );
  for (const [i, d] of delays.entries()) {
    const step = 1_000 * 2 ** i;
    assert.ok(d >= step / 2 && d <= step, `retry ${i}: ${d} outside [${step / 2}, ${step}]`);
  }
});

test('parseRetryAfter: seconds, HTTP-date, garbage', () => {
  const now = Date.UTC(2026, 0, 1, 12, 0, 0);
  assert.equal(parseRetryAfter('120', now), 120_000);
  assert.equal(parseRetryAfter(' 0 ', now), 0);
  assert.equal(parseRetryAfter('Thu, 01 Jan 2026 12:00:30 GMT', now), 30_000);
  assert.equal(parseRetryAfter('Thu, 01 Jan 2026 11:00:00 GMT', now), 0); // in the past: retry now
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(parseRetryAfter('-5', now), null);
});

test('retryWait: Retry-After wins over backoff and is capped', () => {
  const policy = { ...POLICY, maxRetryAfterMs: 60_000 };
  assert.equal(
    retryWait(0, 5_000, policy, () => 0),
    5_000,
  );
  assert.equal(
    retryWait(0, 3_600_000, policy, () => 0),
    60_000,
  );
  assert.equal(
    retryWait(2, null, policy, () => 0),
    2_000,
  );
});
