import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../src/document.js';
import { searchQuery } from '../../src/search/engine.js';
import { toMeiliDocument } from '../../src/search/meilisearch/documents.js';
import { toMeiliQuery } from '../../src/search/meilisearch/query-text.js';
import { buildSearchParams, mapFacets, mapSearchResponse } from '../../src/search/meilisearch/search-request.js';
import { renderHighlight } from '../../src/search/meilisearch/snippet.js';

const SAMPLE_DOC: Document = {
  id: '0123456789abcdef',
  url: 'https://example.org/news/jordan-water',
  source: 'example.org',
  lang: 'en',
  title: 'Jordan \uE000signs\uE001 water deal',
  subtitle: 'Amman and Cairo agree',
  authors: ['Staff Writer'],
  publishedAt: '2016-03-05T10:20:30Z',
  dateSource: 'markup',
  updatedAt: null,
  section: 'World',
  tags: ['water'],
  paragraphs: ['Jordan and Egypt signed <b>a</b> deal.'],
  body: 'Jordan and Egypt signed <b>a</b> deal.',
  entities: { nations: ['Jordan', 'Egypt'], persons: ['Abdullah II'] },
  wordCount: 7,
  contentHash: 'a'.repeat(64),
  extractor: 'generic',
};

test('a Document becomes the index document with derived date fields; sentinels stripped', () => {
  assert.deepEqual(toMeiliDocument(SAMPLE_DOC), {
    id: '0123456789abcdef',
    url: 'https://example.org/news/jordan-water',
    title: 'Jordan signs water deal',
    subtitle: 'Amman and Cairo agree',
    body: 'Jordan and Egypt signed <b>a</b> deal.',
    authors: ['Staff Writer'],
    nations: ['Jordan', 'Egypt'],
    persons: ['Abdullah II'],
    section: 'World',
    publishedAt: '2016-03-05T10:20:30Z',
    timestamp: 1457173230,
    year: '2016',
    month: '2016-03',
    day: '2016-03-05',
    week: '2016-02-29',
    lang: 'en',
    source: 'example.org',
  });
});

test('query text: words, phrases and exclusions pass through; malformed pieces repaired', () => {
  assert.equal(toMeiliQuery('water  deal'), 'water deal');
  assert.equal(toMeiliQuery('"islamic state" -syria'), '-"syria" "islamic state"');
  assert.equal(toMeiliQuery('jordan -"water deal"'), '-"water deal" jordan');
  assert.equal(toMeiliQuery('a "unclosed phrase'), 'a "unclosed phrase"');
  assert.equal(toMeiliQuery('- lone "" dash'), 'lone dash');
  assert.equal(toMeiliQuery('al-Assad'), 'al-Assad');
  assert.equal(toMeiliQuery('   '), '');
  assert.equal(toMeiliQuery('foo"bar"baz'), 'foo bar baz'); // a quote inside a word starts no phrase
  assert.equal(toMeiliQuery('x -foo"bar'), '-"foo bar" x');
  assert.equal(toMeiliQuery('--double -" -'), '-"double"');
  assert.equal(toMeiliQuery('x -"a b'), '-"a b" x');
});

test('highlights: text escaped, only our sentinels become <mark>', () => {
  assert.equal(
    renderHighlight('a <script>\uE000x\uE001</script> & "q"'),
    'a &lt;script&gt;<mark>x</mark>&lt;/script&gt; &amp; &quot;q&quot;',
  );
  assert.equal(renderHighlight('<mark>fake</mark> \uE000real\uE001'), '&lt;mark&gt;fake&lt;/mark&gt; <mark>real</mark>');
  assert.equal(renderHighlight('stray\uE001 open \uE000end'), 'stray open <mark>end</mark>');
});

test('search params: relevance query with filters', () => {
  const params = buildSearchParams(searchQuery({ q: 'water -deal', nations: ['Jordan', 'Egypt'], match: 'any', page: 3, perPage: 10 }));
  assert.deepEqual(params, {
    q: '-"deal" water',
    page: 3,
    hitsPerPage: 10,
    facets: ['nations', 'persons', 'section', 'year', 'month', 'lang', 'source', 'authors'],
    attributesToRetrieve: ['id', 'url', 'title', 'subtitle', 'publishedAt', 'section', 'authors', 'nations', 'persons'],
    attributesToHighlight: ['title', 'body'],
    attributesToCrop: ['body'],
    cropLength: 30,
    highlightPreTag: '\uE000',
    highlightPostTag: '\uE001',
    matchingStrategy: 'last',
    filter: '(nations = "Jordan" OR nations = "Egypt")',
  });
});

test('search params: sort newest/oldest map to timestamp; relevance sends no sort', () => {
  assert.deepEqual(buildSearchParams(searchQuery({ sort: 'newest' })).sort, ['timestamp:desc']);
  assert.deepEqual(buildSearchParams(searchQuery({ sort: 'oldest' })).sort, ['timestamp:asc']);
  assert.equal('sort' in buildSearchParams(searchQuery({ q: 'x', sort: 'relevance' })), false);
  assert.equal('filter' in buildSearchParams(searchQuery()), false);
});

