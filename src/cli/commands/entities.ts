/**
 * @module `archivist entities [FILE|-] [--ndjson]`: nations and persons of plain text.
 * Plain mode reads the whole input and prints one {"nations","persons"} object. NDJSON mode reads
 * one {"id","text"} object per line and prints one {"id","nations","persons"} line per input line,
 * in order; a line that is not such an object gets an {"id","error"} line and the batch goes on.
 */
import { Command } from 'commander';

export const entitiesCommand = new Command('entities')
  .description('nations and persons in plain text (stdin with "-" or no argument)')
  .argument('[file]', 'text file, or "-" for stdin', '-')
  .option('--ndjson', 'batch mode: each input line {"id","text"} -> {"id","nations","persons"}')
  .action(async (file: string, opts: { ndjson?: boolean }) => {
    const { runEntities } = await import('./entities-run.js');
    await runEntities(file, opts);
  });
