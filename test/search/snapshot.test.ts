// The embedded engine's snapshot (engine.snapshot beside engine.db): a reopened engine reads
// the in-memory side back instead of rebuilding it, replays the rows written after it, and
// ignores a snapshot that is damaged or that the SQLite file does not list.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { INDEX_FILE, openEmbeddedEngine } from '../../src/search/embedded/index.js';
import type { EmbeddedEngine } from '../../src/search/embedded/index.js';
import { readSectionHeader, writeSectionFile } from '../../src/search/embedded/snapshot-file.js';
import { SNAPSHOT_FILE } from '../../src/search/embedded/snapshot.js';
import { searchQuery, type SearchEngine, type SearchQuery } from '../../src/search/engine.js';
import { CONTRACT_SYNONYMS, CORPUS, byKey } from '../contract/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-snapshot-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `s${dirs++}`);

const PROBES: Partial<SearchQuery>[] = [
  { q: 'jordan' },
  { q: 'solar power' },
  { q: '"solar power"' },
  { q: 'renew' },
  { nations: ['Egypt'] },
  // facet values match whatever their case and spaces (facetKey), after a snapshot as before it
  { nations: ['egypt'], sections: [' NEWS '] },
  { authors: ['omar saleh'], languages: ['EN'] },
  { q: 'beirt', sort: 'oldest' },
  { from: '2016-01-01T00:00:00Z', to: '2019-12-31T23:59:59Z', perPage: 3, page: 2 },
];
const runProbes = (engine: SearchEngine) => Promise.all(PROBES.map((p) => engine.search(searchQuery(p))));

interface LoadLine {
  msg: string;
  documents?: number;
  replayed?: number;
  snapshotBytes?: number;
}

/** The load lines logged so far. */
const loaded = (lines: LoadLine[]) => lines.filter((l) => l.msg === 'embedded index loaded');

async function reference(docs = CORPUS): Promise<unknown[]> {
  const engine = await openEmbeddedEngine({ dir: freshDir() });
  await engine.init({ synonyms: CONTRACT_SYNONYMS });
  await engine.upsert(docs);
  const out = await runProbes(engine);
  await engine.close();
  return out;
}

async function logged(dir: string): Promise<{ engine: EmbeddedEngine; lines: LoadLine[] }> {
  const lines: LoadLine[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as LoadLine) });
  const engine = (await openEmbeddedEngine({ dir, log })) as EmbeddedEngine;
  await engine.init({ synonyms: CONTRACT_SYNONYMS });
  return { engine, lines };
}

test('a reopened engine reads the snapshot back: nothing replayed, same answers', async () => {
  const dir = freshDir();
  const first = await logged(dir);
  await first.engine.upsert(CORPUS);
  const before = await runProbes(first.engine);
  await first.engine.close();
  assert.ok(existsSync(join(dir, SNAPSHOT_FILE)));

  const again = await logged(dir);
  assert.deepEqual(await runProbes(again.engine), before);
  const [line] = loaded(again.lines);
  assert.equal(line!.documents, 15);
  assert.equal(line!.replayed, 0);
  assert.equal(line!.snapshotBytes, statSync(join(dir, SNAPSHOT_FILE)).size);
  await again.engine.close();
});

test('rows written and removed after the snapshot are replayed on top of it', async () => {
  const dir = freshDir();
  const first = await logged(dir);
  await first.engine.upsert(CORPUS.slice(0, 10));
  await first.engine.checkpoint();
  await first.engine.close();

  const writer = await logged(dir); // writes without reading: leaves the snapshot as it is
  const changed = { ...byKey('d02'), title: 'Zarqa water summit' };
  await writer.engine.upsert([...CORPUS.slice(10), changed]);
  await writer.engine.remove([byKey('d01').id]);
  await writer.engine.close();
  assert.deepEqual(loaded(writer.lines), []);

  const reader = await logged(dir);
  const expected = await reference([...CORPUS.filter((d) => d.id !== byKey('d01').id && d.id !== changed.id), changed]);
  assert.deepEqual(await runProbes(reader.engine), expected);
  const [line] = loaded(reader.lines);
  assert.equal(line!.documents, 14);
  assert.equal(line!.replayed, 6, 'five new rows and the replaced d02');
  assert.ok(line!.snapshotBytes! > 0);
  await reader.engine.close();
});

