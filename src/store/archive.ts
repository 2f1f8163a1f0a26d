/**
 * @module openArchive: the SQLite archive, the source of truth. Composes the table families
 * (documents.ts, raw-pages.ts, outbox.ts) and the write transactions (transactions.ts).
 */
import type { Document } from '../document.js';
import type { Logger } from '../log.js';
import { compressBody } from './codec.js';
import type { EncodedBody } from './codec.js';
import { openDatabase } from './database.js';
import { documentsTable } from './documents.js';
import { migrate } from './migrations.js';
import { outboxTable } from './outbox.js';
import { rawPagesTable } from './raw-pages.js';
import type { RawPageRow } from './raw-pages.js';
import { archiveTransactions } from './transactions.js';
import type { Archive, FetchedPage } from './types.js';

// Keyset-paged iteration: big enough to amortise the query, small enough to keep memory flat.
const DOCUMENT_BATCH = 500;
// Raw pages are far larger decompressed than a Document: smaller batches.
const RAW_PAGE_BATCH = 100;

export interface ArchiveOptions {
  log?: Logger;
  /** clock for enqueued_at / updated_at_ingest (tests pin it). Default: Date.now */
  now?: () => Date;
}

/** Open (creating dirs and schema as needed) the archive at `file` (or ':memory:'). */
export function openArchive(file: string, opts: ArchiveOptions = {}): Archive {
  const db = openDatabase(file);
  const applied = migrate(db);
  if (applied > 0) opts.log?.info({ file, applied }, 'archive schema migrated');
  const clock = opts.now ?? (() => new Date());
  const stamp = () => clock().toISOString();

  const documents = documentsTable(db);
  const rawPages = rawPagesTable(db);
  const outbox = outboxTable(db);

  const tx = archiveTransactions(db, { documents, rawPages, outbox });

  return {
    db,
    savePage: (page, doc) => tx.savePageTx.immediate(rawRow(page, doc), doc, stamp()),
    savePages: (items) => {
      const rows = items.map(({ page, doc, encoded }) => ({ row: rawRow(page, doc, encoded), doc }));
      return tx.savePagesTx.immediate(rows, stamp());
    },
    saveDocument: (doc) => tx.saveDocumentTx.immediate(doc, stamp()),
    saveDerivedDocument: (rawUrl, doc) => tx.saveDerivedTx.immediate(rawUrl, doc, stamp()),
    getDocument: (id) => documents.get(id),
    getDocuments: (ids, opts) => documents.getMany(ids, opts),
    getVersions: (ids) => tx.versionsTx.deferred(ids),
    getFingerprints: (ids) => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const fp = documents.fingerprint(id);
        if (fp !== undefined) out.set(id, fp);
      }
      return out;
    },
    getRawPage: (url) => rawPages.get(url),
    removeDocument: (id) => tx.removeTx.immediate(id, stamp()),
    countDocuments: () => documents.count(),
    countRawPages: () => rawPages.count(),
    iterateDocuments: (batchSize = DOCUMENT_BATCH) =>
      keysetPages(
        (after) => documents.page(after, batchSize),
        (d) => d.id,
      ),
    iterateRawPages: (batchSize = RAW_PAGE_BATCH) =>
      keysetPages(
        (after) => rawPages.page(after, batchSize),
        (p) => p.url,
      ),
    topFacet: (facet, limit) => documents.topFacet(facet, limit),
    outbox: {
      pending: outbox.pending,
      take: outbox.take,
      markDone: outbox.markDone,
      complete: (seqs, requeue) => tx.completeTx.immediate(seqs, requeue, stamp()),
      lastSeq: outbox.lastSeq,
      markDoneThrough: outbox.markDoneThrough,
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** The raw_pages row; compressed here unless it came so, outside any transaction: the write lock is held only for the writes. */
function rawRow(page: FetchedPage, doc: Document | null, encoded?: EncodedBody): RawPageRow {
  const { data, encoding } = encoded ?? compressBody(page.body);
  return {
    url: page.url,
    body: Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength),
    encoding,
    status: page.status,
    headers: JSON.stringify(page.headers),
    fetchedAt: page.fetchedAt,
    documentId: doc?.id ?? null,
  };
}

/**
 * Pages by key instead of holding one cursor open: the caller may write between batches (a
 * better-sqlite3 connection cannot run other statements while an iterator is open), and rows
 * added behind the cursor are simply not revisited.
 */
function* keysetPages<T>(page: (after: string) => T[], keyOf: (row: T) => string): Generator<T[]> {
  let after = '';
  for (;;) {
    const rows = page(after);
    if (rows.length === 0) return;
    yield rows;
    after = keyOf(rows[rows.length - 1]!);
  }
}
