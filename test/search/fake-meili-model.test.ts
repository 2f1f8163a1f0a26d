/**
 * The fake Meilisearch's model of the server (test/helpers/fake-meili/), checked on the examples
 * its sources give: what the adapter's tests against it are worth rests on these.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { facetDistribution } from '../helpers/fake-meili/facets.js';
import { highlightText } from '../helpers/fake-meili/highlight.js';
import { parseQuery, wordCost, type QueryTerm } from '../helpers/fake-meili/query.js';
import { tokenize, words } from '../helpers/fake-meili/tokenizer.js';

const TYPO = { enabled: true, oneTypo: 5, twoTypos: 9 };
const NO_STOP = new Set<string>();
const ARTICLE = new Set(['ال']);
const lemmas = (text: string, stop = NO_STOP) => words(text, stop).map((t) => `${t.kind === 'stop' ? '~' : ''}${t.lemma}`);

test("charabia: ' and - split words, the Arabic article is its own token, letters folded", () => {
  assert.deepEqual(lemmas("it's al-Assad's O'Keeffe kebab-case"), ['it', 's', 'al', 'assad', 's', 'o', 'keeffe', 'kebab', 'case']);
  assert.deepEqual(lemmas('السلام عليكم بأفضل ٱلأحوال'), ['ال', 'سلام', 'عليكم', 'بافضل', 'ال', 'احوال']);
  assert.deepEqual(lemmas('الاردن أتمنى', ARTICLE), ['~ال', 'اردن', 'اتمني']);
  assert.deepEqual(
    tokenize('a -"b').map((t) => [t.kind, t.lemma]),
    [
      ['word', 'a'],
      ['separator', ' '],
      ['separator', '-'],
      ['separator', '"'],
      ['word', 'b'],
    ],
  );
});

test('milli: "-" negates the next token only, and only after whitespace; -"…" negates a phrase', () => {
  assert.deepEqual(parseQuery('syria -al-Assad', NO_STOP, TYPO), {
    terms: [
      { kind: 'word', word: 'syria', prefix: false, maxTypos: 1, chars: 5 },
      { kind: 'word', word: 'assad', prefix: true, maxTypos: 1, chars: 5 },
    ],
    negativeWords: ['al'],
    negativePhrases: [],
  });
  assert.deepEqual(parseQuery('-"al-Assad" syria', NO_STOP, TYPO).negativePhrases, [['al', 'assad']]);
  assert.deepEqual(parseQuery('-"الاردن" مياه', ARTICLE, TYPO).negativePhrases, [[null, 'اردن']]);
  assert.deepEqual(parseQuery('syria-al', NO_STOP, TYPO).negativeWords, []);
});

test('milli: ten terms are read, then everything after is dropped; a stop word is no term', () => {
  const q = parseQuery('a b c d e f g h i j -k l', NO_STOP, TYPO);
  assert.deepEqual([q.terms.length, q.negativeWords], [10, []]);
  assert.deepEqual(parseQuery('-k a b c d e f g h i j', NO_STOP, TYPO).negativeWords, ['k']);
  assert.deepEqual(
    parseQuery('الاردن', ARTICLE, TYPO).terms.map((t) => (t.kind === 'word' ? t.word : '')),
    ['اردن'],
  );
});

test('milli: typos by length, a different first letter costs two, the last word is a prefix', () => {
  const term = (q: string, prefix: boolean) =>
    parseQuery(prefix ? q : `${q} x`, NO_STOP, TYPO).terms[0] as Extract<QueryTerm, { kind: 'word' }>;
  assert.deepEqual(
    [
      wordCost(term('jodran', false), 'jordan'),
      wordCost(term('bordan', false), 'jordan'),
      wordCost(term('fovernment', false), 'government'),
      wordCost(term('gazq', false), 'gaza'),
      wordCost(term('renew', true), 'renewable'),
      wordCost(term('renwab', true), 'renewable'),
      wordCost(term('renew', false), 'renewable'),
    ],
    [1, undefined, 2, undefined, 0, 1, undefined],
  );
});

test('milli: a prefix or typo match is marked for as many characters as the query word has; a phrase whole', () => {
  const mark = (text: string, q: string) =>
    highlightText(
      text,
      parseQuery(q, NO_STOP, TYPO),
      new Set(words(text).map((t) => t.lemma)),
      {},
      { pre: '[', post: ']' },
      undefined,
      NO_STOP,
    );
  assert.deepEqual(
    [
      mark('cafés in Beirut', 'beirt'),
      mark('renewable power', 'renew'),
      mark('solar power plant', '"solar power"'),
      mark('Beirut', 'beirut'),
    ],
    ['cafés in [Beiru]t', '[renew]able power', '[solar] [power] plant', '[Beirut]'],
  );
});

test('milli: facet values grouped by normalize_facet, shown as the first document spells them', () => {
  const docs = [{ section: 'News' }, { section: ' NEWS' }, { section: 'Culture' }, { section: 'news' }];
  assert.deepEqual(facetDistribution(docs, ['section'], 100), { section: { News: 3, Culture: 1 } });
});