test('after the snapshot is read, the same process replaces and removes documents read back from it', async () => {
  const dir = freshDir();
  const first = await logged(dir);
  await first.engine.upsert(CORPUS);
  await first.engine.checkpoint();
  await first.engine.close();

  const again = await logged(dir);
  await runProbes(again.engine); // reads the snapshot back
  assert.equal(loaded(again.lines)[0]!.replayed, 0);
  const changed = { ...byKey('d02'), title: 'Zarqa water summit' };
  await again.engine.upsert([changed]);
  await again.engine.remove([byKey('d01').id]);
  const expected = await reference([...CORPUS.filter((d) => d.id !== byKey('d01').id && d.id !== changed.id), changed]);
  assert.deepEqual(await runProbes(again.engine), expected);
  assert.equal(await again.engine.count(), 14);
  assert.equal((await again.engine.search(searchQuery({ q: 'zarqa' }))).total, 1);
  await again.engine.close();
});

test('a damaged or unreadable snapshot, or one the SQLite file does not list, is ignored: built from the rows', async () => {
  for (const damage of ['truncate', 'garbage', 'no sections', 'unlisted'] as const) {
    const dir = freshDir();
    const file = join(dir, SNAPSHOT_FILE);
    const first = await logged(dir);
    await first.engine.upsert(CORPUS);
    await first.engine.checkpoint();
    await first.engine.close();
    let docs = CORPUS;
    if (damage === 'truncate') truncateSync(file, statSync(file).size - 3);
    if (damage === 'garbage') writeFileSync(file, 'not a snapshot');
    if (damage === 'no sections') writeSectionFile(file, readSectionHeader(file)!, {}); // listed, intact, but not readable
    if (damage === 'unlisted') {
      // engine.db deleted by hand and rebuilt with other rows; the old snapshot left beside it
      rmSync(join(dir, INDEX_FILE));
      docs = CORPUS.slice(5);
      const rebuilt = await logged(dir);
      await rebuilt.engine.upsert(docs);
      await rebuilt.engine.close();
    }
    const again = await logged(dir);
    assert.deepEqual(await runProbes(again.engine), await reference(docs), damage);
    const [line] = loaded(again.lines);
    assert.equal(line!.snapshotBytes, 0, damage);
    assert.equal(line!.replayed, docs.length, damage);
    await again.engine.close();
  }
});

test('clear forgets the snapshot: a reopened engine is empty', async () => {
  const dir = freshDir();
  const first = await logged(dir);
  await first.engine.upsert(CORPUS);
  await first.engine.checkpoint();
  const other = await logged(dir); // another process clears the index
  await other.engine.clear();
  await other.engine.close();
  await first.engine.close();
  const again = await logged(dir);
  assert.equal(await again.engine.count(), 0);
  assert.equal((await again.engine.search(searchQuery({ q: 'jordan' }))).total, 0);
  await again.engine.close();
});

test('a snapshot that cannot be written is logged, and searches and writes go on', async () => {
  const dir = freshDir();
  const first = await logged(dir);
  await first.engine.upsert(CORPUS);
  mkdirSync(join(dir, SNAPSHOT_FILE)); // a folder in its place: the rename over it fails
  await first.engine.checkpoint();
  const [jordan] = await reference();
  assert.deepEqual(await first.engine.search(searchQuery(PROBES[0])), jordan);
  await first.engine.upsert([{ ...byKey('d02'), title: 'Zarqa water summit' }]);
  await first.engine.close();
  assert.deepEqual(first.lines.filter((l) => l.msg === 'embedded index snapshot not saved').length, 2, 'at the checkpoint and at close');
});
