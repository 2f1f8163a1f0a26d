/**
 * @module Contract cases for the port's research methods (timeline, scan) and the language,
 * source and author facets: part of the search contract (search-engine.ts calls them inside its
 * suite, on the same engine and corpus).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it as nodeIt } from 'node:test';
import type { ScanCursor, SearchEngine, SearchQuery } from '../../src/search/engine.js';
import { searchQuery } from '../../src/search/engine.js';
import { CONTRACT_SYNONYMS, CORPUS, KEY, TIES } from './corpus.js';

type Case = (title: string, fn: () => Promise<void>) => void;

/** Every id a scan gives, batch by batch, as short keys (ids outside the corpus as they are). */
async function scanAll(engine: SearchEngine, partial: Partial<SearchQuery>, batch: number): Promise<string[][]> {
  const batches: string[][] = [];
  let after: ScanCursor | null = null;
  do {
    const page = await engine.scan(searchQuery(partial), after, batch);
    batches.push(page.ids.map((id) => KEY[id] ?? id));
    after = page.next;
  } while (after !== null);
  return batches;
}

export function researchCases(engine: () => SearchEngine, it: Case): void {
  describe('timeline', () => {
    it('counts a filtered result set per year, ascending, periods with matches only', async () => {
      assert.deepEqual(await engine().timeline(searchQuery({ nations: ['Jordan'] }), 'year'), [
        { value: '2016', count: 1 },
        { value: '2017', count: 1 },
        { value: '2019', count: 1 },
        { value: '2021', count: 1 },
        { value: '2022', count: 1 },
      ]);
    });
    it('counts the matches of a text query per month', async () => {
      assert.deepEqual(await engine().timeline(searchQuery({ q: 'jordan', page: 2, perPage: 1 }), 'month'), [
        { value: '2016-03', count: 1 },
        { value: '2017-05', count: 1 },
        { value: '2019-12', count: 1 },
        { value: '2021-04', count: 1 },
      ]);
    });
    it('counts per day and per week (a week is named by its Monday)', async () => {
      const in2016 = searchQuery({ from: '2016-01-01T00:00:00Z', to: '2016-12-31T23:59:59Z' });
      assert.deepEqual(await engine().timeline(in2016, 'day'), [
        { value: '2016-03-01', count: 1 },
        { value: '2016-06-14', count: 1 },
        { value: '2016-09-09', count: 1 },
      ]);
      assert.deepEqual(await engine().timeline(in2016, 'week'), [
        { value: '2016-02-29', count: 1 },
        { value: '2016-06-13', count: 1 },
        { value: '2016-09-05', count: 1 },
      ]);
    });
    it('answers an empty list for a search that matches nothing', async () => {
      assert.deepEqual(await engine().timeline(searchQuery({ q: 'zeppelin' }), 'month'), []);
    });
  });

  describe('scan', () => {
    it('gives every match newest first, batch by batch, then stops', async () => {
      assert.deepEqual(await scanAll(engine(), {}, 4), [
        ['d15', 'd11', 'd09', 'd08'],
        ['d14', 'd06', 'd03', 'd02'],
        ['d13', 'd05', 'd01', 'd04'],
        ['d07', 'd10', 'd12'],
      ]);
    });
    it('gives the matches of text and filters, oldest first when asked', async () => {
      assert.deepEqual(await scanAll(engine(), { nations: ['Egypt'] }, 10), [['d15', 'd03', 'd02', 'd04']]);
      assert.deepEqual(await scanAll(engine(), { q: 'jordan', sort: 'oldest' }, 3), [['d01', 'd02', 'd14'], ['d09']]);
    });
    it('continues among articles of the same second without repeating or skipping one', async () => {
      await engine().upsert(TIES);
      const [a, b] = [...TIES.map((d) => d.id)].sort().reverse(); // oldest first: ties by id descending
      const batches = await scanAll(engine(), { sort: 'oldest' }, 1);
      assert.deepEqual(batches.slice(0, 3), [[a], [b], ['d12']]);
      assert.equal(batches.length, 17);
      const newest = await scanAll(engine(), { nations: ['Oman'] }, 1);
      assert.deepEqual(newest, [[b], [a]]);
      await engine().remove(TIES.map((d) => d.id));
      assert.equal(await engine().count(), 15);
    });
  });

  describe('language, source and author facets', () => {
    const keysOf = async (partial: Partial<SearchQuery>) =>
      (await engine().search(searchQuery(partial))).hits.map((h) => KEY[h.id] ?? h.id);
    it('filters by any of the given languages, sources or authors', async () => {
      assert.deepEqual(await keysOf({ languages: ['ar'] }), ['d11']);
      assert.deepEqual(await keysOf({ sources: ['ar.contract.example.org'] }), ['d11']);
      assert.deepEqual(await keysOf({ authors: ['Omar Saleh'] }), ['d09', 'd14']);
      assert.deepEqual(await keysOf({ authors: ['Omar Saleh', 'Rana Ahmad'], q: 'jordan', sort: 'newest' }), ['d09', 'd14', 'd02']);
      assert.equal((await engine().search(searchQuery({ languages: ['en'], authors: ['Desk'] }))).total, 11);
    });
    it('counts only the facets asked for', async () => {
      const { facets } = await engine().search(searchQuery({ q: 'jordan', facets: ['authors', 'years'] }));
      assert.deepEqual(facets, {
        nations: [],
        persons: [],
        sections: [],
        years: [
          { value: '2016', count: 1 },
          { value: '2017', count: 1 },
          { value: '2019', count: 1 },
          { value: '2021', count: 1 },
        ],
        months: [],
        languages: [],
        sources: [],
        authors: [
          { value: 'Omar Saleh', count: 2 },
          { value: 'Rana Ahmad', count: 2 },
          { value: 'Desk', count: 1 },
        ],
      });
    });
  });
}

/**
 * The research cases alone, on an engine of their own loaded with the contract corpus: for an
 * adapter that cannot pass the whole contract (the Meilisearch adapter on the fake server, which
 * does not model ranking; these cases do not depend on it).
 */
export function researchContract(name: string, factory: () => Promise<SearchEngine>): void {
  describe(`research contract: ${name}`, () => {
    let engine: SearchEngine;
    before(async () => {
      engine = await factory();
      await engine.init({ synonyms: CONTRACT_SYNONYMS });
      await engine.clear();
      await engine.upsert(CORPUS);
    });
    after(async () => engine?.close());
    researchCases(
      () => engine,
      (title, fn) => void nodeIt(title, fn),
    );
  });
}
