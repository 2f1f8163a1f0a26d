/**
 * @module `archivist reindex`: rebuild the engine's index from the archive.
 */
import { Command } from 'commander';
import { withContext } from '../context.js';
import { printSummary } from '../print.js';
import { createProgress } from '../progress.js';

export const reindexCommand = new Command('reindex')
  .description('rebuild the search index from the archive')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (opts: { json?: boolean }) => {
    const { reindex } = await import('../../pipeline/index.js');
    await withContext(async (ctx) => {
      const progress = createProgress('reindex', ctx.log);
      const result = await reindex(ctx, { onProgress: (done, total) => progress.update(done, total) }).finally(() => progress.stop());
      const { indexed, pending } = result;
      printSummary({ indexed, pending }, opts, () => [`reindexed: ${indexed}, pending: ${pending} (${ctx.engine.name} engine)`]);
    });
  });
