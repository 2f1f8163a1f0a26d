/**
 * @module The raw_pages table: the bytes each page arrived as (compressed) with its fetch metadata,
 * so `reprocess` can re-derive documents and the crawler can make conditional GETs.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { decompressBody } from './codec.js';
import type { BodyEncoding } from './codec.js';
import type { RawPage } from './types.js';

export interface RawPageRow {
  url: string;
  body: Buffer;
  encoding: BodyEncoding;
  status: number;
  headers: string;
  fetchedAt: string;
  documentId: string | null;
}

export interface RawPagesTable {
  put(row: RawPageRow): void;
  get(url: string): RawPage | null;
  /** point an existing raw page at the document it produced; false when the url is not stored */
  link(url: string, documentId: string): boolean;
  deleteByDocument(documentId: string): number;
  /** the document a stored raw page points at: undefined when the url is not stored */
  documentIdOf(url: string): string | null | undefined;
  countByDocument(documentId: string): number;
  count(): number;
  /** urls greater than `afterUrl`, in url order */
  page(afterUrl: string, limit: number): RawPage[];
}

const Headers = z.record(z.string(), z.string());

export function rawPagesTable(db: Database.Database): RawPagesTable {
  const columns = 'url, body, encoding, status, headers, fetched_at AS fetchedAt, document_id AS documentId';
  const stmt = {
    put: db.prepare(`
      INSERT INTO raw_pages (url, body, encoding, status, headers, fetched_at, document_id)
      VALUES (@url, @body, @encoding, @status, @headers, @fetchedAt, @documentId)
      ON CONFLICT (url) DO UPDATE SET
        body = excluded.body, encoding = excluded.encoding, status = excluded.status,
        headers = excluded.headers, fetched_at = excluded.fetched_at,
        -- a fetch that gave no document (error page, 304) keeps the link to the last good one
        document_id = coalesce(excluded.document_id, raw_pages.document_id)`),
    get: db.prepare<[string], RawPageRow>(`SELECT ${columns} FROM raw_pages WHERE url = ?`),
    link: db.prepare<[string, string]>('UPDATE raw_pages SET document_id = ? WHERE url = ?'),
    deleteByDocument: db.prepare<[string]>('DELETE FROM raw_pages WHERE document_id = ?'),
    documentIdOf: db.prepare<[string], { documentId: string | null }>('SELECT document_id AS documentId FROM raw_pages WHERE url = ?'),
    countByDocument: db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM raw_pages WHERE document_id = ?'),
    count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM raw_pages'),
    page: db.prepare<[string, number], RawPageRow>(`SELECT ${columns} FROM raw_pages WHERE url > ? ORDER BY url LIMIT ?`),
  };

  return {
    put: (row) => void stmt.put.run(row),
    get: (url) => {
      const row = stmt.get.get(url);
      return row ? fromRow(row) : null;
    },
    link: (url, documentId) => stmt.link.run(documentId, url).changes > 0,
    deleteByDocument: (documentId) => stmt.deleteByDocument.run(documentId).changes,
    documentIdOf: (url) => stmt.documentIdOf.get(url)?.documentId,
    countByDocument: (documentId) => stmt.countByDocument.get(documentId)!.n,
    count: () => stmt.count.get()!.n,
    page: (afterUrl, limit) => stmt.page.all(afterUrl, limit).map(fromRow),
  };
}

function fromRow(row: RawPageRow): RawPage {
  return {
    url: row.url,
    fetchedAt: row.fetchedAt,
    status: row.status,
    headers: Headers.parse(JSON.parse(row.headers)),
    body: decompressBody(row.body, row.encoding),
    documentId: row.documentId,
  };
}
