/**
 * A real system for HTTP tests: a temp data dir with the archive and the embedded engine
 * (openContext), the sample documents stored and indexed, and the app over contextDeps.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import { openContext, type AppContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import type { Document } from '../../src/document.js';
import { silentLogger } from '../../src/log.js';
import { drainOutbox } from '../../src/pipeline/indexer.js';
import { createApp } from '../../src/server/index.js';
import { contextDeps } from '../../src/server/context-deps.js';
import type { AppDeps } from '../../src/server/deps.js';
import { API_KEY, sampleDocs } from './helpers.js';

export interface RealSystem {
  ctx: AppContext;
  app: Express;
  deps: AppDeps;
  dir: string;
  close(): Promise<void>;
}

export async function realSystem(opts: { docs?: Document[]; apiKey?: string | null; deps?: Partial<AppDeps> } = {}): Promise<RealSystem> {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-server-'));
  const env: Record<string, string> = { ARCHIVIST_DATA_DIR: dir };
  if (opts.apiKey !== null) env.ARCHIVIST_API_KEY = opts.apiKey ?? API_KEY;
  const ctx = await openContext(loadConfig(env), { log: silentLogger() });
  for (const doc of opts.docs ?? sampleDocs()) ctx.archive.saveDocument(doc);
  await drainOutbox(ctx);
  const deps = { ...contextDeps(ctx, { rateLimit: false }), ...opts.deps };
  return {
    ctx,
    app: createApp(deps),
    deps,
    dir,
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
