/**
 * @module A SearchEngine that could not be opened (Meilisearch unreachable at start, a broken
 * index file): every call fails with engine_unavailable, so `serve` still starts and answers 503
 * for search and not-ready for /readyz, while the archive keeps taking documents into the outbox.
 */
import { EngineError } from '../../errors.js';
import type { EngineHealth, EngineName, SearchEngine } from '../engine.js';
import { INDEX_METHODS } from './wrap-engine.js';
import type { IndexMethod } from './wrap-engine.js';

export function unavailableEngine(name: EngineName, cause: unknown): SearchEngine {
  const reason = cause instanceof Error ? cause.message : String(cause);
  const fail = async (): Promise<never> => {
    throw new EngineError('engine_unavailable', `search engine (${name}) unavailable: ${reason}`, {}, { cause });
  };
  const failing = {} as Record<IndexMethod | 'init', typeof fail>;
  for (const method of [...INDEX_METHODS, 'init'] as const) failing[method] = fail;
  return {
    name,
    ...failing,
    health: async (): Promise<EngineHealth> => ({ ok: false, engine: name, detail: reason }),
    close: async () => {},
  };
}
