/**
 * @module `archivist meili-key --out FILE`: with the Meilisearch master key (MEILI_MASTER_KEY),
 * make or find the app's scoped key (src/search/meilisearch/app-key.ts) and write it to FILE,
 * readable by its owner only. The compose `meili-key` service runs it before the app starts; the
 * app reads the file (MEILI_API_KEY_FILE) and never sees the master key.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Command } from 'commander';
import { InputError } from '../../errors.js';
import { loadConfig } from '../../config.js';
import { printSummary } from '../print.js';

export const meiliKeyCommand = new Command('meili-key')
  .description("with MEILI_MASTER_KEY, make (or find) the app's Meilisearch key, scoped to its index, and write it to a file")
  .requiredOption('--out <file>', 'where to write the key (MEILI_API_KEY_FILE of the app)')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (opts: { out: string; json?: boolean }) => {
    const config = loadConfig();
    const masterKey = process.env.MEILI_MASTER_KEY?.trim();
    if (!config.meiliHost)
      throw new InputError('invalid_config', 'MEILI_HOST', 'MEILI_HOST: not set: which Meilisearch should the key be made on?');
    if (!masterKey)
      throw new InputError(
        'invalid_config',
        'MEILI_MASTER_KEY',
        "MEILI_MASTER_KEY: not set: the master key is needed to make the app's key",
      );
    const { ensureAppKey } = await import('../../search/meilisearch/app-key.js');
    const { key, outcome } = await ensureAppKey(config.meiliHost, masterKey, config.meiliIndex);
    mkdirSync(dirname(opts.out), { recursive: true });
    writeFileSync(opts.out, `${key}\n`, { mode: 0o600 });
    chmodSync(opts.out, 0o600); // an existing file keeps its old mode otherwise
    printSummary({ outcome, index: config.meiliIndex, file: opts.out }, opts, () => [
      `app key ${outcome} for index ${config.meiliIndex}, written to ${opts.out}`,
    ]);
  });