test('facets: count desc then value asc, cut at facetLimit, missing facets empty', () => {
  const facets = mapFacets({ nations: { Jordan: 3, Egypt: 5, Bahrain: 3, Yemen: 1 }, year: { '2016': 2, '2015': 2 } }, 3);
  assert.deepEqual(facets, {
    nations: [
      { value: 'Egypt', count: 5 },
      { value: 'Bahrain', count: 3 },
      { value: 'Jordan', count: 3 },
    ],
    persons: [],
    sections: [],
    years: [
      { value: '2015', count: 2 },
      { value: '2016', count: 2 },
    ],
    months: [],
    languages: [],
    sources: [],
    authors: [],
  });
});

test('a search response maps to SearchResult exactly', () => {
  const doc = toMeiliDocument(SAMPLE_DOC);
  const response = {
    hits: [
      {
        id: doc.id,
        url: doc.url,
        title: doc.title,
        subtitle: doc.subtitle,
        publishedAt: doc.publishedAt,
        section: doc.section,
        authors: doc.authors,
        nations: doc.nations,
        persons: doc.persons,
        _formatted: { title: 'Jordan signs \uE000water\uE001 deal', body: '…Egypt signed <b>a</b> \uE000deal\uE001.' },
      },
    ],
    query: 'water deal',
    processingTimeMs: 1,
    hitsPerPage: 20,
    page: 1,
    totalPages: 1,
    totalHits: 1,
    facetDistribution: {
      nations: { Jordan: 1, Egypt: 1 },
      persons: { 'Abdullah II': 1 },
      section: { World: 1 },
      year: { '2016': 1 },
      month: { '2016-03': 1 },
    },
  };
  assert.deepEqual(mapSearchResponse(response as never, searchQuery({ q: 'water deal' })), {
    total: 1,
    hits: [
      {
        id: '0123456789abcdef',
        url: 'https://example.org/news/jordan-water',
        title: 'Jordan signs water deal',
        subtitle: 'Amman and Cairo agree',
        publishedAt: '2016-03-05T10:20:30Z',
        section: 'World',
        authors: ['Staff Writer'],
        nations: ['Jordan', 'Egypt'],
        persons: ['Abdullah II'],
        snippet: '…Egypt signed &lt;b&gt;a&lt;/b&gt; <mark>deal</mark>.',
        titleHighlighted: 'Jordan signs <mark>water</mark> deal',
      },
    ],
    facets: {
      nations: [
        { value: 'Egypt', count: 1 },
        { value: 'Jordan', count: 1 },
      ],
      persons: [{ value: 'Abdullah II', count: 1 }],
      sections: [{ value: 'World', count: 1 }],
      years: [{ value: '2016', count: 1 }],
      months: [{ value: '2016-03', count: 1 }],
      languages: [],
      sources: [],
      authors: [],
    },
  });
});

test('Meilisearch receives dotted abbreviations folded, in documents and queries, as the embedded engine reads them', () => {
  const doc = toMeiliDocument({ ...SAMPLE_DOC, title: 'U.S. and U.K. envoys', subtitle: 'At the U.N.', body: 'The U.S.-led talks.' });
  assert.deepEqual([doc.title, doc.subtitle, doc.body], ['US and UK envoys', 'At the UN', 'The US-led talks.']);
  assert.equal(toMeiliQuery('U.S. envoy -U.N.'), '-"UN" US envoy');
});

test("Meilisearch: a negation is always quoted, so a word it splits (al-Assad, O'Keeffe, الاردن) is excluded whole (issue 20.2)", () => {
  assert.equal(toMeiliQuery('syria -al-Assad'), '-"al-Assad" syria');
  assert.equal(toMeiliQuery("-O'Keeffe art"), '-"O\'Keeffe" art');
  assert.equal(toMeiliQuery('مياه -الاردن'), '-"الاردن" مياه');
});

test('Meilisearch: negations come first, so the ten terms Meilisearch reads always include them (issue 20.5)', () => {
  const q = 'one two three four five six seven eight nine ten -eleven';
  assert.equal(toMeiliQuery(q), '-"eleven" one two three four five six seven eight nine ten');
});

test('Meilisearch: a mark of a prefix or typo match is extended to the end of its word (issue 20.1)', () => {
  assert.equal(renderHighlight('cafés in \uE000Beiru\uE001t are full'), 'cafés in <mark>Beirut</mark> are full');
  assert.equal(renderHighlight('\uE000renew\uE001able power'), '<mark>renewable</mark> power');
  assert.equal(renderHighlight('\uE000Beirut\uE001, Lebanon'), '<mark>Beirut</mark>, Lebanon');
  assert.equal(renderHighlight('\uE000سور\uE001يا'), '<mark>سوريا</mark>');
  assert.equal(renderHighlight('a \uE000b\uE001\uE000c\uE001d e'), 'a <mark>b</mark><mark>cd</mark> e');
  assert.equal(renderHighlight('end \uE000word\uE001'), 'end <mark>word</mark>');
});

test('Meilisearch: a search that needs no facets (facetLimit 0) asks for none (issue 20.8)', () => {
  assert.deepEqual(buildSearchParams(searchQuery({ q: 'x', facetLimit: 0 })).facets, []);
  assert.deepEqual(buildSearchParams(searchQuery({ q: 'x' })).facets, [
    'nations',
    'persons',
    'section',
    'year',
    'month',
    'lang',
    'source',
    'authors',
  ]);
});
