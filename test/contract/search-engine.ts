/**
 * @module The search contract: one set of cases every SearchEngine adapter must pass
 * (docs/interfaces.md "Search semantics"). Each adapter's *.test.ts calls `searchEngineContract`;
 * a missing engine shows as skipped (with its reason), never as passed.
 *
 * Notes for adapters: `sort: newest|oldest` is a pure date order even when `q` is given;
 * relevance ties are broken newest first; snippets are whole bodies here (every body is
 * shorter than a snippet window of 30 words), escaped, with <mark> around matched words.
 */
import { describe, it as nodeIt, before as nodeBefore, after as nodeAfter } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchEngine, SearchQuery, SearchResult } from '../../src/search/engine.js';
import { searchQuery } from '../../src/search/engine.js';
import { researchCases } from './research-cases.js';
import { CORPUS, CONTRACT_SYNONYMS, DOTTED, ID, KEY, byKey } from './corpus.js';

export interface ContractOptions {
  /** a reason to skip the whole suite (e.g. no server to test against), or false */
  skip?: string | false;
}

export function searchEngineContract(name: string, factory: () => Promise<SearchEngine>, opts: ContractOptions = {}): void {
  // A skipped run registers every case as skipped (not a skipped suite, which node:test's summary
  // does not count): the summary then says "skipped N" for an engine that was not tested.
  const skip = opts.skip || false;
  const it = (title: string, fn: () => Promise<void>): void => {
    if (skip) nodeIt(title, { skip });
    else nodeIt(title, fn);
  };
  const before = (fn: () => Promise<void>) => (skip ? undefined : nodeBefore(fn));
  const after = (fn: () => Promise<void>) => (skip ? undefined : nodeAfter(fn));
  describe(`search engine contract: ${name}`, () => {
    let engine: SearchEngine;
    const search = (partial: Partial<SearchQuery>): Promise<SearchResult> => engine.search(searchQuery(partial));
    const keysOf = async (partial: Partial<SearchQuery>): Promise<string[]> => (await search(partial)).hits.map((h) => KEY[h.id] ?? h.id);

    before(async () => {
      engine = await factory();
      await engine.init({ synonyms: CONTRACT_SYNONYMS });
      await engine.clear();
      await engine.upsert(CORPUS);
    });
    after(async () => {
      await engine?.close();
    });

    describe('matching and ranking', () => {
      it('counts every document', async () => {
        assert.equal(await engine.count(), 15);
        assert.equal((await engine.health()).ok, true);
      });
      it('ranks a title match over a subtitle match over body matches, body ties newest first', async () => {
        assert.deepEqual(await keysOf({ q: 'jordan' }), ['d01', 'd14', 'd09', 'd02']);
      });
      it('is case- and accent-insensitive', async () => {
        assert.deepEqual(await keysOf({ q: 'JORDAN' }), ['d01', 'd14', 'd09', 'd02']);
        assert.deepEqual(await keysOf({ q: 'CAFÉ' }), ['d10']);
        assert.deepEqual(await keysOf({ q: 'cafe' }), ['d10']);
      });
      it('ranks documents with more query words first, dropping words from the end only', async () => {
        // d13 has "power" but not "solar": a document must match the first word
        const res = await search({ q: 'solar power' });
        assert.deepEqual(
          res.hits.map((h) => KEY[h.id]),
          ['d01', 'd14', 'd02'],
        );
        assert.equal(res.total, 3);
      });
      it('ranks closer words first, then the better field', async () => {
        assert.deepEqual(await keysOf({ q: 'jordan solar' }), ['d01', 'd14', 'd02', 'd09']);
      });
      it('tolerates one typo in words of 5-8 letters, transpositions included', async () => {
        assert.deepEqual(await keysOf({ q: 'jodran' }), ['d01', 'd14', 'd09', 'd02']);
        assert.deepEqual(await keysOf({ q: 'gazaa' }), ['d13']);
        assert.deepEqual(await keysOf({ q: 'beirt' }), ['d10', 'd07']);
      });
      it('does not tolerate two typos in a word of 5-8 letters, nor one in a shorter word', async () => {
        assert.equal((await search({ q: 'bieurt' })).total, 0);
        assert.equal((await search({ q: 'gazq' })).total, 0);
      });
      it('tolerates two typos in words of 9 letters or more', async () => {
        assert.deepEqual(await keysOf({ q: 'inaugratse' }), ['d03']);
      });
      it('ranks exact matches above typo matches', async () => {
        assert.deepEqual(await keysOf({ q: 'capital' }), ['d03', 'd07']);
      });
      it('matches the last word as a prefix', async () => {
        assert.deepEqual(await keysOf({ q: 'renew' }), ['d14', 'd01']);
        assert.deepEqual(await keysOf({ q: 'tourism vis' }), ['d08']);
      });
      it('matches the last word as a prefix with typos, and only the last word', async () => {
        // "renwab" is one typo from "renewab", a prefix of "renewable" (d01 and d14 subtitles)
        assert.deepEqual(await keysOf({ q: 'renwab' }), ['d14', 'd01']);
        assert.deepEqual(await keysOf({ q: 'egypt goverm' }), ['d03', 'd02']);
        // d14 has both words closer together than d01 (title and subtitle)
        assert.deepEqual(await keysOf({ q: 'jordan renwab' }), ['d14', 'd01', 'd09', 'd02']);
        // not the last word: no prefix, and the first word must match
        assert.equal((await search({ q: 'renwab jordan' })).total, 0);
      });
      it('ranks a prefix without typo above a prefix with one', async () => {
        // "capita": a prefix of "capital" (d03), one typo from "capito" of "capitol" (d07)
        assert.deepEqual(await keysOf({ q: 'capita' }), ['d03', 'd07']);
      });
      it('counts a different first letter as two typos', async () => {
        assert.equal((await search({ q: 'bordan' })).total, 0); // 6 letters: one typo, not on the first letter
        assert.deepEqual(await keysOf({ q: 'fovernment' }), ['d03']); // 10 letters: the first letter is both typos
        assert.equal((await search({ q: 'fovernmnet' })).total, 0);
      });
      it('matches quoted phrases exactly', async () => {
        assert.deepEqual(await keysOf({ q: '"solar power"' }), ['d01']);
        assert.equal((await search({ q: '"power solar"' })).total, 0);
      });
      it('excludes -words', async () => {
        assert.deepEqual(await keysOf({ q: 'jordan -solar' }), ['d09']);
        assert.deepEqual(await keysOf({ q: 'jordan -"solar power"' }), ['d14', 'd09', 'd02']);
      });
      it('applies synonyms, multi-word ones included', async () => {
        assert.deepEqual(await keysOf({ q: 'daesh', sort: 'newest' }), ['d06', 'd05', 'd04']);
        assert.deepEqual(await keysOf({ q: 'isis', sort: 'newest' }), ['d06', 'd05', 'd04']);
        assert.deepEqual(await keysOf({ q: 'islamic state', sort: 'newest' }), ['d06', 'd05', 'd04']);
      });
      it('matches Arabic words whatever their hamza and shadda', async () => {
        assert.deepEqual(await keysOf({ q: 'الاردن' }), ['d11']);
        assert.deepEqual(await keysOf({ q: 'عمان' }), ['d11']);
        assert.deepEqual(await keysOf({ q: 'الأردن' }), ['d11']);
      });
    });

    describe('filters', () => {
      it('filters by one nation', async () => {
        const res = await search({ nations: ['Egypt'] });
        assert.deepEqual(
          res.hits.map((h) => KEY[h.id]),
          ['d15', 'd03', 'd02', 'd04'],
        );
        assert.equal(res.total, 4);
      });
      it('combines nations with match=all and match=any', async () => {
        assert.deepEqual(await keysOf({ nations: ['Egypt', 'Jordan'], match: 'all' }), ['d02']);
        assert.deepEqual(await keysOf({ nations: ['Egypt', 'Jordan'], match: 'any' }), [
          'd15',
          'd11',
          'd09',
          'd14',
          'd03',
          'd02',
          'd01',
          'd04',
        ]);
      });
      it('filters by persons with match=all and match=any', async () => {
        assert.deepEqual(await keysOf({ persons: ['Abdel Fattah el-Sisi'] }), ['d15', 'd03']);
        assert.deepEqual(await keysOf({ persons: ['Abdel Fattah el-Sisi', 'Mohammed bin Salman'] }), ['d15']);
        assert.deepEqual(await keysOf({ persons: ['Abdel Fattah el-Sisi', 'Mohammed bin Salman'], match: 'any' }), ['d15', 'd08', 'd03']);
      });
      it('filters by an inclusive date range', async () => {
        assert.deepEqual(await keysOf({ from: '2016-03-01T09:00:00Z', to: '2016-09-09T17:30:00Z' }), ['d13', 'd05', 'd01']);
        assert.deepEqual(await keysOf({ from: '2022-01-01T00:00:00Z' }), ['d15', 'd11']);
        assert.deepEqual(await keysOf({ to: '2013-12-31T23:59:59Z' }), ['d10', 'd12']);
      });
      it('filters by any of the sections', async () => {
        assert.deepEqual(await keysOf({ sections: ['Lifestyle'] }), ['d07', 'd10']);
        assert.deepEqual(await keysOf({ sections: ['Lifestyle', 'Business'] }), ['d08', 'd14', 'd01', 'd07', 'd10', 'd12']);
      });
      it('combines text and filters', async () => {
        const res = await search({ q: 'jordan', nations: ['Syria'] });
        assert.deepEqual(
          res.hits.map((h) => KEY[h.id]),
          ['d09'],
        );
        assert.deepEqual(res.facets.persons, [{ value: 'Queen Rania', count: 1 }]);
      });
      it('returns nothing for an unknown filter value', async () => {
        const res = await search({ nations: ['Atlantis'] });
        assert.equal(res.total, 0);
        assert.deepEqual(res.hits, []);
        assert.deepEqual(res.facets.nations, []);
      });
    });

    describe('facets', () => {
      it('counts every facet over the whole archive, count desc then value asc', async () => {
        const { facets } = await search({});
        assert.deepEqual(facets.nations, [
          { value: 'Jordan', count: 5 },
          { value: 'Egypt', count: 4 },
          { value: 'Lebanon', count: 3 },
          { value: 'Saudi Arabia', count: 2 },
          { value: 'Syria', count: 2 },
          { value: 'Iraq', count: 1 },
          { value: 'Palestine', count: 1 },
          { value: 'Russia', count: 1 },
          { value: 'United Arab Emirates', count: 1 },
        ]);
        assert.deepEqual(facets.persons, [
          { value: 'Abdel Fattah el-Sisi', count: 2 },
          { value: 'Mohammed bin Salman', count: 2 },
          { value: 'Queen Rania', count: 1 },
        ]);
        assert.deepEqual(facets.sections, [
          { value: 'News', count: 8 },
          { value: 'Business', count: 4 },
          { value: 'Lifestyle', count: 2 },
        ]);
        assert.deepEqual(facets.years, [
          { value: '2016', count: 3 },
          { value: '2019', count: 2 },
          { value: '2012', count: 1 },
          { value: '2013', count: 1 },
          { value: '2014', count: 1 },
          { value: '2015', count: 1 },
          { value: '2017', count: 1 },
          { value: '2018', count: 1 },
          { value: '2020', count: 1 },
          { value: '2021', count: 1 },
          { value: '2022', count: 1 },
          { value: '2023', count: 1 },
        ]);
        assert.equal(facets.months.length, 15);
        assert.deepEqual(facets.months.slice(0, 3), [
          { value: '2012-01', count: 1 },
          { value: '2013-08', count: 1 },
          { value: '2014-09', count: 1 },
        ]);
      });
      it('counts facets over the filtered result set', async () => {
        const res = await search({ q: 'jordan' });
        assert.equal(res.total, 4);
        assert.deepEqual(res.facets, {
          nations: [
            { value: 'Jordan', count: 4 },
            { value: 'Egypt', count: 1 },
            { value: 'Lebanon', count: 1 },
            { value: 'Syria', count: 1 },
          ],
          persons: [{ value: 'Queen Rania', count: 1 }],
          sections: [
            { value: 'Business', count: 2 },
            { value: 'News', count: 2 },
          ],
          years: [
            { value: '2016', count: 1 },
            { value: '2017', count: 1 },
            { value: '2019', count: 1 },
            { value: '2021', count: 1 },
          ],
          months: [
            { value: '2016-03', count: 1 },
            { value: '2017-05', count: 1 },
            { value: '2019-12', count: 1 },
            { value: '2021-04', count: 1 },
          ],
          languages: [{ value: 'en', count: 4 }],
          sources: [{ value: 'contract.example.org', count: 4 }],
          authors: [
            { value: 'Omar Saleh', count: 2 },
            { value: 'Rana Ahmad', count: 2 },
            { value: 'Desk', count: 1 },
          ],
        });
      });
      it('counts facets with a filter applied', async () => {
        const { facets } = await search({ nations: ['Lebanon'] });
        assert.deepEqual(facets.nations, [
          { value: 'Lebanon', count: 3 },
          { value: 'Egypt', count: 1 },
          { value: 'Jordan', count: 1 },
        ]);
        assert.deepEqual(facets.sections, [
          { value: 'Lifestyle', count: 2 },
          { value: 'News', count: 1 },
        ]);
        assert.deepEqual(facets.years, [
          { value: '2013', count: 1 },
          { value: '2014', count: 1 },
          { value: '2017', count: 1 },
        ]);
      });
      it('returns at most facetLimit values per facet', async () => {
        const { facets } = await search({ facetLimit: 3 });
        assert.deepEqual(facets.nations, [
          { value: 'Jordan', count: 5 },
          { value: 'Egypt', count: 4 },
          { value: 'Lebanon', count: 3 },
        ]);
        assert.equal(facets.years.length, 3);
      });
      it('finds facet values by a case-insensitive prefix of one of their words', async () => {
        assert.deepEqual(await engine.facetValues('nations', 'LEB', 10), [{ value: 'Lebanon', count: 3 }]);
        assert.deepEqual(await engine.facetValues('persons', 'salm', 10), [{ value: 'Mohammed bin Salman', count: 2 }]);
        assert.deepEqual(await engine.facetValues('nations', 'zzz', 10), []);
      });
    });

    describe('sort and pagination', () => {
      it('sorts newest and oldest by date only, even with a query', async () => {
        assert.deepEqual(await keysOf({ q: 'jordan', sort: 'newest' }), ['d09', 'd14', 'd02', 'd01']);
        assert.deepEqual(await keysOf({ q: 'jordan', sort: 'oldest' }), ['d01', 'd02', 'd14', 'd09']);
      });
      it('sorts by date without a query', async () => {
        assert.deepEqual(await keysOf({ sort: 'newest', perPage: 5 }), ['d15', 'd11', 'd09', 'd08', 'd14']);
        assert.deepEqual(await keysOf({ sort: 'oldest', perPage: 3 }), ['d12', 'd10', 'd07']);
      });
      it('pages through results with an exact total', async () => {
        const page2 = await search({ sort: 'newest', perPage: 4, page: 2 });
        assert.deepEqual(
          page2.hits.map((h) => KEY[h.id]),
          ['d14', 'd06', 'd03', 'd02'],
        );
        assert.equal(page2.total, 15);
        assert.deepEqual(await keysOf({ sort: 'newest', perPage: 4, page: 4 }), ['d07', 'd10', 'd12']);
        const past = await search({ sort: 'newest', perPage: 4, page: 5 });
        assert.deepEqual(past.hits, []);
        assert.equal(past.total, 15);
      });
      it('pages through relevance-ranked results', async () => {
        assert.deepEqual(await keysOf({ q: 'jordan', perPage: 2, page: 2 }), ['d09', 'd02']);
      });
    });

    describe('hits and snippets', () => {
      it('returns the hit fields of the document', async () => {
        const [hit] = (await search({ q: 'tourism' })).hits;
        const d = byKey('d08');
        assert.deepEqual(
          { ...hit, snippet: undefined, titleHighlighted: undefined },
          {
            id: d.id,
            url: d.url,
            title: d.title,
            subtitle: null,
            publishedAt: d.publishedAt,
            section: 'Business',
            authors: ['Desk'],
            nations: ['Saudi Arabia'],
            persons: ['Mohammed bin Salman'],
            snippet: undefined,
            titleHighlighted: undefined,
          },
        );
      });
      it('escapes the article text and marks matched words', async () => {
        const [hit] = (await search({ q: 'oil' })).hits;
        assert.equal(
          hit?.snippet,
          'Brokers in Dubai said &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>oil</mark> prices &amp; shares fell sharply.',
        );
      });
      it('marks words matched with a typo', async () => {
        const res = await search({ q: 'beirt' });
        assert.equal(res.hits[0]?.snippet, 'Despite the crisis, cafés in <mark>Beirut</mark> are full every evening.');
      });
      it('marks every matched query word', async () => {
        const res = await search({ q: 'water scarcity' });
        assert.equal(
          res.hits[0]?.snippet,
          'Across Jordan, Egypt and Lebanon ministers discussed <mark>water</mark> <mark>scarcity</mark> and solar desalination.',
        );
      });
    });

    describe('phrases with other words', () => {
      // Both engines require a quoted phrase; Meilisearch makes the other words optional, the
      // embedded engine requires the first word (docs/interfaces.md, "Where Meilisearch differs").
      // Where every article with the phrase has that word too, the two agree (issue 20.4).
      it('a phrase is required; with a word every phrase match has, both engines give the same hits', async () => {
        assert.deepEqual(await keysOf({ q: '"solar power"' }), ['d01']);
        assert.deepEqual(await keysOf({ q: 'jordan "solar power"' }), ['d01']);
        assert.deepEqual(await keysOf({ q: '"solar farms"' }), ['d14']);
      });
    });

    describe('a search that needs no facets', () => {
      it('facetLimit 0 gives the total and the hits with every facet list empty', async () => {
        const res = await search({ q: 'jordan', facetLimit: 0 });
        assert.deepEqual(
          [res.total, res.hits.map((h) => KEY[h.id]), res.facets],
          [
            4,
            ['d01', 'd14', 'd09', 'd02'],
            { nations: [], persons: [], sections: [], years: [], months: [], languages: [], sources: [], authors: [] },
          ],
        );
      });
    });

    describe('dotted abbreviations', () => {
      it('finds U.S. by US and US by U.S. (also U.N. and UN), newest first', async () => {
        await engine.upsert(DOTTED);
        const ids = async (q: string) => (await search({ q, sort: 'newest' })).hits.map((h) => h.id);
        const both = [DOTTED[1]!.id, DOTTED[0]!.id];
        assert.deepEqual(
          [await ids('U.S.'), await ids('US'), await ids('u.s.'), await ids('UN'), await ids('U.N.')],
          [both, both, both, both, both],
        );
        await engine.remove(DOTTED.map((d) => d.id));
        assert.equal(await engine.count(), 15);
      });
    });

    researchCases(() => engine, it);

    describe('writes', () => {
      it('upserts idempotently by id', async () => {
        await engine.upsert([byKey('d01'), byKey('d01')]);
        assert.equal(await engine.count(), 15);
        assert.deepEqual(await keysOf({ q: 'jordan' }), ['d01', 'd14', 'd09', 'd02']);
      });
      it('replaces a changed document', async () => {
        const changed = { ...byKey('d01'), title: 'Jordan opens new wind farm', subtitle: null };
        await engine.upsert([changed]);
        assert.equal(await engine.count(), 15);
        assert.deepEqual(await keysOf({ q: 'renewable' }), ['d14']);
        assert.deepEqual(await keysOf({ q: 'wind' }), ['d01']);
        await engine.upsert([byKey('d01')]);
        assert.deepEqual(await keysOf({ q: 'renewable' }), ['d14', 'd01']);
      });
      it('removes documents; unknown ids are not an error', async () => {
        await engine.remove([ID.d05!, 'ffffffffffffffff']);
        assert.equal(await engine.count(), 14);
        assert.deepEqual(await keysOf({ q: 'daesh', sort: 'newest' }), ['d06', 'd04']);
        const { facets } = await search({});
        assert.equal(
          facets.nations.find((f) => f.value === 'Iraq'),
          undefined,
        );
      });
      it('clears every document', async () => {
        await engine.clear();
        assert.equal(await engine.count(), 0);
        assert.equal((await search({ q: 'jordan' })).total, 0);
      });
    });
  });
}
