/**
 * @module Retry timing: exponential backoff with jitter, and the server's Retry-After.
 * Pure functions: the random source and the clock are passed in, so tests can seed them.
 */

/** The delay before retry number `attempt` (0 = first retry), in ms. */
export interface BackoffPolicy {
  /** first retry waits about this long */
  baseMs: number;
  /** no single wait exceeds this */
  maxMs: number;
}

/**
 * "Equal jitter": half the exponential step is fixed, half random. The fixed half keeps retries
 * from hammering a struggling server; the random half spreads clients that failed together.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** attempt);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Retry-After as a wait in ms: either delta-seconds or an HTTP-date (RFC 9110 §10.2.3).
 * Returns null when absent or unreadable; never negative.
 */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value === null || value === undefined) return null;
  const v = value.trim();
  if (/^\d+$/u.test(v)) return Number(v) * 1000;
  // HTTP-dates name a weekday and month ("Sun, 06 Nov 1994 08:49:37 GMT"); Date.parse alone would
  // also take "-5" as a year.
  if (!/^[A-Za-z]{3}/u.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/**
 * The wait before a retry: the server's Retry-After when it gave one (capped, so a hostile or
 * confused server cannot park the crawl), else the jittered backoff.
 */
export function retryWait(
  attempt: number,
  retryAfterMs: number | null,
  policy: BackoffPolicy & { maxRetryAfterMs: number },
  random: () => number,
): number {
  if (retryAfterMs !== null) return Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return backoffDelay(attempt, policy, random);
}
