// PLACEHOLDER: replaced by the stage that owns this command.
import { Command } from 'commander';

export const crawlCommand = new Command('crawl')
  .description('discover and fetch articles')
  .allowUnknownOption()
  .action(() => {
    throw new Error('crawl: not implemented yet');
  });
