// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const reprocessCommand = new Command('reprocess')
  .description('re-parse stored raw HTML with the current scrapers')
  .allowUnknownOption()
  .action(() => {
    throw new Error('reprocess: not implemented yet');
  });
