/** Every CLI command, in the order `archivist --help` lists them. */
import type { Command } from 'commander';
import { parseCommand } from './parse.js';
import { entitiesCommand } from './entities.js';
import { crawlCommand } from './crawl.js';
import { ingestCommand } from './ingest.js';
import { indexCommand } from './index-queue.js';
import { reindexCommand } from './reindex.js';
import { reprocessCommand } from './reprocess.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';
import { meiliKeyCommand } from './meili-key.js';
import { searchCommand } from './search.js';
import { exportCommand } from './export.js';
import { batchCommand } from './batch.js';

export const commands: Command[] = [
  parseCommand,
  entitiesCommand,
  crawlCommand,
  ingestCommand,
  indexCommand,
  reindexCommand,
  reprocessCommand,
  serveCommand,
  searchCommand,
  exportCommand,
  batchCommand,
  statsCommand,
  meiliKeyCommand,
];
