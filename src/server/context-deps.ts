/**
 * @module AppDeps over the real system: the archive (documents, outbox) and the configured engine
 * from an AppContext. Writes go through the pipeline's ingestPage (parse + store + outbox row in
 * one transaction) or the archive's saveDocument; the background indexer makes them searchable.
 */
import type { AppContext } from '../app/index.js';
import { toUtcSeconds } from '../document.js';
import type { AppDeps, SubmitInput, SubmitResult } from './deps.js';

export interface ContextDepsOptions {
  /** woken after each write (the background indexer's kick) */
  afterWrite?: () => void;
  rateLimit?: AppDeps['rateLimit'];
  searchCache?: AppDeps['searchCache'];
  onIndexChange?: AppDeps['onIndexChange'];
  metrics?: AppDeps['metrics'];
  /** clock for fetchedAt of POSTed pages (tests) */
  now?: () => Date;
}

export function contextDeps(ctx: AppContext, opts: ContextDepsOptions = {}): AppDeps {
  const now = opts.now ?? (() => new Date());
  return {
    engine: ctx.engine,
    getDocument: (id) => ctx.archive.getDocument(id),
    getDocuments: (ids, opts) => ctx.archive.getDocuments(ids, opts),
    submit: async (input: SubmitInput): Promise<SubmitResult> => {
      if (input.kind === 'document') {
        return { id: input.document.id, outcome: ctx.archive.saveDocument(input.document) };
      }
      // Loaded on first use: the scrapers (cheerio, entity vocabularies) are only needed for POSTed pages.
      const { ingestPage } = await import('../pipeline/index.js');
      const { outcome, doc } = ingestPage(ctx, {
        url: input.url,
        fetchedAt: toUtcSeconds(now()),
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: Buffer.from(input.html, 'utf8'),
      });
      return { id: doc.id, outcome };
    },
    afterWrite: opts.afterWrite,
    stats: () => ({ documents: ctx.archive.countDocuments(), pendingIndex: ctx.archive.outbox.pending() }),
    apiKey: ctx.config.apiKey,
    log: ctx.log.child({ stage: 'server' }),
    metrics: opts.metrics,
    rateLimit: opts.rateLimit,
    searchCache: opts.searchCache,
    onIndexChange: opts.onIndexChange,
    entities: ctx.linker,
    exportMaxRows: ctx.config.exportMaxRows,
  };
}
