/**
 * @module The documents and document_facets tables: the Document JSON plus the columns queries
 * need, and one row per entity value for stats. Statements are prepared once, at open.
 */
import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { bodyOf, Document } from '../document.js';
import type { EntityFacet } from './types.js';

export interface DocumentsTable {
  get(id: string): Document | null;
  /**
   * The stored documents of `ids`, in that order (ids not stored are left out), read in one
   * statement for bulk readers (export). Rows are not validated again: this table only ever
   * holds Documents validated when they were written. `withText: false` leaves the body and
   * paragraphs out in SQLite (they come back empty): most of a row's bytes, which a reader that
   * does not show them need not parse.
   */
  getMany(ids: readonly string[], opts?: { withText: boolean }): Document[];
  /** the document and its fingerprint, null when not stored */
  version(id: string): { doc: Document; fingerprint: string } | null;
  /** the stored fingerprint, undefined when the id is not stored */
  fingerprint(id: string): string | undefined;
  /** insert or replace the row and its facet rows (call inside a transaction) */
  put(doc: Document, fingerprint: string, now: string): void;
  delete(id: string): boolean;
  count(): number;
  /** ids greater than `afterId`, in id order */
  page(afterId: string, limit: number): Document[];
  topFacet(facet: EntityFacet, limit: number): { value: string; count: number }[];
}

interface DocumentRow {
  json: string;
}

export function documentsTable(db: Database.Database): DocumentsTable {
  const stmt = {
    get: db.prepare<[string], DocumentRow>('SELECT json FROM documents WHERE id = ?'),
    getMany: db.prepare<[string], DocumentRow & { id: string }>(
      'SELECT id, json FROM documents WHERE id IN (SELECT value FROM json_each(?))',
    ),
    getManyMeta: db.prepare<[string], DocumentRow & { id: string }>(
      `SELECT id, json_remove(json, '$.body', '$.paragraphs') AS json FROM documents WHERE id IN (SELECT value FROM json_each(?))`,
    ),
    version: db.prepare<[string], DocumentRow & { fingerprint: string }>('SELECT json, fingerprint FROM documents WHERE id = ?'),
    fingerprint: db.prepare<[string], { fingerprint: string }>('SELECT fingerprint FROM documents WHERE id = ?'),
    upsert: db.prepare(`
      INSERT INTO documents (id, url, published_at, section, content_hash, fingerprint, json, updated_at_ingest)
      VALUES (@id, @url, @publishedAt, @section, @contentHash, @fingerprint, @json, @now)
      ON CONFLICT (id) DO UPDATE SET
        url = excluded.url, published_at = excluded.published_at, section = excluded.section,
        content_hash = excluded.content_hash, fingerprint = excluded.fingerprint,
        json = excluded.json, updated_at_ingest = excluded.updated_at_ingest`),
    delete: db.prepare<[string]>('DELETE FROM documents WHERE id = ?'),
    deleteFacets: db.prepare<[string]>('DELETE FROM document_facets WHERE doc_id = ?'),
    insertFacet: db.prepare<[string, string, string]>('INSERT OR IGNORE INTO document_facets (facet, value, doc_id) VALUES (?, ?, ?)'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM documents'),
    page: db.prepare<[string, number], DocumentRow>('SELECT json FROM documents WHERE id > ? ORDER BY id LIMIT ?'),
    topFacet: db.prepare<[string, number], { value: string; count: number }>(`
      SELECT value, count(*) AS count FROM document_facets WHERE facet = ?
      GROUP BY value ORDER BY count DESC, value ASC LIMIT ?`),
  };

  return {
    get: (id) => {
      const row = stmt.get.get(id);
      return row ? fromJson(row.json) : null;
    },
    getMany: (ids, opts = { withText: true }) => {
      const statement = opts.withText ? stmt.getMany : stmt.getManyMeta;
      const rows = new Map(statement.all(JSON.stringify(ids)).map((r) => [r.id, r.json]));
      const out: Document[] = [];
      for (const id of ids) {
        const json = rows.get(id);
        if (json !== undefined) out.push(fromStoredJson(json));
      }
      return out;
    },
    version: (id) => {
      const row = stmt.version.get(id);
      return row ? { doc: fromJson(row.json), fingerprint: row.fingerprint } : null;
    },
    fingerprint: (id) => stmt.fingerprint.get(id)?.fingerprint,
    put: (doc, fingerprint, now) => {
      stmt.upsert.run({
        id: doc.id,
        url: doc.url,
        publishedAt: doc.publishedAt,
        section: doc.section,
        contentHash: doc.contentHash,
        fingerprint,
        json: toJson(doc),
        now,
      });
      stmt.deleteFacets.run(doc.id);
      for (const value of doc.entities.nations) stmt.insertFacet.run('nations', value, doc.id);
      for (const value of doc.entities.persons) stmt.insertFacet.run('persons', value, doc.id);
    },
    delete: (id) => {
      stmt.deleteFacets.run(id);
      return stmt.delete.run(id).changes > 0;
    },
    count: () => stmt.count.get()!.n,
    page: (afterId, limit) => stmt.page.all(afterId, limit).map((r) => fromJson(r.json)),
    topFacet: (facet, limit) => stmt.topFacet.all(facet, limit),
  };
}

/**
 * sha256 of the Document with keys sorted: two parses of the same page give the same fingerprint
 * whatever order the object was built in (a scraper vs. a POSTed JSON). Any change (body,
 * entities, title, dates, an added field) changes it, so the engine never keeps a stale copy.
 * JSON.stringify with a key list sorts at every level in one native pass (much faster than a
 * recursive canonicaliser); the list holds the keys of the document and of its object fields,
 * which covers the Document's depth (entities is its only nested object).
 */
export function documentFingerprint(doc: Document): string {
  const keys = new Set<string>();
  for (const [key, value] of Object.entries(doc)) {
    keys.add(key);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) keys.add(inner);
    }
  }
  return createHash('sha256')
    .update(JSON.stringify(doc, [...keys].sort()))
    .digest('hex');
}

/**
 * The stored JSON: the Document without `body` when body is exactly its paragraphs joined (always,
 * for a parsed page), since fromJson rebuilds it. A third less to write, keep and read per row.
 * A document whose body says something else (a POSTed one) is kept whole.
 */
function toJson(doc: Document): string {
  return JSON.stringify(doc.body === bodyOf(doc.paragraphs) ? { ...doc, body: undefined } : doc);
}

/** JSON kept in a SQLite column is a boundary: parse it with the schema once, here. */
/** A stored row as a Document without re-validating it (see getMany). */
function fromStoredJson(json: string): Document {
  const stored = JSON.parse(json) as Document & { body?: string; paragraphs?: string[] };
  stored.paragraphs ??= [];
  stored.body ??= bodyOf(stored.paragraphs);
  return stored;
}

function fromJson(json: string): Document {
  const stored = JSON.parse(json) as { body?: unknown; paragraphs?: unknown };
  if (stored.body === undefined && Array.isArray(stored.paragraphs)) stored.body = bodyOf(stored.paragraphs as string[]);
  return Document.parse(stored); // the schema puts body back in its place among the keys
}
