/**
 * @module Run one command body with an opened context, closing it whatever happens (a killed
 * drain must not leave the SQLite files locked or the WAL un-checkpointed longer than needed).
 */
import type { AppContext, ContextOptions } from './context.js';
import { openContext } from './context.js';
import { loadConfig } from '../config.js';

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: ContextOptions = {}): Promise<T> {
  const ctx = await openContext(loadConfig(), opts);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
