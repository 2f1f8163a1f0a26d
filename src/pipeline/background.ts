/**
 * @module The background indexer for `serve`: drains the outbox now and then, and backs off
 * exponentially while the engine is down so an outage costs a request every minute, not a storm.
 */
import { drainOutbox } from './indexer.js';
import type { IndexerContext } from './indexer.js';

export const BACKGROUND_DEFAULTS = {
  // How often to look for work when nothing kicked us: new documents from a CLI ingest in
  // another process show up within this delay.
  intervalMs: 2_000,
  // Ceiling of the retry delay while the engine keeps failing (doubling from intervalMs).
  maxBackoffMs: 60_000,
} as const;

export interface BackgroundIndexer {
  /** stop the timer and wait for a drain in progress */
  stop(): Promise<void>;
  /** drain soon (after a POST): resets the backoff */
  kick(): void;
  /** failures in a row (0 when the last drain succeeded) */
  readonly failures: number;
}

export function startBackgroundIndexer(ctx: IndexerContext, opts: { intervalMs?: number; maxBackoffMs?: number } = {}): BackgroundIndexer {
  const intervalMs = opts.intervalMs ?? BACKGROUND_DEFAULTS.intervalMs;
  const maxBackoffMs = opts.maxBackoffMs ?? BACKGROUND_DEFAULTS.maxBackoffMs;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false; // a kick arrived during a drain: run once more right after

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, delayMs);
  };

  function run(): void {
    if (running) {
      again = true;
      return;
    }
    running = drainOutbox(ctx)
      .then(() => {
        if (failures > 0) ctx.log.info({ stage: 'indexer', failures }, 'search engine back: outbox drained');
        failures = 0;
      })
      .catch((err: unknown) => {
        failures++;
        ctx.log.warn({ stage: 'indexer', err, failures, pending: safePending(ctx) }, 'index drain failed; backing off');
      })
      .finally(() => {
        running = undefined;
        const delay = again ? 0 : failures === 0 ? intervalMs : Math.min(maxBackoffMs, intervalMs * 2 ** failures);
        again = false;
        schedule(delay);
      });
  }

  schedule(0); // at start: whatever was left pending (a crash, an outage) goes first
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
    kick() {
      failures = 0;
      if (running) again = true;
      else schedule(0);
    },
    get failures() {
      return failures;
    },
  };
}

function safePending(ctx: IndexerContext): number | undefined {
  try {
    return ctx.archive.outbox.pending();
  } catch {
    return undefined; // archive closed during shutdown
  }
}
