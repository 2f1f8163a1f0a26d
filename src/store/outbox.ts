/**
 * @module The outbox: pending index work, written in the same transaction as the document it is
 * about. A document may have several rows (updated twice before the indexer ran); the indexer
 * coalesces them and reads the document as stored when it drains, so order within a batch does
 * not matter and a row is never applied from stale data.
 */
import type Database from 'better-sqlite3';
import type { Outbox, OutboxOp, OutboxRow } from './types.js';

export interface OutboxTable extends Omit<Outbox, 'complete'> {
  /** call inside the transaction that changed the document */
  enqueue(docId: string, op: OutboxOp, now: string): void;
}

export function outboxTable(db: Database.Database): OutboxTable {
  const stmt = {
    enqueue: db.prepare<[string, string, string]>('INSERT INTO outbox (doc_id, op, enqueued_at) VALUES (?, ?, ?)'),
    pending: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM outbox'),
    take: db.prepare<[number], OutboxRow>('SELECT seq, doc_id AS docId, op FROM outbox ORDER BY seq LIMIT ?'),
    // json_each: one statement for a whole batch of seqs, whatever its size
    markDone: db.prepare<[string]>('DELETE FROM outbox WHERE seq IN (SELECT value FROM json_each(?))'),
    // AUTOINCREMENT keeps the highest seq in sqlite_sequence even after the rows are deleted
    lastSeq: db.prepare<[], { seq: number }>("SELECT coalesce(max(seq), 0) AS seq FROM sqlite_sequence WHERE name = 'outbox'"),
    markDoneThrough: db.prepare<[number]>('DELETE FROM outbox WHERE seq <= ?'),
  };
  return {
    enqueue: (docId, op, now) => void stmt.enqueue.run(docId, op, now),
    pending: () => stmt.pending.get()!.n,
    take: (limit) => stmt.take.all(limit),
    markDone: (seqs) => {
      if (seqs.length > 0) stmt.markDone.run(JSON.stringify(seqs));
    },
    lastSeq: () => stmt.lastSeq.get()?.seq ?? 0,
    markDoneThrough: (seq) => stmt.markDoneThrough.run(seq).changes,
  };
}
