/**
 * @module The commands' way to the application: `withContext` loads the archive, the engines and
 * the configuration only when a command runs. `archivist --help` then starts without them, and
 * `ingest` starts its parse workers first (ingest-plan.ts), so their loading overlaps this.
 */
import type { AppContext, ContextOptions } from '../app/index.js';

export async function withContext<T>(fn: (ctx: AppContext) => Promise<T>, opts: ContextOptions = {}): Promise<T> {
  const app = await import('../app/index.js');
  return app.withContext(fn, opts);
}
