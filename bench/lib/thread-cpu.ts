/**
 * @module A process's CPU time split between its main thread and the rest (worker threads, V8's
 * garbage-collector helpers, libuv's pool), read from Linux's /proc/<pid>/task/<tid>/stat. The
 * HTTP bench uses it to show which limit a run hit: the main thread (one core) or both cores.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** CPU clock ticks so far: the main thread's and every other thread's together. */
export interface ThreadTicks {
  main: number;
  others: number;
}

/**
 * The ticks of process `pid`'s threads, or undefined where /proc is not there (not Linux) or the
 * process is gone. Threads that ended before the call are not counted: sample while it runs.
 */
export function threadTicks(pid: number): ThreadTicks | undefined {
  try {
    let main = 0;
    let others = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // fields after the command name (which may hold spaces), from the state (field 3) on:
      // utime and stime are fields 14 and 15
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      if (Number(tid) === pid) main += ticks;
      else others += ticks;
    }
    return { main, others };
  } catch {
    return undefined;
  }
}

/** The main thread's share of the CPU a process spent between two samples (undefined without both). */
export function mainThreadShare(before: ThreadTicks | undefined, after: ThreadTicks | undefined): number | undefined {
  if (!before || !after) return undefined;
  const main = after.main - before.main;
  const total = main + Math.max(0, after.others - before.others);
  return total > 0 ? main / total : undefined;
}
