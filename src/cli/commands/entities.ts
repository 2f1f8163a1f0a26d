// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const entitiesCommand = new Command('entities')
  .description('nations and persons in plain text')
  .allowUnknownOption()
  .action(() => {
    throw new Error('entities: not implemented yet');
  });
