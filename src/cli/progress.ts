/**
 * @module Progress for long CLI runs: a bar on a terminal (stderr), periodic pino lines otherwise
 * (a log file or CI shows steady progress instead of thousands of redraws). stdout is untouched.
 */
import cliProgress from 'cli-progress';
import type { Logger } from '../log.js';

export const PROGRESS_DEFAULTS = {
  // Non-TTY: one log line per this interval at most; frequent enough to see a run is alive,
  // rare enough that a 100,000-page run logs a few hundred lines, not 100,000.
  logIntervalMs: 2_000,
} as const;

export interface Progress {
  update(done: number, total: number): void;
  /** final line (non-TTY) or clears the bar (TTY) */
  stop(): void;
}

export function createProgress(label: string, log: Logger, opts: { tty?: boolean; logIntervalMs?: number } = {}): Progress {
  const tty = opts.tty ?? Boolean(process.stderr.isTTY);
  return tty ? barProgress(label) : logProgress(label, log, opts.logIntervalMs ?? PROGRESS_DEFAULTS.logIntervalMs);
}

function barProgress(label: string): Progress {
  const bar = new cliProgress.SingleBar(
    {
      format: `${label.padEnd(8)} [{bar}] {percentage}% {value}/{total} ({eta_formatted} left)`,
      stream: process.stderr,
      clearOnComplete: true,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.setTotal(total);
        bar.update(done);
      }
    },
    stop() {
      if (started && !stopped) bar.stop();
      stopped = true;
    },
  };
}

function logProgress(label: string, log: Logger, intervalMs: number): Progress {
  let last = 0;
  let latest: { done: number; total: number } | undefined;
  let started = 0;
  let stopped = false;
  return {
    update(done, total) {
      if (stopped) return;
      latest = { done, total };
      const now = Date.now();
      started ||= now;
      if (now - last < intervalMs) return;
      last = now;
      log.info({ stage: label, done, total }, 'progress');
    },
    stop() {
      if (stopped || !latest) return;
      stopped = true;
      log.info({ stage: label, ...latest, seconds: (Date.now() - started) / 1000 }, 'progress done');
    },
  };
}
