/**
 * @module `archivist index`: drain the pending-index queue (the outbox) into the configured engine.
 */
import { Command } from 'commander';
import { withContext } from '../context.js';
import { printSummary } from '../print.js';
import { createProgress } from '../progress.js';

export const indexCommand = new Command('index')
  .description('drain the pending-index queue into the configured engine')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (opts: { json?: boolean }) => {
    const { drainOutbox } = await import('../../pipeline/index.js');
    await withContext(async (ctx) => {
      const progress = createProgress('index', ctx.log);
      const result = await drainOutbox(ctx, { onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.stop());
      const { indexed, pending } = result;
      printSummary({ indexed, pending }, opts, () => [`indexed: ${indexed}, pending: ${pending} (${ctx.engine.name} engine)`]);
    });
  });
