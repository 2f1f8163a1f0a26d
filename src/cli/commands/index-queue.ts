// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const indexCommand = new Command('index')
  .description('drain the pending-index queue')
  .allowUnknownOption()
  .action(() => {
    throw new Error('index: not implemented yet');
  });
