// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const serveCommand = new Command('serve')
  .description('the HTTP server')
  .allowUnknownOption()
  .action(() => {
    throw new Error('serve: not implemented yet');
  });
