/**
 * @module The commands' way to the application: `withContext` opens the configuration, the
 * archive and the engine when a command runs, and closes them when it is done. They are loaded
 * only then, so `archivist --help` starts without them, and `ingest` starts its parse workers
 * first (ingest-plan.ts), so their loading overlaps this.
 */
import type { AppContext, ContextOptions } from '../app/index.js';

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: ContextOptions = {}): Promise<T> {
  const [{ openContext }, { loadConfig }] = await Promise.all([import('../app/index.js'), import('../config.js')]);
  const ctx = await openContext(loadConfig(), opts);
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}
