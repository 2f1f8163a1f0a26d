/**
 * @module Opening the SQLite file with the settings every table relies on.
 */
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { ensureFolder } from './folders.js';

export const DATABASE_DEFAULTS = {
  // Another process (serve's background indexer beside a CLI ingest or crawl) may hold the write
  // lock for one transaction; our transactions are short, so waiting 5 s beats failing with
  // SQLITE_BUSY. A transaction still blocked after that points at a stuck process.
  busyTimeoutMs: 5_000,
  // Pages in the WAL before a commit copies them into the database file (SQLite's default: 1000,
  // 4 MB). Every checkpoint fsyncs twice on the committing thread, and an ingest spent a visible
  // share of its main thread in them (docs/benchmarks.md, "Ingest"). 32 MB checkpoints an eighth
  // as often, and index pages rewritten by several batches in between are copied once.
  walAutocheckpointPages: 8_192,
} as const;

/**
 * Open (creating the folder if needed) with:
 * - journal_mode=WAL: readers (the server) never block the writer (ingest) and vice versa.
 * - wal_autocheckpoint of 32 MB (DATABASE_DEFAULTS).
 * - synchronous=NORMAL: in WAL mode a commit is only fsynced at checkpoints. A killed process
 *   (SIGKILL, OOM, crash) loses nothing that was committed, since the WAL is in the OS's hands;
 *   only a power loss or kernel crash may lose the last few transactions, and even then the file
 *   is never corrupt. FULL would fsync every commit and cut ingest throughput several-fold for
 *   that last case, which the outbox design already tolerates: the source pages are re-ingestable.
 * - foreign_keys on (no FKs today, but a future migration should not silently get none).
 */
export function openDatabase(file: string, opts: { readonly?: boolean } = {}): Database.Database {
  if (file !== ':memory:' && !opts.readonly) ensureFolder(dirname(file)); // read-only: the file must exist
  const db = new Database(file, { readonly: opts.readonly ?? false, timeout: DATABASE_DEFAULTS.busyTimeoutMs });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma(`wal_autocheckpoint = ${DATABASE_DEFAULTS.walAutocheckpointPages}`);
  db.pragma(`busy_timeout = ${DATABASE_DEFAULTS.busyTimeoutMs}`);
  db.pragma('foreign_keys = ON');
  return db;
}
