/**
 * The Meilisearch timeline and scan as the requests they send and the answers they make of the
 * responses (a stub stands in for the index: the contract suite checks them on a live server).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchParams } from 'meilisearch';
import { searchQuery } from '../../src/search/engine.js';
import { meiliScan, meiliTimeline, type RunSearch } from '../../src/search/meilisearch/research.js';

/** A RunSearch that records each request and answers from `respond`. */
function stub(respond: (params: SearchParams) => { hits?: { id: string; timestamp: number }[]; facetDistribution?: object }) {
  const sent: SearchParams[] = [];
  const run = (async (params: SearchParams) => {
    sent.push(params);
    return { hits: [], ...respond(params) };
  }) as unknown as RunSearch;
  return { run, sent };
}

test('timeline per month: one request for the month facet of the filtered search, ascending', async () => {
  const { run, sent } = stub(() => ({ facetDistribution: { month: { '2017-02': 4, '2016-11': 1 } } }));
  const series = await meiliTimeline(run, searchQuery({ q: 'mosul', nations: ['Iraq'] }), 'month');
  assert.deepEqual(series, [
    { value: '2016-11', count: 1 },
    { value: '2017-02', count: 4 },
  ]);
  assert.deepEqual(sent, [{ q: 'mosul', matchingStrategy: 'last', offset: 0, limit: 0, filter: 'nations = "Iraq"', facets: ['month'] }]);
});

test('timeline per week: counted one year at a time (values per facet are capped) and summed across New Year', async () => {
  const { run, sent } = stub((p) => {
    if (p.facets?.[0] === 'year') return { facetDistribution: { year: { '2015': 2, '2016': 1 } } };
    return String(p.filter).endsWith('"2015"')
      ? { facetDistribution: { week: { '2015-12-28': 1, '2015-06-01': 1 } } }
      : { facetDistribution: { week: { '2015-12-28': 1 } } };
  });
  assert.deepEqual(await meiliTimeline(run, searchQuery({}), 'week'), [
    { value: '2015-06-01', count: 1 },
    { value: '2015-12-28', count: 2 },
  ]);
  assert.deepEqual(
    sent.map((p) => [p.facets, p.filter]),
    [
      [['year'], undefined],
      [['week'], 'year = "2015"'],
      [['week'], 'year = "2016"'],
    ],
  );
});

test('scan: sorted by date then id, one more hit asked than given, cursor from the last date', async () => {
  const { run, sent } = stub(() => ({
    hits: [
      { id: 'a', timestamp: 300 },
      { id: 'b', timestamp: 200 },
      { id: 'c', timestamp: 200 },
    ],
  }));
  assert.deepEqual(await meiliScan(run, searchQuery({ sections: ['News'] }), null, 2), { ids: ['a', 'b'], next: { ts: 200, seen: ['b'] } });
  assert.deepEqual(sent[0], {
    q: '',
    matchingStrategy: 'last',
    offset: 0,
    limit: 3,
    filter: 'section = "News"',
    sort: ['timestamp:desc', 'id:asc'],
    attributesToRetrieve: ['id', 'timestamp'],
  });
});

test('scan: after a cursor, older dates or the same date minus the ids given; the last batch has no cursor', async () => {
  const { run, sent } = stub(() => ({ hits: [{ id: 'c', timestamp: 200 }] }));
  const page = await meiliScan(run, searchQuery({ sort: 'oldest' }), { ts: 200, seen: ['b', 'x"y'] }, 2);
  assert.deepEqual(page, { ids: ['c'], next: null });
  assert.equal(sent[0]!.filter, '(timestamp > 200 OR (timestamp = 200 AND id NOT IN ["b", "x\\"y"]))');
  assert.deepEqual(sent[0]!.sort, ['timestamp:asc', 'id:desc']);
});

test('scan: a full batch whose dates all equal the cursor date carries the seen ids forward', async () => {
  const { run } = stub(() => ({
    hits: [
      { id: 'c', timestamp: 200 },
      { id: 'd', timestamp: 200 },
    ],
  }));
  assert.deepEqual(await meiliScan(run, searchQuery({}), { ts: 200, seen: ['b'] }, 1), { ids: ['c'], next: { ts: 200, seen: ['b', 'c'] } });
});
