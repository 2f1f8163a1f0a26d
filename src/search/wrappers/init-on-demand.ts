/**
 * @module An engine whose init (index creation, settings) is retried before use until it has
 * succeeded once. `serve` starts while Meilisearch is still down; the first call after it comes
 * back applies the settings, so documents are never indexed into an index without them. An
 * error that says the engine lost its index or settings (EngineError details.needsInit) makes the
 * next call run init again, without a restart.
 */
import { EngineError } from '../../errors.js';
import type { EngineSettings, SearchEngine } from '../engine.js';
import { INDEX_METHODS, wrapEngine } from './wrap-engine.js';

export interface InitOnDemand extends SearchEngine {
  /** init now if not done yet; rejects with the engine's error while it is down */
  ready(): Promise<void>;
}

export function initOnDemand(engine: SearchEngine, settings: EngineSettings): InitOnDemand {
  let done = false;
  let inFlight: Promise<void> | undefined;
  const ready = async (): Promise<void> => {
    if (done) return;
    // one init at a time: concurrent requests share it instead of each applying settings
    inFlight ??= engine.init(settings).then(
      () => {
        done = true;
        inFlight = undefined;
      },
      (err: unknown) => {
        inFlight = undefined;
        throw err;
      },
    );
    return inFlight;
  };
  const afterInit = wrapEngine(
    engine,
    INDEX_METHODS,
    (call) =>
      (async (...args: Parameters<typeof call>) => {
        await ready();
        try {
          return await call(...args);
        } catch (err) {
          // the engine lost what init made (its index deleted, its settings gone): init again on the next call
          if (err instanceof EngineError && err.details.needsInit === true) done = false;
          throw err;
        }
      }) as typeof call,
  );
  return {
    ...afterInit,
    ready,
    init: async (s) => {
      await engine.init(s);
      done = true;
    },
    health: async () => {
      try {
        await ready();
      } catch (err) {
        return { ok: false, engine: engine.name, detail: err instanceof Error ? err.message : String(err) };
      }
      return engine.health();
    },
  };
}
