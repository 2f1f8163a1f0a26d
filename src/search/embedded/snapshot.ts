/**
 * @module The engine's in-memory side saved whole beside its SQLite file (`engine.snapshot`),
 * so that a start reads it back instead of re-deriving postings, facets and date order from
 * every row. A snapshot covers the rows up to a point (row number, removal number); the rows
 * after it are replayed from the SQLite file as another process's writes are (catchUp). So
 * the SQLite file stays the truth and the snapshot a cache that is either usable or ignored:
 *
 * - written to a temporary file, fsynced and renamed (snapshot-file.ts): a crash leaves the
 *   old snapshot or the new one;
 * - usable only if its token is listed in the SQLite file (meta `snapshots`), added in a
 *   transaction after every row it covers was committed: a snapshot from before a `clear`,
 *   of a deleted and rebuilt file, or ahead of a file that lost its last commits in a power
 *   cut is not listed, and the index is then built from the rows (and saved again).
 */
import { randomBytes } from 'node:crypto';
import { SCHEMA_VERSION, SNAPSHOTS_META, type EngineStore } from './store.js';
import { MemoryIndex } from './memory-index.js';
import { readSectionFile, readSectionHeader, removeTemporaries, writeSectionFile, type Section } from './snapshot-file.js';

/** The snapshot's file inside the engine's directory. */
export const SNAPSHOT_FILE = 'engine.snapshot';
/** Tokens kept listed: the current snapshot's and those of writers racing to replace it. */
const LISTED_TOKENS = 4;

/** How far a snapshot reaches into the SQLite file. */
export interface SnapshotPoint {
  /** rows up to this row number are in it */
  seq: number;
  /** removals up to this removal number are applied */
  removal: number;
}

export interface SnapshotHeader extends SnapshotPoint {
  layout: number;
  token: string;
  /** terms known when it was taken */
  terms: number;
  /** live documents */
  live: number;
  at: string;
}

/** The point the snapshot on file covers and its live documents, if it is usable (a small read). */
export function snapshotPoint(file: string, store: EngineStore): (SnapshotPoint & { live: number }) | undefined {
  const header = readSectionHeader<SnapshotHeader>(file);
  return header && usable(header, store) ? { seq: header.seq, removal: header.removal, live: header.live } : undefined;
}

/** The snapshot on file as an index, or undefined when there is none usable. */
export function readSnapshot(file: string, store: EngineStore): { header: SnapshotHeader; index: MemoryIndex; bytes: number } | undefined {
  const header = readSectionHeader<SnapshotHeader>(file);
  if (!header || !usable(header, store)) return undefined;
  const read = readSectionFile<SnapshotHeader>(file);
  if (!read || read.header.token !== header.token) return undefined; // replaced or cut short meanwhile
  try {
    return { header: read.header, index: MemoryIndex.load((name) => read.section(name)), bytes: read.bytes };
  } catch {
    return undefined; // sections this version does not know how to read: built from the rows instead
  }
}

/**
 * Save `index`, which reflects the SQLite file of clear epoch `at.epoch` up to `at` with
 * `at.terms` terms, unless the snapshot on file already reaches as far. Returns the bytes
 * written (0 when skipped).
 */
export function writeSnapshot(
  file: string,
  store: EngineStore,
  index: MemoryIndex,
  at: SnapshotPoint & { terms: number; epoch: string },
): number {
  const point = { seq: at.seq, removal: at.removal };
  const current = snapshotPoint(file, store);
  if (current && current.seq >= point.seq && current.removal >= point.removal) return 0;
  removeTemporaries(file);
  const header: SnapshotHeader = {
    layout: SCHEMA_VERSION,
    token: randomBytes(12).toString('hex'),
    ...point,
    terms: at.terms,
    live: index.live,
    at: new Date().toISOString(),
  };
  const sections: Record<string, Section> = {};
  index.save(sections);
  // listed before the rename, so that the new file is usable once in place; not if the file
  // was cleared since `index` last caught up (its rows are gone)
  const listedNow = store.exclusive(() => {
    if ((store.getMeta('epoch') ?? '') !== at.epoch) return false;
    store.setMeta(SNAPSHOTS_META, [...listed(store), header.token].slice(-LISTED_TOKENS).join(' '));
    return true;
  });
  return listedNow ? writeSectionFile(file, header, sections) : 0;
}

function listed(store: EngineStore): string[] {
  return (store.getMeta(SNAPSHOTS_META) ?? '').split(' ').filter((t) => t !== '');
}

function usable(header: SnapshotHeader, store: EngineStore): boolean {
  return header.layout === SCHEMA_VERSION && listed(store).includes(header.token);
}
