/**
 * @module Options for the worker threads this project starts (parse, prep and facet workers).
 *
 * A worker inherits the process's Node options by default, and refuses to start with those that
 * only make sense for a main script: `node --input-type=module --eval …` (how `npm run bench`
 * runs each bench) made every worker exit at once with "--input-type can only be used with
 * string input". Those options are dropped; the rest (memory limits, profiling, source maps)
 * still apply to the workers.
 */
import type { WorkerOptions } from 'node:worker_threads';

/** Options that take the next argument as their value when not written `--option=value`. */
const MAIN_ONLY_WITH_VALUE = new Set(['--eval', '-e', '--print', '-p', '--input-type']);
const MAIN_ONLY = new Set([...MAIN_ONLY_WITH_VALUE, '--interactive', '-i', '--check', '-c']);

/** `execArgv` without the options only a main script can take. */
export function workerExecArgv(execArgv: readonly string[] = process.execArgv): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const name = arg.split('=', 1)[0]!;
    if (!MAIN_ONLY.has(name)) out.push(arg);
    else if (MAIN_ONLY_WITH_VALUE.has(arg)) i++; // its value is the next argument
  }
  return out;
}

/** The options every worker of this project starts with. */
export function workerOptions(): WorkerOptions {
  return { execArgv: workerExecArgv() };
}
