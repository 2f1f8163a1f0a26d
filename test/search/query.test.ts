import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { escapeHtml } from '../../src/extract/index.js';
import {
  allowedTypos,
  countedTypos,
  foldAbbreviations,
  highlight,
  lead,
  markedToHtml,
  normalize,
  parseQuery,
  snippet,
  tokenize,
  typoDistance,
} from '../../src/search/query/index.js';
import { seededBelow } from '../helpers/random.js';

test('normalize folds case, Latin accents and Arabic letter variants', () => {
  assert.equal(normalize('Café ŞAHİN Zürich'), 'cafe sahin zurich');
  assert.equal(normalize('الأردن إسلام آمنة مكتبة مستشفى كتـــاب عمّان'), 'الاردن اسلام امنه مكتبه مستشفي كتاب عمان');
});

test('tokenize splits on everything but letters and digits', () => {
  assert.deepEqual(tokenize("Jordan's al-Assad, 2016: “ISIS”"), ['jordan', 's', 'al', 'assad', '2016', 'isis']);
});

test('parseQuery separates words, phrases and negations', () => {
  assert.deepEqual(parseQuery('Émile "Islamic State" -isis -"foo bar" al-Assad "open'), {
    words: ['emile', 'al', 'assad'],
    phrases: [['islamic', 'state'], ['open']],
    negations: [['isis'], ['foo', 'bar']],
  });
  assert.deepEqual(parseQuery('  - a -  '), { words: ['a'], phrases: [], negations: [] });
  assert.equal(parseQuery('a b c d e f g h i j k l').words.length, 10);
});

test('typo allowance follows Meilisearch defaults and its first-letter rule', () => {
  assert.deepEqual(['gaza', 'jordan', 'jordanian', 'ministers'].map(allowedTypos), [0, 1, 2, 2]);
  assert.equal(countedTypos('government', 'government'), 0);
  assert.equal(countedTypos('goverment', 'government'), 1);
  assert.equal(countedTypos('guvernmint', 'government'), 2);
  // a different first letter counts two typos: only words of 9+ letters, and no other typo
  assert.equal(countedTypos('fovernment', 'government'), 2);
  assert.equal(countedTypos('fovernmnet', 'government'), undefined);
  assert.equal(countedTypos('fordan', 'jordan'), undefined);
  assert.equal(countedTypos('jordna', 'jordan'), 1);
  assert.equal(countedTypos('gaz', 'gaza'), undefined);
});

test('the last word matches as a prefix with typos', () => {
  assert.equal(countedTypos('coalit', 'coalitions', true), 0);
  assert.equal(countedTypos('coaliton', 'coalitions', true), 1);
  assert.equal(countedTypos('coaliton', 'coalitions'), undefined); // not the last word: whole words only
  assert.equal(countedTypos('coalitoins', 'coalitions', true), 1);
  assert.equal(countedTypos('goverm', 'governments', true), 1);
  assert.equal(countedTypos('goverm', 'governments'), undefined);
  assert.equal(countedTypos('fovernm', 'governments', true), undefined); // 7 letters: first letter must match
  assert.equal(countedTypos('fovernmen', 'governments', true), 2);
  assert.equal(countedTypos('gaz', 'gazette', true), 0);
  assert.equal(countedTypos('gaz', 'gezette', true), undefined); // short words: prefix without typos
});

test('typoDistance counts transpositions as one and supports prefixes', () => {
  assert.equal(typoDistance('jodran', 'jordan', 2), 1);
  assert.equal(typoDistance('goverment', 'government', 2), 1);
  assert.equal(typoDistance('abc', 'xyz', 1), 2); // capped at max + 1
  assert.equal(typoDistance('jorda', 'jordanian', 1, true), 0);
  assert.equal(typoDistance('jorsa', 'jordanian', 1, true), 1);
});

test('highlight escapes text and marks matched words only', () => {
  assert.equal(
    highlight('<b>Jordan</b> & "Jordanian" Jordan\'s', new Set(['jordan'])),
    '&lt;b&gt;<mark>Jordan</mark>&lt;/b&gt; &amp; &quot;Jordanian&quot; <mark>Jordan</mark>&#39;s',
  );
  assert.equal(highlight('Café in عمّان', new Set(['cafe', 'عمان'])), '<mark>Café</mark> in <mark>عمّان</mark>');
});

test('snippet crops around the densest matches with ellipses', () => {
  const text = 'one two three four five six seven eight nine ten eleven Jordan twelve thirteen fourteen fifteen';
  assert.equal(snippet(text, new Set(['jordan']), 6), '…eight nine ten eleven <mark>Jordan</mark> twelve…');
  assert.equal(snippet(text, new Set(['one', 'fifteen']), 6), '<mark>one</mark> two three four five six…');
  assert.equal(snippet('a b <i>c</i>', new Set(['c'])), 'a b &lt;i&gt;<mark>c</mark>&lt;/i&gt;');
  const dense = 'alpha x x x x x x x x x x x x beta gamma x x';
  assert.equal(snippet(dense, new Set(['alpha', 'beta', 'gamma']), 5), '…x x x <mark>beta</mark> <mark>gamma</mark>…');
});

