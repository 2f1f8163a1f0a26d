/**
 * @module An engine whose init (index creation, settings) is retried before use until it has
 * succeeded once. `serve` starts while Meilisearch is still down; the first call after it comes
 * back applies the settings, so documents are never indexed into an index without them. An
 * error that says the engine lost its index or settings (EngineError details.needsInit) makes the
 * next call run init again, without a restart.
 */
import { EngineError } from '../../errors.js';
import type { EngineHealth, EngineSettings, SearchEngine } from '../engine.js';
import { INDEX_METHODS, wrapEngine } from './wrap-engine.js';

export interface InitOnDemand extends SearchEngine {
  /** init now if not done yet; rejects with the engine's error while it is down */
  ready(): Promise<void>;
}

/** How long health() waits for an init before reporting it as under way (ms). */
export const HEALTH_INIT_WAIT_MS = 1_000;

export interface InitOnDemandOptions {
  /** how long health() waits for an init before reporting it as under way (ms) */
  healthWaitMs?: number;
}

export function initOnDemand(engine: SearchEngine, settings: EngineSettings, opts: InitOnDemandOptions = {}): InitOnDemand {
  const healthWaitMs = opts.healthWaitMs ?? HEALTH_INIT_WAIT_MS;
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
        // a health check must answer: an init still running after a moment (a settings re-index
        // takes minutes) is reported as it stands instead of waited for
        if (!(await settlesWithin(ready(), healthWaitMs))) return await whileInitialising(engine);
      } catch (err) {
        return { ok: false, engine: engine.name, detail: err instanceof Error ? err.message : String(err) };
      }
      return engine.health();
    },
  };
}

/** True when `p` resolved within `ms`, false when it is still pending; rejects when it rejects. */
async function settlesWithin(p: Promise<void>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([p.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Health while init runs: the engine's own report when it says it is re-indexing, else "initialising". */
async function whileInitialising(engine: SearchEngine): Promise<EngineHealth> {
  const inner = await engine.health();
  if (inner.reindexing === true) return inner;
  return { ok: false, engine: engine.name, detail: 'initialising: creating the index and applying its settings' };
}
