/**
 * @module The Meilisearch adapter's public surface. `src/search/index.ts` imports it dynamically
 * when MEILI_HOST is set, so the embedded-only path never loads the client.
 */
import { Meilisearch } from 'meilisearch';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import type { SearchEngine } from '../engine.js';
import { EngineError } from '../../errors.js';
import type { MeiliDocument } from './documents.js';
import { MeiliEngine, MEILI_DEFAULTS, type MeiliOptions } from './engine.js';

export { MeiliEngine, MEILI_DEFAULTS, type MeiliOptions } from './engine.js';
export { buildFilter, quoteValue } from './filter.js';
export { buildSettings, synonymsMap } from './settings.js';

/**
 * Build the engine for `config.meiliHost`. Makes no request: the server must start (and report
 * not-ready) while Meilisearch is down, so reachability shows in `health()` and `init()`.
 */
export async function openMeiliEngine(config: Config, log: Logger, options: Partial<MeiliOptions> = {}): Promise<SearchEngine> {
  if (config.meiliHost === undefined) {
    throw new EngineError('engine_unavailable', 'MEILI_HOST is not set: no Meilisearch to connect to', { parameter: 'MEILI_HOST' });
  }
  const opts: MeiliOptions = { ...MEILI_DEFAULTS, ...options };
  const client = new Meilisearch({
    host: config.meiliHost,
    apiKey: config.meiliApiKey,
    timeout: opts.requestTimeoutMs,
    clientAgents: ['archivist'],
  });
  return new MeiliEngine(client, client.index<MeiliDocument>(config.meiliIndex), log.child({ engine: 'meilisearch' }), opts);
}
