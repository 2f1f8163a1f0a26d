/**
 * @module `archivist batch <file|-> [--csv | --json]`: POST /api/batch from a terminal, without a
 * server: the same line rules (up to 1,000, blank lines skipped, none longer than a query) and the
 * same lookup, over the archive's engine and entity registry. Prints one answer per line as
 * NDJSON, the API's CSV (`--csv`), or the API's whole JSON answer (`--json`).
 */
import { Command } from 'commander';
import { InputError } from '../../errors.js';
import { readTextInput } from '../read-input.js';
import { withContext } from '../context.js';

interface BatchOptions {
  csv?: boolean;
  json?: boolean;
}

export const batchCommand = new Command('batch')
  .description('look up names or queries, one per line (up to 1,000): total, first and last mention, top co-mentions')
  .argument('<file>', 'text file of lines, or "-" for stdin')
  .option('--csv', "print CSV with a header row (the API's format=csv)")
  .option('--json', 'print the answer of POST /api/batch')
  .action(async (file: string, opts: BatchOptions) => {
    if (opts.csv && opts.json) throw new InputError('invalid_parameter', 'csv', '--csv and --json: choose one');
    const { linesFromText } = await import('../../server/batch/input.js');
    // checked before the archive is opened: a bad list fails at once
    const lines = linesFromText(await readTextInput(file));
    await withContext(async (ctx) => {
      const [{ SearchService }, { BatchLookup }, table] = await Promise.all([
        import('../../server/search-service.js'),
        import('../../server/batch/lookup.js'),
        import('../../server/batch/table.js'),
      ]);
      const start = performance.now();
      // the server's own lookup, without its metrics and result cache
      const answers = await new BatchLookup(new SearchService(ctx.engine, undefined, false, ctx.linker)).run(lines);
      if (opts.csv) process.stdout.write(table.batchCsv(answers));
      else if (opts.json)
        process.stdout.write(`${JSON.stringify(table.batchJson(answers, Math.round((performance.now() - start) * 10) / 10))}\n`);
      else process.stdout.write(answers.map((a) => `${JSON.stringify(a)}\n`).join(''));
    });
  });
