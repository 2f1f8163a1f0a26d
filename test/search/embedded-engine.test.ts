import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toUtcSeconds } from '../../src/document.js';
import type { Document } from '../../src/document.js';
import { EngineError } from '../../src/errors.js';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { searchQuery, type SearchEngine, type SearchQuery } from '../../src/search/engine.js';
import { CONTRACT_SYNONYMS, CORPUS, KEY, byKey } from '../contract/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-embedded-unit-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `e${dirs++}`);

async function engineWith(docs: readonly Document[], dir = freshDir()): Promise<SearchEngine> {
  const engine = await openEmbeddedEngine({ dir });
  await engine.init({ synonyms: CONTRACT_SYNONYMS });
  await engine.upsert(docs);
  return engine;
}

const PROBES: Partial<SearchQuery>[] = [
  { q: 'jordan' },
  { q: 'solar power' },
  { q: 'daesh' },
  { q: 'jordan -solar' },
  { q: '"solar power"' },
  { q: 'renew' },
  { nations: ['Egypt'] },
  { q: 'beirt', sort: 'oldest' },
  { from: '2016-01-01T00:00:00Z', to: '2019-12-31T23:59:59Z', perPage: 3, page: 2 },
];
const runProbes = (engine: SearchEngine) => Promise.all(PROBES.map((p) => engine.search(searchQuery(p))));

test('a reopened index answers exactly as before', async () => {
  const dir = freshDir();
  const first = await engineWith(CORPUS, dir);
  const before = await runProbes(first);
  await first.close();
  const again = await openEmbeddedEngine({ dir });
  assert.deepEqual(await runProbes(again), before);
  assert.equal(await again.count(), 15);
  await again.close();
});

test('rebuilding from scratch in another order, after updates, gives identical results', async () => {
  const a = await engineWith(CORPUS);
  await a.upsert([{ ...byKey('d03'), title: 'Something else entirely' }, byKey('d07')]);
  await a.upsert([byKey('d03')]);
  const b = await engineWith([...CORPUS].reverse());
  assert.deepEqual(await runProbes(a), await runProbes(b));
  await a.close();
  await b.close();
});

test('an engine sees what another process wrote to the same index', async () => {
  const dir = freshDir();
  const server = await engineWith(CORPUS.slice(0, 3), dir);
  const indexer = await openEmbeddedEngine({ dir });
  await indexer.upsert(CORPUS.slice(3));
  await indexer.remove([byKey('d01').id]);
  await indexer.upsert([{ ...byKey('d02'), title: 'Zarqa water summit' }]);
  assert.equal(await server.count(), 14);
  assert.deepEqual(
    (await server.search(searchQuery({ q: 'zarqa' }))).hits.map((h) => KEY[h.id]),
    ['d02'],
  );
  assert.deepEqual(
    (await server.search(searchQuery({ q: 'daesh', sort: 'newest' }))).hits.map((h) => KEY[h.id]),
    ['d06', 'd05', 'd04'],
  );
  await server.upsert([byKey('d01')]); // the server's own write continues the shared term numbering
  assert.deepEqual(
    (await indexer.search(searchQuery({ q: 'jordan' }))).hits.map((h) => KEY[h.id]),
    ['d01', 'd14', 'd09', 'd02'],
  );
  await indexer.clear();
  assert.equal(await server.count(), 0);
  await server.close();
  await indexer.close();
});

test('the index lives in its own file under the given directory', async () => {
  const dir = freshDir();
  const engine = await engineWith(CORPUS.slice(0, 2), dir);
  assert.equal(existsSync(join(dir, 'engine.db')), true);
  assert.deepEqual(await engine.health(), { ok: true, engine: 'embedded', detail: '2 documents' });
  await engine.close();
});

test('Arabic teh marbuta and alef maksura match their plain forms', async () => {
  const engine = await engineWith(CORPUS);
  assert.deepEqual(
    (await engine.search(searchQuery({ q: 'للطاقه' }))).hits.map((h) => KEY[h.id]),
    ['d11'],
  );
  await engine.close();
});

test('a word allowed two typos gets one when its first letter is wrong', async () => {
  const engine = await engineWith(CORPUS);
  assert.deepEqual(
    (await engine.search(searchQuery({ q: 'administratve' }))).hits.map((h) => KEY[h.id]),
    ['d03'],
  ); // 1 typo
  assert.deepEqual(
    (await engine.search(searchQuery({ q: 'adminsitratve' }))).hits.map((h) => KEY[h.id]),
    ['d03'],
  ); // 2 typos
  assert.deepEqual(
    (await engine.search(searchQuery({ q: 'edministrative' }))).hits.map((h) => KEY[h.id]),
    ['d03'],
  ); // 1, first letter
  assert.equal((await engine.search(searchQuery({ q: 'edministratve' }))).total, 0); // 2, one on the first letter
  await engine.close();
});

