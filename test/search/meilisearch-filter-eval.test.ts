/**
 * The filters and facets the adapter asks Meilisearch for, evaluated the way Meilisearch reads
 * them (the fake server's interpreter of its filter grammar, test/helpers/fake-meili/filter.ts)
 * over the contract corpus. The expected orders and counts are the contract's
 * (test/contract/search-engine.ts), so the filter semantics are checked without a server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchQuery, type SearchQuery } from '../../src/search/engine.js';
import { toMeiliDocument, type MeiliDocument } from '../../src/search/meilisearch/documents.js';
import { buildFilter } from '../../src/search/meilisearch/filter.js';
import { FACET_FIELD, mapFacets } from '../../src/search/meilisearch/search-request.js';
import { CORPUS, KEY } from '../contract/corpus.js';
import { matchesFilter, parseFilter, type FilterNode } from '../helpers/fake-meili/filter.js';

const parse = parseFilter;
const matches = (node: FilterNode, doc: MeiliDocument) => matchesFilter(node, doc as unknown as Record<string, unknown>);

const DOCS = CORPUS.map(toMeiliDocument);

/** What a wordless search with this query's filter returns: matches newest first, and facets. */
function simulate(partial: Partial<SearchQuery>) {
  const query = searchQuery(partial);
  const filter = buildFilter(query);
  const hits = DOCS.filter((d) => filter === undefined || matches(parse(filter), d)).sort((a, b) => b.timestamp - a.timestamp);
  const distribution: Record<string, Record<string, number>> = {};
  for (const field of Object.values(FACET_FIELD)) {
    distribution[field] = {};
    for (const d of hits) {
      const raw = (d as unknown as Record<string, unknown>)[field];
      for (const v of (Array.isArray(raw) ? raw : raw === null ? [] : [raw]) as string[])
        distribution[field][v] = (distribution[field][v] ?? 0) + 1;
    }
  }
  return { keys: hits.map((d) => KEY[d.id]), facets: mapFacets(distribution, query.facetLimit ?? 100) };
}

test('the interpreter reads escapes and precedence as Meilisearch does', () => {
  const doc = { ...DOCS[0]!, nations: ['A" OR nations = "B'], section: 'x\\' } as MeiliDocument;
  assert.equal(matches(parse(buildFilter(searchQuery({ nations: ['A" OR nations = "B'] }))!), doc), true);
  assert.equal(matches(parse(buildFilter(searchQuery({ nations: ['A'] }))!), doc), false);
  assert.equal(matches(parse(buildFilter(searchQuery({ sections: ['x\\'] }))!), doc), true);
  assert.equal(matches(parse('section = "y" OR section = "x\\\\" AND nations = "none"'), doc), false);
  assert.equal(matches(parse('(section = "y" OR section = "x\\\\") AND NOT nations = "none"'), doc), true);
});

test('contract filters: nations, match all/any, persons', () => {
  assert.deepEqual(simulate({ nations: ['Egypt'] }).keys, ['d15', 'd03', 'd02', 'd04']);
  assert.deepEqual(simulate({ nations: ['Egypt', 'Jordan'], match: 'all' }).keys, ['d02']);
  assert.deepEqual(simulate({ nations: ['Egypt', 'Jordan'], match: 'any' }).keys, ['d15', 'd11', 'd09', 'd14', 'd03', 'd02', 'd01', 'd04']);
  assert.deepEqual(simulate({ persons: ['Abdel Fattah el-Sisi'] }).keys, ['d15', 'd03']);
  assert.deepEqual(simulate({ persons: ['Abdel Fattah el-Sisi', 'Mohammed bin Salman'] }).keys, ['d15']);
  assert.deepEqual(simulate({ persons: ['Abdel Fattah el-Sisi', 'Mohammed bin Salman'], match: 'any' }).keys, ['d15', 'd08', 'd03']);
  assert.deepEqual(simulate({ nations: ['Atlantis'] }).keys, []);
});

test('contract filters: inclusive date range and sections', () => {
  assert.deepEqual(simulate({ from: '2016-03-01T09:00:00Z', to: '2016-09-09T17:30:00Z' }).keys, ['d13', 'd05', 'd01']);
  assert.deepEqual(simulate({ from: '2022-01-01T00:00:00Z' }).keys, ['d15', 'd11']);
  assert.deepEqual(simulate({ to: '2013-12-31T23:59:59Z' }).keys, ['d10', 'd12']);
  assert.deepEqual(simulate({ sections: ['Lifestyle'] }).keys, ['d07', 'd10']);
  assert.deepEqual(simulate({ sections: ['Lifestyle', 'Business'] }).keys, ['d08', 'd14', 'd01', 'd07', 'd10', 'd12']);
});

test('contract facets: whole archive and filtered, count desc then value asc, facetLimit', () => {
  const all = simulate({}).facets;
  assert.deepEqual(all.sections, [
    { value: 'News', count: 8 },
    { value: 'Business', count: 4 },
    { value: 'Lifestyle', count: 2 },
  ]);
  assert.deepEqual(all.persons, [
    { value: 'Abdel Fattah el-Sisi', count: 2 },
    { value: 'Mohammed bin Salman', count: 2 },
    { value: 'Queen Rania', count: 1 },
  ]);
  assert.equal(all.months.length, 15);
  assert.deepEqual(all.months.slice(0, 3), [
    { value: '2012-01', count: 1 },
    { value: '2013-08', count: 1 },
    { value: '2014-09', count: 1 },
  ]);
  assert.deepEqual(all.years.slice(0, 3), [
    { value: '2016', count: 3 },
    { value: '2019', count: 2 },
    { value: '2012', count: 1 },
  ]);
  const lebanon = simulate({ nations: ['Lebanon'] }).facets;
  assert.deepEqual(lebanon.nations, [
    { value: 'Lebanon', count: 3 },
    { value: 'Egypt', count: 1 },
    { value: 'Jordan', count: 1 },
  ]);
  assert.deepEqual(lebanon.sections, [
    { value: 'Lifestyle', count: 2 },
    { value: 'News', count: 1 },
  ]);
  assert.deepEqual(lebanon.years, [
    { value: '2013', count: 1 },
    { value: '2014', count: 1 },
    { value: '2017', count: 1 },
  ]);
  assert.deepEqual(simulate({ facetLimit: 3 }).facets.nations, [
    { value: 'Jordan', count: 5 },
    { value: 'Egypt', count: 4 },
    { value: 'Lebanon', count: 3 },
  ]);
});
