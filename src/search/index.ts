/**
 * @module The search stage's public surface: the SearchEngine port, `openEngine` (the engine
 * chosen by configuration: MEILI_HOST set -> Meilisearch, otherwise the embedded engine in
 * `<dataDir>/index/`) and `loadSynonyms` (the synonym groups both engines apply).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EMBEDDED_INDEX_DIR, readJsonConfig } from '../config.js';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import type { SearchEngine, SynonymGroups } from './engine.js';
import { openEmbeddedEngine } from './embedded/index.js';

export type {
  EngineHealth,
  EngineName,
  EngineSettings,
  FacetCount,
  FacetName,
  Facets,
  MatchMode,
  SearchEngine,
  SearchHit,
  SearchQuery,
  SearchResult,
  SortOrder,
  SynonymGroups,
} from './engine.js';
export { FACET_NAMES, searchQuery } from './engine.js';
export { openEmbeddedEngine, hasOutdatedIndex, deleteEmbeddedIndex } from './embedded/index.js';

export { EMBEDDED_INDEX_DIR } from '../config.js';
/** The synonyms shipped with the app (Daesh = ISIS = ISIL = Islamic State, …). */
export const DEFAULT_SYNONYMS_FILE = fileURLToPath(new URL('../../config/synonyms.json', import.meta.url));

/** A synonyms file: a JSON array of groups, each at least two non-empty terms. */
export const SynonymsFile = z.array(z.array(z.string().trim().min(1)).min(2));

/** Open the configured engine: Meilisearch when `config.meiliHost` is set, else embedded. */
export async function openEngine(config: Config, log: Logger): Promise<SearchEngine> {
  if (config.meiliHost) {
    const { openMeiliEngine } = await import('./meilisearch/index.js');
    return openMeiliEngine(config, log);
  }
  return openEmbeddedEngine({ dir: join(config.dataDir, EMBEDDED_INDEX_DIR), log });
}

/** Read and validate a synonyms file (default: the shipped config/synonyms.json). */
export function loadSynonyms(file: string = DEFAULT_SYNONYMS_FILE): SynonymGroups {
  return readJsonConfig(file, 'ARCHIVIST_SYNONYMS', SynonymsFile);
}
