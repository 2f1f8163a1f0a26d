/**
 * @module openArchive: the SQLite archive, the source of truth. Composes the table families and
 * owns the transactions; each transaction's comment names the invariant it protects.
 */
import type { Document } from '../document.js';
import type { Logger } from '../log.js';
import { compressBody } from './codec.js';
import { openDatabase } from './database.js';
import { documentFingerprint, documentsTable } from './documents.js';
import { migrate } from './migrations.js';
import { outboxTable } from './outbox.js';
import { rawPagesTable } from './raw-pages.js';
import type { RawPageRow } from './raw-pages.js';
import type { Archive, FetchedPage, RawPage, SaveOutcome } from './types.js';

// Keyset-paged iteration: big enough to amortise the query, small enough to keep memory flat.
const DOCUMENT_BATCH = 500;
// Raw pages are ~10x larger decompressed than a Document: smaller batches.
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

  /** Store `doc` unless identical to the stored one; a changed or new document gets its outbox row. */
  function putDocument(doc: Document, now: string): SaveOutcome {
    const fingerprint = documentFingerprint(doc);
    const stored = documents.fingerprint(doc.id);
    if (stored === fingerprint) return 'unchanged';
    documents.put(doc, fingerprint, now);
    outbox.enqueue(doc.id, 'upsert', now);
    return stored === undefined ? 'new' : 'updated';
  }

  /**
   * A raw page that now gives another document (the site changed its canonical URL, a scraper fix
   * reads it differently) leaves its previous document behind; once no raw page produces that
   * document any more it is removed (and the engine told), so one article is never listed twice.
   */
  function dropOrphan(previousId: string | null | undefined, currentId: string | undefined, now: string): void {
    if (!previousId || previousId === currentId || rawPages.countByDocument(previousId) > 0) return;
    if (documents.delete(previousId)) outbox.enqueue(previousId, 'remove', now);
  }

  // Outbox invariant: a document is never stored or changed without its "index me" row, and the
  // raw page that produced it is stored with it: all or nothing.
  const savePageTx = db.transaction((row: RawPageRow, doc: Document | null, now: string): SaveOutcome => {
    const previousId = rawPages.documentIdOf(row.url);
    rawPages.put(row);
    if (!doc) return 'unchanged';
    const outcome = putDocument(doc, now);
    dropOrphan(previousId, doc.id, now);
    return outcome;
  });

  // The same invariant for each page of a batch; one commit for the batch (a bulk ingest pays the
  // commit once per batch, and a crash loses at most one batch of work, redone on the next run).
  const savePagesTx = db.transaction((rows: { row: RawPageRow; doc: Document | null }[], now: string) =>
    rows.map(({ row, doc }) => savePageTx(row, doc, now)),
  );

  // Outbox invariant, for documents arriving without raw HTML.
  const saveDocumentTx = db.transaction((doc: Document, now: string) => putDocument(doc, now));

  // Outbox invariant, plus: the raw page points at the document derived from it.
  const saveDerivedTx = db.transaction((rawUrl: string, doc: Document, now: string) => {
    const previousId = rawPages.documentIdOf(rawUrl);
    const outcome = putDocument(doc, now);
    rawPages.link(rawUrl, doc.id);
    dropOrphan(previousId, doc.id, now);
    return outcome;
  });

  // Removal invariant: a document leaves the archive together with its raw pages and a 'remove'
  // row, so the engine is told and `reprocess` cannot resurrect it.
  const removeTx = db.transaction((id: string, now: string) => {
    const existed = documents.delete(id);
    rawPages.deleteByDocument(id);
    if (existed) outbox.enqueue(id, 'remove', now);
    return existed;
  });

  // Read consistency for the indexer: every document of a batch from one snapshot.
  const versionsTx = db.transaction((ids: readonly string[]) => {
    const out = new Map<string, { doc: Document; fingerprint: string }>();
    for (const id of ids) {
      const v = documents.version(id);
      if (v) out.set(id, v);
    }
    return out;
  });

  // Outbox invariant across concurrent indexers: a row is only dropped together with a fresh row
  // for any document that changed while its engine call was in flight.
  const completeTx = db.transaction((seqs: readonly number[], requeue: readonly string[], now: string) => {
    outbox.markDone(seqs);
    for (const id of requeue) outbox.enqueue(id, documents.fingerprint(id) === undefined ? 'remove' : 'upsert', now);
  });

  return {
    db,
    savePage: (page, doc) => savePageTx.immediate(rawRow(page, doc), doc, stamp()),
    savePages: (items) => {
      const rows = items.map(({ page, doc }) => ({ row: rawRow(page, doc), doc }));
      return savePagesTx.immediate(rows, stamp());
    },
    saveDocument: (doc) => saveDocumentTx.immediate(doc, stamp()),
    saveDerivedDocument: (rawUrl, doc) => saveDerivedTx.immediate(rawUrl, doc, stamp()),
    getDocument: (id) => documents.get(id),
    getVersions: (ids) => versionsTx.deferred(ids),
    getFingerprints: (ids) => {
      const out = new Map<string, string>();
      for (const id of ids) {
        const fp = documents.fingerprint(id);
        if (fp !== undefined) out.set(id, fp);
      }
      return out;
    },
    getRawPage: (url) => rawPages.get(url),
    removeDocument: (id) => removeTx.immediate(id, stamp()),
    countDocuments: () => documents.count(),
    countRawPages: () => rawPages.count(),
    iterateDocuments: (batchSize = DOCUMENT_BATCH) => keysetPages((after) => documents.page(after, batchSize), (d) => d.id),
    iterateRawPages: (batchSize = RAW_PAGE_BATCH) => keysetPages((after) => rawPages.page(after, batchSize), (p) => p.url),
    topFacet: (facet, limit) => documents.topFacet(facet, limit),
    outbox: {
      pending: outbox.pending,
      take: outbox.take,
      markDone: outbox.markDone,
      complete: (seqs, requeue) => completeTx.immediate(seqs, requeue, stamp()),
      lastSeq: outbox.lastSeq,
      markDoneThrough: outbox.markDoneThrough,
    },
    close: () => {
      if (db.open) db.close();
    },
  };
}

/** The raw_pages row; compressed here, outside any transaction: the write lock is held only for the writes. */
function rawRow(page: FetchedPage, doc: Document | null): RawPageRow {
  const { data, encoding } = compressBody(page.body);
  return {
    url: page.url, body: data, encoding, status: page.status, headers: JSON.stringify(page.headers),
    fetchedAt: page.fetchedAt, documentId: doc?.id ?? null,
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

