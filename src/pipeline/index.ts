/**
 * @module The pipeline: ingest (pages -> documents -> archive + outbox), the indexer (outbox ->
 * engine), reindex (archive -> engine), reprocess (raw HTML -> current scrapers -> changed
 * documents re-queued) and the background indexer used by `serve`.
 */
export { ingestPage, ingestFiles, ingestPlanned, INGEST_DEFAULTS } from './ingest.js';
export { planIngest, withIngestPlan } from './ingest-plan.js';
export type { IngestPlan } from './ingest-plan.js';
export type { IngestSummary, IngestFilesSummary, IngestFilesOptions } from './ingest.js';
export { drainOutbox, INDEXER_DEFAULTS } from './indexer.js';
export type { DrainOptions, IndexSummary, IndexerContext } from './indexer.js';
export { reindex } from './reindex.js';
export { reprocess } from './reprocess.js';
export type { ReprocessSummary, ReprocessOptions } from './reprocess.js';
export { startBackgroundIndexer, BACKGROUND_DEFAULTS } from './background.js';
export type { BackgroundIndexer } from './background.js';
