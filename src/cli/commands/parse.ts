// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const parseCommand = new Command('parse')
  .description('parse saved pages into Documents (NDJSON)')
  .allowUnknownOption()
  .action(() => {
    throw new Error('parse: not implemented yet');
  });
