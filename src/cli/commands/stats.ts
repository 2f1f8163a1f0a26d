// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const statsCommand = new Command('stats')
  .description('archive and index counts')
  .allowUnknownOption()
  .action(() => {
    throw new Error('stats: not implemented yet');
  });
