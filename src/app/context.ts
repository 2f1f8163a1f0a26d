/**
 * @module openContext: what a command or the server needs, opened once: configuration, the
 * logger, the archive (<dataDir>/archive.db) and the configured search engine.
 */
import { join } from 'node:path';
import { loadConfig } from '../config.js';
import type { Config } from '../config.js';
import { createLogger } from '../log.js';
import { checkDataFolder } from './data-folder.js';
import type { Logger } from '../log.js';
import type { SearchEngine } from '../search/engine.js';
import { openLinker } from '../linking/index.js';
import type { Linker } from '../linking/index.js';
import { archivePersonNames } from '../pipeline/linking.js';
import { openArchive } from '../store/index.js';
import type { Archive } from '../store/index.js';
import { initOnDemand, unavailableEngine } from '../search/wrappers/index.js';
import type { InitOnDemand } from '../search/wrappers/index.js';

export const ARCHIVE_FILE = 'archive.db';

export interface AppContext {
  config: Config;
  log: Logger;
  archive: Archive;
  engine: SearchEngine;
  /** names to entities, at index time and for filters (the configured registry; the archive's persons learned on first use) */
  linker: Linker;
  close(): Promise<void>;
}

export interface ContextOptions {
  log?: Logger;
  /** use this engine instead of the configured one (tests, benchmarks) */
  engine?: SearchEngine;
  /**
   * start the engine's init without waiting for it (serve: a Meilisearch settings re-index takes
   * minutes, and the server should answer /readyz meanwhile); the first call waits for it
   */
  initInBackground?: boolean;
}

/**
 * Opens the archive (throws when it cannot: nothing works without it) and the engine. An engine
 * that fails to open does NOT throw: it is replaced by one whose every call fails with
 * engine_unavailable, so `serve` starts and reports not-ready, `ingest` still stores, and
 * commands that need the engine fail with that one-line reason.
 */
export async function openContext(config: Config = loadConfig(), opts: ContextOptions = {}): Promise<AppContext> {
  const log = opts.log ?? createLogger(config.logLevel);
  checkDataFolder(config.dataDir, ARCHIVE_FILE); // SQLite's errors name neither the variable nor the path
  const archive = openArchive(join(config.dataDir, ARCHIVE_FILE), { log: log.child({ stage: 'store' }) });
  let engine: SearchEngine;
  let linker: Linker;
  try {
    linker = openLinker(() => archivePersonNames(archive), config.entitiesFile); // a bad entity file is a config error: it throws
    engine = opts.engine ?? (await openConfiguredEngine(config, log, opts.initInBackground === true));
  } catch (err) {
    archive.close();
    throw err;
  }
  let closed = false;
  const ctx: AppContext = {
    config,
    log,
    archive,
    engine,
    linker,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await ctx.engine.close(); // the engine it holds now (prepareIndex may have replaced an outdated one)
      } finally {
        archive.close();
      }
    },
  };
  return ctx;
}

async function openConfiguredEngine(config: Config, log: Logger, initInBackground: boolean): Promise<SearchEngine> {
  const engineLog = log.child({ stage: 'search' });
  // loaded on demand: commands that never open a context (parse, entities) skip the engine code
  const { openEngine, loadSynonyms } = await import('../search/index.js');
  const settings = { synonyms: loadSynonyms(config.synonymsFile) }; // a bad file is a config error: it throws
  let engine: InitOnDemand;
  try {
    engine = initOnDemand(await openEngine(config, engineLog), settings);
  } catch (err) {
    engineLog.warn({ err }, 'search engine unavailable at start');
    return unavailableEngine(config.meiliHost ? 'meilisearch' : 'embedded', err);
  }
  const starting = engine.ready().catch((err: unknown) => {
    // Meilisearch down at start: retried before every call until it answers
    engineLog.warn({ err: (err as Error).message }, 'search engine not ready at start; will retry on use');
  });
  if (!initInBackground) await starting;
  return engine;
}
