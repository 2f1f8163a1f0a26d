/**
 * @module Starting and stopping the worker threads this project runs (parse, prep, facet and hit workers).
 *
 * A worker inherits the process's Node options by default, and that is kept whenever it works.
 * It does not for options only a main script can take: under `node --input-type=module --eval …`
 * (how `npm run bench` runs each bench) every worker exited at once with "--input-type can only
 * be used with string input". Then the worker is given the options without those. A list given
 * explicitly must not hold V8 or process-wide options either (`--max-old-space-size`, `--title`:
 * Node refuses it with ERR_WORKER_INVALID_EXEC_ARGV, where inheriting them is fine); if Node
 * refuses the list, the worker starts with none: this project's workers need no option to run
 * (a bundle, or a boot file that registers tsx itself).
 */
import { Worker } from 'node:worker_threads';

/** Options that take the next argument as their value when not written `--option=value`. */
const MAIN_ONLY_WITH_VALUE = new Set(['--eval', '-e', '--print', '-p', '--input-type']);
const MAIN_ONLY = new Set([...MAIN_ONLY_WITH_VALUE, '--interactive', '-i', '--check', '-c']);

const optionName = (arg: string) => arg.split('=', 1)[0]!;

/** `execArgv` without the options only a main script can take. */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (!MAIN_ONLY.has(optionName(arg))) out.push(arg);
    else if (MAIN_ONLY_WITH_VALUE.has(arg)) i++; // its value is the next argument
  }
  return out;
}

/** A worker running `script`, with the options of this process it can take (see the module's comment). */
export function startWorker(script: URL, execArgv: readonly string[] = process.execArgv): Worker {
  if (!execArgv.some((arg) => MAIN_ONLY.has(optionName(arg)))) return new Worker(script); // inherited
  try {
    return new Worker(script, { execArgv: workerExecArgv(execArgv) });
  } catch (err) {
    if ((err as { code?: string }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw err;
    return new Worker(script, { execArgv: [] });
  }
}

/**
 * How long `stopWorker` holds the process for a thread to exit: a thread stops within
 * milliseconds unless it is stuck in native code, and a closing process must not hang on it.
 */
const STOP_TIMEOUT_MS = 5_000;

/**
 * Terminate `worker` and wait for it to be gone, holding the process meanwhile. Terminating a
 * thread that is still starting (loading its modules) did not keep Node 20's loop alive until
 * its exit: the loop ended first, and a caller awaiting the stop never resumed (a top-level
 * await then ends the process with exit code 13).
 */
export async function stopWorker(worker: Worker): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const held = new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_TIMEOUT_MS)));
  try {
    await Promise.race([worker.terminate(), held]);
  } finally {
    clearTimeout(timer);
  }
}
