/**
 * @module The embedded engine's own SQLite file (`<dataDir>/index/engine.db`), separate from
 * the archive: deleting it and running `reindex` rebuilds it. It holds the term dictionary,
 * per document a compact row (the document's term numbers as varints: see row-codec.ts)
 * replayed after the snapshot (snapshot.ts) and read for proximity and exact phrases
 * (phrases.ts), and a display row (facets, title, URL, body, deflated: one lookup per hit
 * shown, and the facets of a row replayed).
 */
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { Database as DB, Statement } from 'better-sqlite3';
import { EngineError } from '../../errors.js';
import { openDatabase } from '../../store/database.js';
import { decodeTokens, TextCodec } from './row-codec.js';

/**
 * Bump when the file layout or what is indexed changes; an older file is rebuilt by `reindex`
 * (`serve` does it at start). 3: dotted abbreviations are one word, entities are linked labels;
 * 4: language, source and authors are facets; 5: bodies deflated, term numbers as varints, the
 * in-memory side saved as a snapshot beside the file; 6: no FTS5 table, phrases verified
 * against the token lists; a document's facets in its hit row only (a hit is one lookup, not a
 * join).
 */
export const SCHEMA_VERSION = 6;
/** Meta key of the hit rows' deflate dictionary (base64). */
const DICTIONARY_META = 'dictionary';
/** Meta key listing the snapshots (snapshot.ts) that reflect this file's rows. */
export const SNAPSHOTS_META = 'snapshots';
/**
 * SQLite page cache: the B-tree's inner pages for the 20 hit rows of each query. More was not
 * measurably faster on 100,000 documents and counts against the RSS target.
 */
