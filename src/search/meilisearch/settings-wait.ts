/**
 * @module Waiting for a settings task, visibly. A settings update makes Meilisearch re-index
 * every document (minutes on a large archive) and every call waits behind it, so the wait is
 * polled here rather than inside the client: its progress is what `health()` reports
 * ("re-indexing", /readyz) and what the log shows every `progressLogMs`.
 */
import type { Task } from 'meilisearch';
import { EngineError } from '../../errors.js';
import type { Logger } from '../../log.js';

/** A settings task being waited for: read by the engine's health(). */
export interface Reindexing {
  taskUid: number;
  /** the task's last polled status: enqueued, processing */
  status: string;
  startedAt: number;
}

export interface SettingsWaitOptions {
  timeoutMs: number;
  intervalMs: number;
  /** a progress line this often while the task runs */
  progressLogMs: number;
}

const FINISHED = new Set(['succeeded', 'failed', 'canceled']);

/**
 * Poll the task until it has finished (whatever its outcome) and return it; `progress` is kept
 * up to date for health(). Throws index_failed (reason task_timeout) past `timeoutMs`.
 */
export async function waitForSettingsTask(
  getTask: (uid: number) => Promise<Task>,
  progress: Reindexing,
  opts: SettingsWaitOptions,
  log: Logger,
  what: string,
): Promise<Task> {
  let lastLog = progress.startedAt;
  for (;;) {
    const task = await getTask(progress.taskUid);
    progress.status = task.status;
    if (FINISHED.has(task.status)) return task;
    const now = Date.now();
    const elapsedMs = now - progress.startedAt;
    if (elapsedMs >= opts.timeoutMs) {
      throw new EngineError('index_failed', `Meilisearch task ${progress.taskUid} not finished after ${opts.timeoutMs} ms (${what})`, {
        operation: what,
        taskUid: progress.taskUid,
        reason: 'task_timeout',
      });
    }
    if (now - lastLog >= opts.progressLogMs) {
      log.info({ taskUid: progress.taskUid, status: task.status, elapsedMs }, 'meilisearch re-indexing for its settings: still waiting');
      lastLog = now;
    }
    await new Promise((resolve) => setTimeout(resolve, opts.intervalMs));
  }
}

/** What health() says while a settings task is waited for. */
export function reindexingDetail(r: Reindexing, now = Date.now()): string {
  return `re-indexing for its settings: task ${r.taskUid} ${r.status} for ${Math.floor((now - r.startedAt) / 1000)} s`;
}
