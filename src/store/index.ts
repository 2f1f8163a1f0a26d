/**
 * @module The archive store: everything other stages may use. See ./types.ts for the contract.
 */
export { openArchive } from './archive.js';
export type { ArchiveOptions } from './archive.js';
export { compressBody } from './codec.js';
export type { EncodedBody } from './codec.js';
export { documentFingerprint } from './documents.js';
export { MIGRATIONS, migrate } from './migrations.js';
export type { Archive, EntityFacet, FetchedPage, Outbox, OutboxOp, OutboxRow, RawPage, SaveOutcome } from './types.js';
