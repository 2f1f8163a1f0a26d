// Churn does not grow the embedded engine's memory: replaced and removed documents are
// compacted away (COMPACT_MIN_DEAD), and results stay exactly those of a fresh index.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import type { EmbeddedEngine } from '../../src/search/embedded/index.js';
import { COMPACT_MIN_DEAD } from '../../src/search/embedded/memory-index.js';
import { searchQuery, type SearchQuery } from '../../src/search/engine.js';
import { CONTRACT_SYNONYMS, CORPUS, byKey } from '../contract/corpus.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-compaction-'));
after(() => rmSync(root, { recursive: true, force: true }));

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
const probe = (engine: EmbeddedEngine) => Promise.all(PROBES.map((p) => engine.search(searchQuery(p))));
/** Replacement rounds of the whole corpus: more dead documents than COMPACT_MIN_DEAD. */
const ROUNDS = Math.ceil((COMPACT_MIN_DEAD * 1.5) / CORPUS.length);

async function open(dir: string): Promise<EmbeddedEngine> {
  const engine = (await openEmbeddedEngine({ dir })) as EmbeddedEngine;
  await engine.init({ synonyms: CONTRACT_SYNONYMS });
  return engine;
}

test('replacing and removing documents many times keeps memory to the live documents, results unchanged', async () => {
  const fresh = await open(join(root, 'fresh'));
  await fresh.upsert(CORPUS);
  const expected = await probe(fresh);
  await fresh.close();

  const dir = join(root, 'churn');
  const churned = await open(dir);
  const watcher = await open(dir); // another process: catches up by replaying removals
  await churned.upsert(CORPUS);
  for (let round = 0; round < ROUNDS; round++) {
    await churned.upsert(CORPUS.map((d) => ({ ...d, title: `${d.title} draft ${round}` })));
    await churned.remove([byKey('d05').id]);
    await churned.upsert([byKey('d05')]);
    if (round % 10 === 0) await watcher.count();
  }
  await churned.upsert(CORPUS);
  assert.equal(await churned.count(), 15);
  const stats = churned.memoryStats();
  assert.equal(stats.live, 15);
  // without compaction every replacement keeps a slot: 15 + ROUNDS * 17
  assert.ok(stats.slots < 15 + COMPACT_MIN_DEAD, `slots ${stats.slots}`);
  assert.deepEqual(await probe(churned), expected);

  assert.equal(await watcher.count(), 15);
  assert.ok(watcher.memoryStats().slots < 15 + COMPACT_MIN_DEAD, `watcher slots ${watcher.memoryStats().slots}`);
  assert.deepEqual(await probe(watcher), expected);
  const facets = await watcher.facetValues('nations', 'egy', 5);
  assert.deepEqual(facets, await churned.facetValues('nations', 'egy', 5));
  await churned.close();
  await watcher.close();
});
