/**
 * @module `archivist reprocess`: re-parse stored raw HTML with the current scrapers, then index
 * what changed.
 */
import { Command } from 'commander';
import { withContext } from '../context.js';
import { formatCounts, printSummary } from '../print.js';
import { createProgress } from '../progress.js';

export const reprocessCommand = new Command('reprocess')
  .description('re-parse stored raw HTML with the current scrapers, then reindex what changed')
  .option('--generic', 'skip site-specific scrapers')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (opts: { json?: boolean; generic?: boolean }) => {
    const { reprocess } = await import('../../pipeline/index.js');
    await withContext(async (ctx) => {
      const parsing = createProgress('reparse', ctx.log);
      const indexing = createProgress('index', ctx.log);
      const result = await reprocess(ctx, {
        generic: opts.generic,
        onParseProgress: (done, total) => parsing.update(done, total),
        onProgress: (done, total) => {
          parsing.stop();
          indexing.update(done, total);
        },
      }).finally(() => {
        parsing.stop();
        indexing.stop();
      });
      const { pages, changed } = result;
      printSummary({ pages, changed }, opts, () => [
        `pages: ${pages}, changed: ${changed}, errors: ${formatCounts(result.errors)}`,
        `indexed: ${result.indexed}, pending: ${result.pending}`,
      ]);
    });
  });
