/**
 * @module Schema migrations: an ordered list, applied in order from PRAGMA user_version.
 * Never edit a shipped migration; append a new one. Each runs in its own transaction together
 * with the user_version bump, so a crash leaves the schema at one version or the next.
 */
import type Database from 'better-sqlite3';

export interface Migration {
  /** what the migration does, for the log */
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    name: 'documents, raw pages, outbox, entity facets',
    sql: `
      CREATE TABLE documents (
        id                TEXT PRIMARY KEY,
        url               TEXT NOT NULL,
        published_at      TEXT NOT NULL,
        section           TEXT,
        content_hash      TEXT NOT NULL,
        -- sha256 of the whole Document (keys sorted): equal fingerprint = unchanged, no re-index
        fingerprint       TEXT NOT NULL,
        json              TEXT NOT NULL,
        updated_at_ingest TEXT NOT NULL
      ) STRICT;
      CREATE INDEX documents_url ON documents (url);
      CREATE INDEX documents_published_at ON documents (published_at);

      CREATE TABLE raw_pages (
        url         TEXT PRIMARY KEY,
        body        BLOB NOT NULL,
        -- how body is compressed: 'br' (brotli) or 'identity'; lets the codec change later
        encoding    TEXT NOT NULL,
        status      INTEGER NOT NULL,
        headers     TEXT NOT NULL,
        fetched_at  TEXT NOT NULL,
        document_id TEXT
      ) STRICT;
      CREATE INDEX raw_pages_document_id ON raw_pages (document_id);

      CREATE TABLE outbox (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id      TEXT NOT NULL,
        op          TEXT NOT NULL CHECK (op IN ('upsert', 'remove')),
        enqueued_at TEXT NOT NULL
      ) STRICT;

      -- one row per (facet, value, document): top nations/persons for stats without parsing JSON
      CREATE TABLE document_facets (
        facet  TEXT NOT NULL CHECK (facet IN ('nations', 'persons')),
        value  TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        PRIMARY KEY (facet, value, doc_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX document_facets_doc ON document_facets (doc_id);
    `,
  },
];

/** Apply every migration above the database's user_version; returns how many ran. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`archive schema version ${current} is newer than this program knows (${migrations.length})`);
  }
  let applied = 0;
  for (let version = current + 1; version <= migrations.length; version++) {
    const migration = migrations[version - 1]!;
    // Schema change and version bump commit together: the schema is never half-migrated.
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${version}`);
    }).immediate();
    applied++;
  }
  return applied;
}