test('snippet picks the earliest window with the most distinct query words, on 1,000 random texts (a plain rule as reference)', () => {
  const random = seededBelow(42);
  const vocabulary = ['Amman', 'Syria', 'France', 'talks', 'said', 'the', 'x', 'y', 'z', 'w'];
  const size = 8;
  for (let k = 0; k < 1_000; k++) {
    // long texts too: the scan stops early once a window shows every query word
    const words = Array.from({ length: 1 + random(k % 2 === 0 ? 60 : 400) }, () => vocabulary[random(vocabulary.length)]!);
    const chosen = vocabulary.filter(() => random(3) === 0).map((w) => w.toLowerCase());
    // as a map, marked words are variants of two query words (a window scores each query word once)
    const grouped = k % 4 >= 2;
    const marked = grouped ? new Map(chosen.map((w) => [w, random(2)])) : new Set(chosen);
    const isMarked = (w: string) => marked.has(w.toLowerCase());
    const keyOf = (w: string) => (grouped ? (marked as Map<string, number>).get(w.toLowerCase()) : w.toLowerCase());
    // every window starts SNIPPET_LEAD_WORDS (4) before a match, within the text; the first with the most distinct query words wins
    let start = 0;
    let bestScore = 0;
    words.forEach((w, p) => {
      if (!isMarked(w)) return;
      const s = Math.max(0, Math.min(p - 4, words.length - size));
      const score = new Set(
        words
          .slice(s, s + size)
          .filter(isMarked)
          .map(keyOf),
      ).size;
      if (score > bestScore) [bestScore, start] = [score, s];
    });
    const shown = words.length <= size ? words : words.slice(start, start + size);
    const expected =
      (words.length > size && start > 0 ? '…' : '') +
      shown.map((w) => (isMarked(w) ? `<mark>${w}</mark>` : w)).join(' ') +
      (words.length > size && start + size < words.length ? '…' : '');
    assert.equal(snippet(words.join(' '), marked, size), expected, `${words.join(' ')} / ${[...marked.keys()].join(',')}`);
  }
});

test('a snippet scores query words, not their variants: the first window showing the word wins', () => {
  const text = `Syria ${'x '.repeat(20)}Syrian Syria ${'y '.repeat(20)}end`;
  const variants = new Map([
    ['syria', 0],
    ['syrian', 0],
  ]);
  assert.equal(snippet(text, variants, 8), '<mark>Syria</mark> x x x x x x x…');
  // as a set, each variant counts: the window with both wins
  assert.equal(snippet(text, new Set(variants.keys()), 8), '…x x x x <mark>Syrian</mark> <mark>Syria</mark> y y…');
});

test('a snippet marks words whose normalised form is marked, with or without a title-only match', () => {
  // accents and Arabic need normalising: no lower-cased substring check decides for them
  assert.equal(snippet('Un café à Amman', new Set(['cafe'])), 'Un <mark>café</mark> à Amman');
  assert.equal(snippet('زار الوزير عمّان أمس', new Set(['عمان'])), 'زار الوزير <mark>عمّان</mark> أمس');
  // plain text where the word is only part of others: scanned, nothing marked, the lead shown
  assert.equal(snippet('Syrians and Syriac texts in Amman today', new Set(['syria']), 4), 'Syrians and Syriac texts…');
});

test('a window showing every query word across the end of the words scanned so far is shown whole', () => {
  // the scan stops early only on a window it has read to the end: this one runs past word 64
  const words = Array.from({ length: 200 }, (_, i) => (i === 58 ? 'Syria' : i === 62 ? 'France' : 'x'));
  assert.equal(snippet(words.join(' '), new Set(['syria', 'france']), 8), '…<mark>Syria</mark> x x x <mark>France</mark> x x x…');
});

test('lead shows the start of the text when nothing matched', () => {
  assert.equal(lead('one two <three> four', 3), 'one two &lt;three…');
  assert.equal(lead('one two', 3), 'one two');
});

test("markedToHtml escapes another engine's output and keeps only our marks", () => {
  assert.equal(
    markedToHtml('a <b> \u0001x&y\u0002 c \u0001<script>\u0002', '\u0001', '\u0002'),
    'a &lt;b&gt; <mark>x&amp;y</mark> c <mark>&lt;script&gt;</mark>',
  );
  assert.equal(escapeHtml(`<>&"'`), '&lt;&gt;&amp;&quot;&#39;');
});

test('tokenize gives what full normalisation gives (dotted abbreviations folded first), on plain English text and on any other', () => {
  const plain = ['a', 'Z', 'q', '0', '9', ' ', '\n', '-', "'", '.', '’', '“', '”', '—', '–', '…', '\u00a0', '\u2011', '\u201f'];
  const pieces = [...plain, 'é', 'É', 'ß', 'ﬁ', '½', '²', 'İ', 'ا', 'أ', 'ة', 'ى', '\u064e', 'ـ', '\u0301', '™', 'Ⅻ'];
  fc.assert(
    // half the cases plain text (the fast path), half any mix
    fc.property(
      fc.oneof(fc.array(fc.constantFrom(...plain), { maxLength: 30 }), fc.array(fc.constantFrom(...pieces), { maxLength: 30 })),
      (list) => {
        const text = list.join('');
        assert.deepEqual(tokenize(text), normalize(foldAbbreviations(text)).match(/[\p{L}\p{N}]+/gu) ?? [], JSON.stringify(text));
      },
    ),
    { numRuns: 5_000, seed: 20_261_203 },
  );
});
