/**
 * @module The contract on what Meilisearch's tokenizer and query parser make easy to get wrong
 * (issue 20): words split at ' and - and the Arabic article, a negation of such a word, a
 * negation past the tenth word, an Arabic query, the length of a highlight on a prefix or typo
 * match, a phrase beside other words, and facet values differing only in case and spaces.
 * Every engine runs it on its own index (embedded, Meilisearch when MEILI_HOST is set, and the
 * Meilisearch adapter on the fake server, test/helpers/fake-meili.ts, which reads queries and
 * tokenises text as Meilisearch does). Queries sort by date where relevance is not the point.
 */
import { describe, it as nodeIt, before as nodeBefore, after as nodeAfter } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchEngine, SearchQuery, SearchResult } from '../../src/search/engine.js';
import { searchQuery } from '../../src/search/engine.js';
import { article, type Spec } from './corpus.js';

export interface WordsContractOptions {
  skip?: string | false;
  /**
   * Meilisearch makes every word beside a quoted phrase optional (milli query_graph.rs: with a
   * phrase, no word is kept by matchingStrategy "last"); the embedded engine requires the first
   * word (docs/interfaces.md, "Where Meilisearch differs").
   */
  phraseMakesWordsOptional: boolean;
}

const SPECS: Spec[] = [
  {
    key: 't1',
    title: 'Syria talks resume in Geneva',
    body: 'President Bashar al-Assad sent envoys from Damascus.',
    publishedAt: '2020-01-10T08:00:00Z',
    section: 'News',
    nations: ['Syria'],
  },
  {
    key: 't2',
    title: 'Syria ceasefire holds',
    body: 'Fighters left al-Bab as the ceasefire held.',
    publishedAt: '2020-02-10T08:00:00Z',
    section: ' NEWS',
    nations: ['Syria'],
  },
  {
    key: 't3',
    title: "Georgia O'Keeffe art shown in Amman",
    body: "The art of O'Keeffe fills a renewable gallery space.",
    publishedAt: '2020-03-10T08:00:00Z',
    section: 'Culture',
    nations: ['Jordan'],
  },
  {
    key: 't4',
    title: 'Irish art fair opens',
    body: "Paintings by O'Neill are shown in Beirut galleries.",
    publishedAt: '2020-04-10T08:00:00Z',
    section: 'culture',
    nations: ['Lebanon'],
  },
  {
    key: 'a1',
    title: 'نقص مياه في الاردن',
    body: 'نقص مياه في الاردن هذا الصيف',
    publishedAt: '2020-05-10T08:00:00Z',
    section: null,
    nations: ['Jordan'],
    lang: 'ar',
  },
  {
    key: 'a2',
    title: 'نقص مياه في القاهرة',
    body: 'نقص مياه في القاهرة هذا الصيف',
    publishedAt: '2020-06-10T08:00:00Z',
    section: null,
    nations: ['Egypt'],
    lang: 'ar',
  },
  {
    key: 'a3',
    title: 'انقطاع الكهرباء ساعات',
    body: 'انقطعت الكهرباء عن أحياء بيروت ليلة أمس',
    publishedAt: '2020-07-10T08:00:00Z',
    section: null,
    nations: ['Lebanon'],
    lang: 'ar',
  },
  {
    key: 'a4',
    title: 'أسعار كهرباء جديدة',
    body: 'رفعت الحكومة أسعار كهرباء المنازل',
    publishedAt: '2020-08-10T08:00:00Z',
    section: null,
    nations: [],
    lang: 'ar',
  },
];
const DOCS = SPECS.map(article);
const KEY = Object.fromEntries(SPECS.map((s, i) => [DOCS[i]!.id, s.key]));

export function wordsAndValuesContract(name: string, factory: () => Promise<SearchEngine>, opts: WordsContractOptions): void {
  const skip = opts.skip || false;
  const it = (title: string, fn: () => Promise<void>): void => {
    if (skip) nodeIt(title, { skip });
    else nodeIt(title, fn);
  };
  describe(`words and values contract: ${name}`, () => {
    let engine: SearchEngine;
    const search = (partial: Partial<SearchQuery>): Promise<SearchResult> => engine.search(searchQuery(partial));
    const newest = async (q: string, more: Partial<SearchQuery> = {}) =>
      (await search({ q, sort: 'newest', ...more })).hits.map((h) => KEY[h.id] ?? h.id);

    if (!skip) {
      nodeBefore(async () => {
        engine = await factory();
        await engine.init({ synonyms: [] });
        await engine.clear();
        await engine.upsert(DOCS);
      });
      nodeAfter(async () => engine?.close());
    }

    it("excludes a negated word that ' or - splits, as a whole (issue 20.2)", async () => {
      // al-Bab and O'Neill share a part with the excluded word, and stay
      assert.deepEqual([await newest('syria -al-Assad'), await newest("art -O'Keeffe")], [['t2'], ['t4']]);
    });
    it('excludes a negated Arabic word with its article, as a whole (issue 20.2)', async () => {
      assert.deepEqual(await newest('نقص -الاردن'), ['a2']);
    });
    it('requires the word of an Arabic query, not just any word with the article (issue 20.3)', async () => {
      const res = await search({ q: 'الاردن', sort: 'newest' });
      assert.deepEqual([res.total, res.hits.map((h) => KEY[h.id])], [1, ['a1']]);
    });
    it('finds an Arabic word with and without its article, either way round', async () => {
      // Meilisearch splits ال off every Arabic word; the embedded engine reads a query word both ways
      assert.deepEqual(
        [await newest('كهرباء'), await newest('الكهرباء'), await newest('كهربا'), await newest('الكهربا')],
        [
          ['a4', 'a3'],
          ['a4', 'a3'],
          ['a4', 'a3'],
          ['a4', 'a3'],
        ],
      );
    });
    it('applies a negation written after the tenth word (issue 20.5)', async () => {
      const q = 'syria talks resume ceasefire holds fighters left envoys sent president -damascus';
      assert.deepEqual(await newest(q), ['t2']);
    });
    it('marks the whole word of a typo or prefix match (issue 20.1)', async () => {
      const [beirut] = (await search({ q: 'beirt' })).hits;
      const [renewable] = (await search({ q: 'renew' })).hits;
      assert.deepEqual(
        [beirut?.snippet, renewable?.snippet],
        [
          'Paintings by O&#39;Neill are shown in <mark>Beirut</mark> galleries.',
          'The art of O&#39;Keeffe fills a <mark>renewable</mark> gallery space.',
        ],
      );
    });
    it('a phrase is required; a word beside it is optional on Meilisearch only (issue 20.4)', async () => {
      assert.deepEqual(await newest('"al-Bab"'), ['t2']);
      assert.deepEqual(await newest('damascus "al-Bab"'), opts.phraseMakesWordsOptional ? ['t2'] : []);
    });
    it('filters and counts facet values whatever their case and surrounding spaces (issue 20.7)', async () => {
      const all = await search({});
      assert.deepEqual(all.facets.sections, [
        { value: 'Culture', count: 2 },
        { value: 'News', count: 2 },
      ]);
      assert.deepEqual(
        [await newest('', { sections: ['news'] }), await newest('', { sections: ['  CULTURE '] })],
        [
          ['t2', 't1'],
          ['t4', 't3'],
        ],
      );
      assert.deepEqual(await engine.facetValues('sections', 'NEW', 10), [{ value: 'News', count: 2 }]);
    });
  });
}
