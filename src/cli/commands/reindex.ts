// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const reindexCommand = new Command('reindex')
  .description('rebuild the search index from the archive')
  .allowUnknownOption()
  .action(() => {
    throw new Error('reindex: not implemented yet');
  });
