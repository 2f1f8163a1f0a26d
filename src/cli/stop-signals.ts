/**
 * @module How a long command (`crawl`, `ingest`) is asked to stop. SIGINT (Ctrl-C) and SIGTERM
 * mean the same: SIGTERM is what `docker compose stop`, `kill` and process supervisors send, and
 * left to Node's default it killed the run before the documents it had stored reached the index
 * and before its summary. The first one aborts the returned signal and the command winds down
 * (keeps what it stored, drains that into the index, prints its summary); a second one exits at
 * once with 130, as `serve` does.
 */

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

export interface StopSignals {
  /** aborted by the first SIGINT or SIGTERM; its reason is the signal's name */
  signal: AbortSignal;
  /** back to Node's default handling (the next signal kills the process) */
  dispose(): void;
}

/** Watch SIGINT and SIGTERM until `dispose()`; `onFirst` runs once, when the first arrives. */
export function watchStopSignals(onFirst: (signal: NodeJS.Signals) => void): StopSignals {
  const stop = new AbortController();
  const handler = (signal: NodeJS.Signals): void => {
    if (stop.signal.aborted) process.exit(130);
    stop.abort(signal);
    onFirst(signal);
  };
  for (const name of STOP_SIGNALS) process.on(name, handler);
  return {
    signal: stop.signal,
    dispose: () => {
      for (const name of STOP_SIGNALS) process.off(name, handler);
    },
  };
}
