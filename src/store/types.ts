/**
 * @module The archive's public types: what a fetch produced, what the store keeps, and the Archive
 * interface the pipeline, crawler and server code against (see the store API notes).
 */
import type Database from 'better-sqlite3';
import type { Document } from '../document.js';
import type { EncodedBody } from './codec.js';

/** What savePage/saveDocument did: 'unchanged' writes no outbox row. */
export type SaveOutcome = 'new' | 'updated' | 'unchanged';

/** What a fetch (or a saved file) produced. */
export interface FetchedPage {
  /** the URL fetched (for files: --url, else the document's canonical url) */
  url: string;
  /** ISO UTC */
  fetchedAt: string;
  /** HTTP status (200 for files) */
  status: number;
  /** lower-case names; at least content-type, etag, last-modified when present */
  headers: Record<string, string>;
  /** raw bytes as received (stored compressed) */
  body: Uint8Array;
}

export interface RawPage extends FetchedPage {
  documentId: string | null;
}

export type OutboxOp = 'upsert' | 'remove';
export interface OutboxRow {
  seq: number;
  docId: string;
  op: OutboxOp;
}

export type EntityFacet = 'nations' | 'persons';

export interface Outbox {
  /** rows waiting for the engine */
  pending(): number;
  /** oldest first; rows stay until markDone */
  take(limit: number): OutboxRow[];
  /** only after the engine confirmed */
  markDone(seqs: readonly number[]): void;
  /**
   * ONE transaction: mark `seqs` done and queue each of `requeue` again (documents that
   * changed while the engine call was in flight, so what the engine got may be stale).
   */
  complete(seqs: readonly number[], requeue: readonly string[]): void;
  /** highest seq ever written (0 when none): reindex marks everything up to it done */
  lastSeq(): number;
  /** delete every row with seq <= `seq`; returns how many */
  markDoneThrough(seq: number): number;
}

export interface Archive {
  /** for stage-owned tables (crawl state) only */
  readonly db: Database.Database;
  /** ONE transaction: raw page (compressed) + document (if any) + outbox row when the document is new/changed.
   *  Idempotent by document id. With `doc` null only the raw page is written and the outcome is 'unchanged'. */
  savePage(page: FetchedPage, doc: Document | null): SaveOutcome;
  /** savePage for each item, in order, committed together (bulk ingest); all or nothing. `encoded`:
   *  the body already compressed (compressBody) by a parse worker */
  savePages(items: readonly { page: FetchedPage; doc: Document | null; encoded?: EncodedBody }[]): SaveOutcome[];
  /** a Document without raw HTML (POST of a Document); same outbox rule */
  saveDocument(doc: Document): SaveOutcome;
  /** a Document re-derived from the stored raw page at `rawUrl` (reprocess): same outbox rule, raw bytes untouched */
  saveDerivedDocument(rawUrl: string, doc: Document): SaveOutcome;
  getDocument(id: string): Document | null;
  /** the documents of `ids` that are stored, in that order, in one read (see DocumentsTable.getMany) */
  getDocuments(ids: readonly string[], opts?: { withText: boolean }): Document[];
  /** the stored documents among `ids` with their fingerprints, read in one transaction (the indexer's snapshot) */
  getVersions(ids: readonly string[]): Map<string, { doc: Document; fingerprint: string }>;
  /** the current fingerprint of each stored id among `ids` (absent = not stored) */
  getFingerprints(ids: readonly string[]): Map<string, string>;
  /** headers give ETag/Last-Modified for conditional GET */
  getRawPage(url: string): RawPage | null;
  /** deletes the document (and the raw pages that produced it) and queues a 'remove' op */
  removeDocument(id: string): boolean;
  countDocuments(): number;
  countRawPages(): number;
  /** every document in id order, `batchSize` at a time (default 500) */
  iterateDocuments(batchSize?: number): Iterable<Document[]>;
  /** every raw page in url order, `batchSize` at a time (default 100) */
  iterateRawPages(batchSize?: number): Iterable<RawPage[]>;
  /** most frequent entity values over all documents: count desc, then value asc */
  topFacet(facet: EntityFacet, limit: number): { value: string; count: number }[];
  outbox: Outbox;
  close(): void;
}
