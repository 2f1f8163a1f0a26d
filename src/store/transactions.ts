/**
 * @module The archive's write transactions, one per invariant, each with a comment naming it.
 * Every write of the store goes through here; the tables' files only prepare statements.
 */
import type Database from 'better-sqlite3';
import type { Document } from '../document.js';
import { documentFingerprint } from './documents.js';
import type { DocumentsTable } from './documents.js';
import type { OutboxTable } from './outbox.js';
import type { RawPageRow, RawPagesTable } from './raw-pages.js';
import type { SaveOutcome } from './types.js';

export interface Tables {
  documents: DocumentsTable;
  rawPages: RawPagesTable;
  outbox: OutboxTable;
}

export type ArchiveTransactions = ReturnType<typeof archiveTransactions>;

export function archiveTransactions(db: Database.Database, { documents, rawPages, outbox }: Tables) {
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

  /** One page's writes; the callers below wrap it in a transaction. */
  function savePage(row: RawPageRow, doc: Document | null, now: string): SaveOutcome {
    const previousId = rawPages.documentIdOf(row.url);
    rawPages.put(row);
    if (!doc) return 'unchanged';
    const outcome = putDocument(doc, now);
    dropOrphan(previousId, doc.id, now);
    return outcome;
  }

  // Outbox invariant: a document is never stored or changed without its "index me" row, and the
  // raw page that produced it is stored with it: all or nothing.
  const savePageTx = db.transaction(savePage);

  // The same invariant for each page of a batch; one commit for the batch (a bulk ingest pays the
  // commit once per batch, and a crash loses at most one batch of work, redone on the next run).
  // The pages are not nested transactions: each would open a savepoint, and SQLite copies every
  // page a savepoint touches to a temporary sub-journal file (measured: more file writes than the
  // archive and the index together).
  const savePagesTx = db.transaction((rows: { row: RawPageRow; doc: Document | null }[], now: string) =>
    rows.map(({ row, doc }) => savePage(row, doc, now)),
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

  return { savePageTx, savePagesTx, saveDocumentTx, saveDerivedTx, removeTx, versionsTx, completeTx };
}