const PAGE_CACHE_KIB = 4_096;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS terms (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE);
-- AUTOINCREMENT: row numbers never come back after a delete, so they stay ascending in memory
CREATE TABLE IF NOT EXISTS docs (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  ts INTEGER NOT NULL,
  tokens BLOB NOT NULL
);
-- What a hit shows (its facets, URL, title, subtitle, body) apart: docs rows (read for
-- proximity and phrases) stay small, and a hit costs one lookup. Deflated with the dictionary
-- in meta (row-codec.ts).
CREATE TABLE IF NOT EXISTS hits (seq INTEGER PRIMARY KEY, data BLOB NOT NULL);
-- Rows removed (or replaced), in order: another process holding the index in memory (the
-- server while \`ingest\` runs) replays them, with the rows added since, to catch up.
CREATE TABLE IF NOT EXISTS removed (n INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL);
`;

export interface DocRow {
  id: string;
  ts: number;
  /** JSON of DocFacets */
  facets: string;
  /** JSON of the hit fields not in `facets` (url, title, subtitle) */
  shown: string;
  body: string;
  /** term numbers as varints (row-codec.ts) */
  tokens: Buffer;
}

export interface StoredDoc {
  seq: number;
  id: string;
  ts: number;
  facets: string;
  tokens: Buffer;
}

/** Hit rows deflated ahead of `write` (batch-prep.ts, on the prep thread), in the order of its rows, and the dictionary used. */
export interface PackedHits {
  dictionary: Buffer;
  data: readonly Buffer[];
}

/** What a hit shows, as stored (see EngineStore.hit). */
export interface StoredHit {
  /** JSON of DocFacts' stored fields */
  facets: string;
  /** JSON of url, title, subtitle */
  shown: string;
  body: string;
}

export class EngineStore {
  readonly db: DB;
  private readonly stmt: Record<string, Statement>;
  private codec: TextCodec | undefined;
  private readonly readTransaction: (fn: () => unknown) => unknown;

  /**
   * `readonly`: a reader of an index another connection keeps (the hit thread): the file must
   * exist with this version's layout, and is never written.
   */
  constructor(file: string, { readonly = false } = {}) {
    // the archive's settings (WAL, synchronous=NORMAL, 32 MB checkpoints, a 5 s busy timeout);
    // for this file a power loss costs at most a `reindex`
    this.db = openDatabase(file, { readonly });
    this.db.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
    if (!readonly) this.db.exec(SCHEMA);
    const version = this.getMeta('schema');
    if (version === undefined && !readonly) this.setMeta('schema', String(SCHEMA_VERSION));
    else if (Number(version) !== SCHEMA_VERSION) {
      this.db.close();
      throw new EngineError(
        'engine_unavailable',
        `${file}: index layout ${version}, this version needs ${SCHEMA_VERSION}: delete it and run \`reindex\``,
        { file },
      );
    }
    this.readTransaction = this.db.transaction((fn: () => unknown) => fn());
    this.stmt = {
      seqOfId: this.db.prepare('SELECT seq FROM docs WHERE id = ?').pluck(),
      deleteDoc: this.db.prepare('DELETE FROM docs WHERE seq = ?'),
      insertDoc: this.db.prepare('INSERT INTO docs (id, ts, tokens) VALUES (?, ?, ?)'),
      insertHit: this.db.prepare('INSERT INTO hits (seq, data) VALUES (?, ?)'),
      deleteHit: this.db.prepare('DELETE FROM hits WHERE seq = ?'),
      logRemoval: this.db.prepare('INSERT INTO removed (seq) VALUES (?)'),
      lastRemoval: this.db.prepare('SELECT coalesce(max(n), 0) FROM removed').pluck(),
      lastSeq: this.db.prepare("SELECT coalesce(max(seq), 0) FROM sqlite_sequence WHERE name = 'docs'").pluck(),
      docCount: this.db.prepare('SELECT count(*) FROM docs').pluck(),
      removalsAfter: this.db.prepare('SELECT n, seq FROM removed WHERE n > ? ORDER BY n'),
      termsFrom: this.db.prepare('SELECT id, term FROM terms WHERE id >= ? ORDER BY id'),
      docsAfter: this.db.prepare(
        'SELECT d.seq, d.id, d.ts, d.tokens, h.data FROM docs d JOIN hits h ON h.seq = d.seq WHERE d.seq > ? ORDER BY d.seq',
      ),
      insertTerm: this.db.prepare('INSERT INTO terms (id, term) VALUES (?, ?)'),
      hit: this.db.prepare('SELECT data FROM hits WHERE seq = ?').pluck(),
      tokens: this.db.prepare('SELECT tokens FROM docs WHERE seq = ?').pluck(),
      // prepared once: db.pragma() prepares its statement at every call, twice the cost of this one
      dataVersion: this.db.prepare('PRAGMA data_version').pluck(),
      tokensHolding: this.db.prepare('SELECT tokens FROM docs WHERE seq = ? AND instr(tokens, ?) > 0').pluck(),
    };
  }

  getMeta(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key);
    return typeof row === 'string' ? row : undefined;
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Terms numbered `from` or more, in number order. */
  *terms(from = 0): Generator<{ id: number; term: string }> {
    yield* this.stmt.termsFrom!.iterate(from) as Iterable<{ id: number; term: string }>;
  }

  /** Documents stored after row `seq`, in row order (their facets inflated from the hit rows). */
  *docsAfter(seq: number): Generator<StoredDoc> {
    for (const row of this.stmt.docsAfter!.iterate(seq) as Iterable<Omit<StoredDoc, 'facets'> & { data: Buffer }>) {
      const { facets } = splitHitText(this.textCodec()!.unpack(row.data));
      yield { seq: row.seq, id: row.id, ts: row.ts, tokens: row.tokens, facets };
    }
  }

  /** Rows removed after removal number `n`. */
  removalsAfter(n: number): { n: number; seq: number }[] {
    return this.stmt.removalsAfter!.all(n) as { n: number; seq: number }[];
  }

  /** Documents stored. */
  docCount(): number {
    return this.stmt.docCount!.get() as number;
  }

  /** The highest row number ever given (rows removed since included; 0 for none). */
  lastSeq(): number {
    return this.stmt.lastSeq!.get() as number;
  }

  lastRemoval(): number {
    return this.stmt.lastRemoval!.get() as number;
  }

  /** Changes whenever ANOTHER connection commits (SQLite's data_version): a cheap staleness check. */
  dataVersion(): number {
    return this.stmt.dataVersion!.get() as number;
  }

  /**
   * Run `fn` in one read transaction: an engine read's row lookups (its hits, proximity's token
   * lists, the rows a phrase is checked against) share one snapshot instead of taking SQLite's
   * read lock statement by statement, which was a third to a half of each lookup's cost.
   */
  reading<T>(fn: () => T): T {
    return this.readTransaction(fn) as T;
  }

  /** Run `fn` holding the write lock (BEGIN IMMEDIATE): no other process writes meanwhile. */
  exclusive<T>(fn: () => T): T {
    return this.db.transaction(fn).immediate();
  }

  /**
   * Write new terms, then each document replacing any row with its id. Call inside
   * `exclusive`, so a batch is either searchable after a restart or not there at all.
   * Returns each document's row number.
   */
  write(rows: readonly DocRow[], newTerms: readonly { id: number; term: string }[], packed?: PackedHits): number[] {
    for (const t of newTerms) this.stmt.insertTerm!.run(t.id, t.term);
    const codec = this.textCodec(rows)!;
    // packed ahead with another dictionary (another process wrote the first rows meanwhile): again here
    const usable = packed !== undefined && packed.dictionary.equals(codec.dictionary);
    return rows.map((r, i) => {
      this.removeRow(r.id);
      const seq = Number(this.stmt.insertDoc!.run(r.id, r.ts, r.tokens).lastInsertRowid);
      this.stmt.insertHit!.run(seq, usable ? packed.data[i] : codec.pack(hitText(r)));
      return seq;
    });
  }

  /**
   * The dictionary `write` will deflate hit rows with: the file's, or for a file without one
   * the dictionary the first rows written (`samples`, their hit texts) would give it. Lets a batch
   * be packed before the write lock is taken (`write` checks it is still the file's).
   */
  dictionaryFor(samples: () => readonly string[]): Buffer {
    return this.textCodec()?.dictionary ?? TextCodec.sampled(samples()).dictionary;
  }

  /** Remove rows by document id (call inside `exclusive`). */
  remove(ids: readonly string[]): void {
    for (const id of ids) this.removeRow(id);
  }

  /** Delete everything but the settings; a new epoch tells other processes to reload. */
  clear(): void {
    this.exclusive(() => {
      this.db.exec('DELETE FROM docs; DELETE FROM hits; DELETE FROM terms; DELETE FROM removed;');
      this.setMeta(SNAPSHOTS_META, ''); // the snapshot on file reflects rows now gone
      this.setMeta('epoch', String(Date.now()) + Math.random().toString(36).slice(2));
    });
  }

  /** What a hit shows: facets (JSON), url/title/subtitle (JSON) and body. */
  hit(seq: number): StoredHit | undefined {
    const data = this.stmt.hit!.get(seq) as Buffer | undefined;
    if (!data) return undefined;
    return splitHitText(this.textCodec()!.unpack(data));
  }

  /**
   * The hit rows' codec: its dictionary is sampled from the first rows ever written (`samples`
   * when there is none yet) and kept for the life of the file.
   */
  private textCodec(samples?: readonly DocRow[]): TextCodec | undefined {
    if (this.codec) return this.codec;
    const stored = this.getMeta(DICTIONARY_META);
    if (stored !== undefined) return (this.codec = new TextCodec(Buffer.from(stored, 'base64')));
    if (!samples) return undefined;
    // not cached: kept only if the transaction writing it commits (the next call reads it back)
    const codec = TextCodec.sampled(samples.map(hitText));
    this.setMeta(DICTIONARY_META, codec.dictionary.toString('base64'));
    return codec;
  }

  /** The document's term numbers, in a buffer reused by the next call (see decodeTokens). */
  tokens(seq: number): Uint32Array {
    return decodeTokens(this.stmt.tokens!.get(seq) as Buffer);
  }

  /**
   * Call `fn(i, row)` with the stored term numbers (varints, undecoded) of row `seqs[i]`, in
   * order, for the rows whose bytes hold `bytes` somewhere: SQLite compares them in place, and
   * the rows without them (most candidates of a phrase of common words) are never copied out.
   * A row removed meanwhile by another process is skipped. Called within `reading` (every engine
   * read is), so SQLite takes its read lock once for them all, not once per row.
   */
  eachTokenRowHolding(seqs: readonly number[], bytes: Buffer, fn: (i: number, row: Buffer) => void): void {
    const holding = this.stmt.tokensHolding!;
    for (let i = 0; i < seqs.length; i++) {
      const row = holding.get(seqs[i], bytes) as Buffer | undefined;
      if (row !== undefined) fn(i, row);
    }
  }

  close(): void {
    this.db.close();
  }

  private removeRow(id: string): void {
    const seq = this.stmt.seqOfId!.get(id) as number | undefined;
    if (seq === undefined) return;
    this.stmt.deleteDoc!.run(seq);
    this.stmt.deleteHit!.run(seq);
    this.stmt.logRemoval!.run(seq);
  }
}

/** A hit row's text: facets and shown fields (JSON, one line each), then the body. */
export function hitText(r: Pick<DocRow, 'facets' | 'shown' | 'body'>): string {
  return hitHead(r) + r.body;
}

/** A hit row's text before the body. */
export function hitHead(r: Pick<DocRow, 'facets' | 'shown'>): string {
  return `${r.facets}\n${r.shown}\n`;
}

/** `hitText` read back: JSON has no raw line break, so the first two end the facets and the shown fields. */
function splitHitText(text: string): StoredHit {
  const first = text.indexOf('\n');
  const second = text.indexOf('\n', first + 1);
  return { facets: text.slice(0, first), shown: text.slice(first + 1, second), body: text.slice(second + 1) };
}

/**
 * The layout version of the index file `file` (its `schema` meta value), read without
 * changing it; undefined when there is no file or it holds no version.
 */
export function storedLayout(file: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").pluck().get();
    if (hasMeta === undefined) return undefined;
    const value = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get();
    return typeof value === 'string' ? Number(value) : undefined;
  } finally {
    db.close();
  }
}

/** Delete the index file and its WAL companions (the index is a projection: reindex rebuilds it). */
export function deleteStore(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}
