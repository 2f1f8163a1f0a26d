// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const ingestCommand = new Command('ingest')
  .description('parse saved pages and store + index them')
  .allowUnknownOption()
  .action(() => {
    throw new Error('ingest: not implemented yet');
  });
