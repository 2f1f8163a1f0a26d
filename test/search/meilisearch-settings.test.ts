import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSettings, settingsMatch, synonymsMap } from '../../src/search/meilisearch/settings.js';

const SHIPPED_GROUPS = [
  ['daesh', 'isis', 'isil', 'islamic state'],
  ['usa', 'united states'],
];

test('synonym groups expand to a mutual map (each term -> every other term), sorted', () => {
  assert.deepEqual(synonymsMap(SHIPPED_GROUPS), {
    daesh: ['isil', 'isis', 'islamic state'],
    isil: ['daesh', 'isis', 'islamic state'],
    isis: ['daesh', 'isil', 'islamic state'],
    'islamic state': ['daesh', 'isil', 'isis'],
    'united states': ['usa'],
    usa: ['united states'],
  });
});

test('synonyms: case and spacing normalised, duplicates merged, a term in two groups maps to the union', () => {
  assert.deepEqual(synonymsMap([['ISIS', ' Islamic   State '], ['isis', 'IS'], ['alone'], []]), {
    is: ['isis'],
    isis: ['is', 'islamic state'],
    'islamic state': ['isis'],
  });
});

test('the settings object applied to the index', () => {
  assert.deepEqual(buildSettings([['uk', 'United Kingdom']]), {
    searchableAttributes: ['title', 'subtitle', 'body'],
    filterableAttributes: ['nations', 'persons', 'section', 'lang', 'source', 'authors', 'timestamp', 'year', 'month', 'week', 'day', 'id'],
    sortableAttributes: ['timestamp', 'id'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'timestamp:desc'],
    synonyms: { uk: ['united kingdom'], 'united kingdom': ['uk'] },
    // the Arabic article charabia splits off is ignored, so an Arabic query requires its word (issue 20.3)
    stopWords: ['ال'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
    pagination: { maxTotalHits: 1_000_000 },
    // not Meilisearch's silent 1,500 ms: slow queries are ranked in full or fail (issue 20.8)
    searchCutoffMs: 9_000,
  });
});

/** What GET /settings returns once our settings are applied: its own order, extra defaults. */
function serverView(wanted: ReturnType<typeof buildSettings>) {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['title', 'subtitle', 'body'],
    filterableAttributes: ['authors', 'day', 'id', 'lang', 'month', 'nations', 'persons', 'section', 'source', 'timestamp', 'week', 'year'],
    sortableAttributes: ['id', 'timestamp'],
    rankingRules: wanted.rankingRules,
    stopWords: ['ال'],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: { ...wanted.synonyms },
    distinctAttribute: null,
    proximityPrecision: 'byWord' as const,
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 }, disableOnWords: [], disableOnAttributes: [] },
    faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' as const } },
    pagination: { maxTotalHits: 1_000_000 },
    searchCutoffMs: 9_000,
  };
}

test('settingsMatch: the server view of applied settings matches (sets in any order, extra defaults ignored)', () => {
  const wanted = buildSettings(SHIPPED_GROUPS);
  assert.equal(settingsMatch(serverView(wanted), wanted), true);
});

test('settingsMatch: any wanted difference is detected', () => {
  const wanted = buildSettings(SHIPPED_GROUPS);
  const changes: [string, Record<string, unknown>][] = [
    ['fresh index defaults', { rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'] }],
    ['searchable order', { searchableAttributes: ['body', 'title', 'subtitle'] }],
    ['missing filterable', { filterableAttributes: ['nations', 'persons'] }],
    ['synonyms differ', { synonyms: { daesh: ['isis'] } }],
    ['typo threshold', { typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 4, twoTypos: 9 } } }],
    ['facet order', { faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'alpha' } } }],
    ['max total hits', { pagination: { maxTotalHits: 1000 } }],
  ];
  for (const [name, change] of changes) {
    assert.equal(settingsMatch({ ...serverView(wanted), ...change }, wanted), false, name);
  }
});