test('the last word matches prefixes with typos; a different first letter counts two typos', async () => {
  const docs = [
    generated(0, 'Koalition talks in Berlin', 'delegates met'), //  k...: first letter differs
    generated(1, 'Budget vote', 'a coalitional government formed'),
    generated(2, 'Coalitions shift', 'parties moved'),
    generated(3, 'Coalition forces advance', 'troops moved north'),
    generated(4, 'Winter report', 'living conditions worsen'), // "condition" is two typos from "coalition"
    generated(5, 'Evening news', 'the coalitoin collapsed'), // one typo (transposition) from "coalition"
  ];
  const engine = await engineWith(docs);
  const titles = async (q: string) => (await engine.search(searchQuery({ q }))).hits.map((h) => h.title.split(' ')[0]);
  // 8 letters, one typo: coalition, coalitions, coalitional (typo'd prefix) and coalitoin; not Koalition
  assert.deepEqual(await titles('coaliton'), ['Coalition', 'Coalitions', 'Evening', 'Budget']);
  // 9 letters, two typos: no typo (exact, then prefix) first, then one typo, then two (Koalition: its first letter)
  assert.deepEqual(await titles('coalition'), ['Coalition', 'Coalitions', 'Budget', 'Evening', 'Koalition', 'Winter']);
  // not the last word: whole words only (coalition and coalitoin, one typo each); both words first
  assert.deepEqual(await titles('coaliton forces'), ['Coalition', 'Evening']);
  await engine.close();
});

test('an index file of another layout is refused with a way out', async () => {
  const dir = freshDir();
  await (await engineWith(CORPUS.slice(0, 1), dir)).close();
  const db = new Database(join(dir, 'engine.db'));
  db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema'").run();
  db.close();
  await assert.rejects(
    openEmbeddedEngine({ dir }),
    (e: unknown) => e instanceof EngineError && e.code === 'engine_unavailable' && /reindex/.test(e.message),
  );
});

test('an unparseable date is an invalid_query error', async () => {
  const engine = await engineWith(CORPUS.slice(0, 1));
  await assert.rejects(
    engine.search(searchQuery({ from: 'yesterday' })),
    (e: unknown) => e instanceof EngineError && e.code === 'invalid_query',
  );
  await engine.close();
});

test('title matches outrank body matches even among thousands of matches, then newest first', async () => {
  // More matches than the bucket size that is sorted in full: the date-walk path runs.
  const docs = Array.from({ length: 4300 }, (_, i) => generated(i, i === 7 ? 'Alpha report' : `Report ${i}`, `alpha beta text ${i}`));
  const engine = await engineWith(docs);
  const res = await engine.search(searchQuery({ q: 'alpha', perPage: 4 }));
  assert.equal(res.total, 4300);
  assert.deepEqual(
    res.hits.map((h) => h.title),
    ['Alpha report', 'Report 4299', 'Report 4298', 'Report 4297'],
  );
  const page2 = await engine.search(searchQuery({ q: 'alpha', perPage: 4, page: 2 }));
  assert.deepEqual(
    page2.hits.map((h) => h.title),
    ['Report 4296', 'Report 4295', 'Report 4294', 'Report 4293'],
  );
  await engine.close();
});

test('pages of a relevance ranking concatenate to the ranking itself', async () => {
  const words = ['amman', 'cairo', 'beirut', 'doha', 'riyadh', 'tunis'];
  const docs = Array.from({ length: 240 }, (_, i) =>
    generated(i, `${words[i % 6]} ${words[(i * 7) % 6]} news`, `${words[(i * 5) % 6]} and ${words[(i * 11) % 6]} today ${words[i % 5]}`),
  );
  const engine = await engineWith(docs);
  for (const q of ['amman cairo', 'beirut', 'doha riyadh tunis', 'cairo -amman']) {
    const all = await engine.search(searchQuery({ q, perPage: 100 }));
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(Math.min(all.total, 100) / 7); page++) {
      paged.push(...(await engine.search(searchQuery({ q, perPage: 7, page }))).hits.map((h) => h.id));
    }
    assert.deepEqual(
      paged.slice(0, 100),
      all.hits.map((h) => h.id),
      q,
    );
  }
  await engine.close();
});

function generated(i: number, title: string, body: string): Document {
  const url = `https://unit.example.org/${i}`;
  const day = toUtcSeconds(new Date(Date.UTC(2015, 0, 1) + i * 3_600_000));
  return {
    id: createHash('sha256').update(url).digest('hex').slice(0, 16),
    url,
    source: 'unit.example.org',
    lang: 'en',
    title,
    subtitle: null,
    authors: [],
    publishedAt: day,
    dateSource: 'markup',
    updatedAt: null,
    section: 'News',
    tags: [],
    paragraphs: [body],
    body,
    entities: { nations: [], persons: [] },
    wordCount: body.split(' ').length,
    contentHash: createHash('sha256').update(body).digest('hex'),
    extractor: 'generic',
  };
}

test('a writer never builds the in-memory side; the first read builds it and answers as an engine loaded all along', async () => {
  const lines: { msg: string; documents?: number }[] = [];
  const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as { msg: string; documents?: number }) });
  const loads = () => lines.filter((l) => l.msg === 'embedded index loaded').map((l) => l.documents);
  const lazy = await openEmbeddedEngine({ dir: freshDir(), log });
  const eager = await openEmbeddedEngine({ dir: freshDir() });
  await eager.search(searchQuery({ q: 'jordan' })); // built before any write: every write below goes into memory too
  for (const engine of [lazy, eager]) {
    await engine.init({ synonyms: CONTRACT_SYNONYMS });
    await engine.upsert(CORPUS);
    await engine.remove([byKey('d01').id]);
    await engine.upsert([{ ...byKey('d02'), title: 'Zarqa water summit' }]);
  }
  assert.equal(await lazy.count(), 14);
  assert.deepEqual(loads(), [], 'writes and a count do not build it');
  assert.deepEqual(await runProbes(lazy), await runProbes(eager));
  assert.deepEqual(loads(), [14], 'built once, at the first read');
  await lazy.close();
  await eager.close();
});
