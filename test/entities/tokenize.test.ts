import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { keyOf, normalizeArabic, tokenizeBlock, type Token } from '../../src/entities/tokenize.js';

// The token pattern as first written, without the fast path for plain lower-case and Arabic
// words: the tokenizer must cut every text exactly where this pattern does.
const PLAIN_TOKEN_RE =
  /(?:\p{Lu}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|Adm|Maj|Rev)\.|\p{Lu}\.(?=\s*\p{Lu})|\p{L}[\p{L}\p{M}\u0640]*(?:['’\-‑][\p{L}][\p{L}\p{M}\u0640]*)*|\p{N}+(?:[.,]\p{N}+)*|[^\s\p{L}\p{N}]/gu;

// Characters where the fast path must hand over to the full word pattern: marks, tatweel,
// apostrophes and hyphens inside words, other scripts, digits glued to letters, initials.
const PIECES = [
  'a',
  'z',
  'q',
  'A',
  'Z',
  'é',
  'É',
  'ß',
  'ب',
  'ا',
  'أ',
  'ـ',
  'َ',
  'ّ',
  '٣',
  '7',
  "'",
  '’',
  '-',
  '‑',
  '.',
  ',',
  ' ',
  '\u0301',
  'ω',
  'Ж',
  'א',
  '中',
  'Mr',
  'Dr',
  'U',
  'S',
  '’s',
  "'s",
  '،',
  'ٱ',
  'ﻻ',
  'ۀ',
  '\u200c',
];
const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join(''));

/** Each token as it stood in the text: a possessive word gets its "'s" back. */
function tokenTexts(input: string): string[] {
  const out: Token[] = [];
  tokenizeBlock(input, 0, out);
  let from = 0;
  return out.map((t) => {
    const at = input.indexOf(t.text, from);
    const raw = t.possessive ? input.slice(at, at + t.text.length + 2) : t.text;
    from = at + raw.length;
    return raw;
  });
}

test('the tokenizer cuts text exactly where the plain token pattern does', () => {
  fc.assert(
    fc.property(text, (input) => {
      assert.deepEqual(tokenTexts(input), input.match(PLAIN_TOKEN_RE) ?? []);
    }),
    { numRuns: 3000 },
  );
});

test('tokens of the same word are alike wherever it stands; only place fields differ', () => {
  const out: Token[] = [];
  tokenizeBlock('Jordan said. Jordan’s team, and U.S. envoy وقال الأردنيُّ', 4, out, true);
  assert.deepEqual(
    out.map((t) => [t.text, t.key, t.kind, t.cap, t.allCaps, t.possessive, t.sentenceStart]),
    [
      ['Jordan', 'jordan', 'word', true, false, false, true],
      ['said', 'said', 'word', false, false, false, false],
      ['.', '.', 'punct', false, false, false, false],
      ['Jordan', 'jordan', 'word', true, false, true, true],
      ['team', 'team', 'word', false, false, false, false],
      [',', ',', 'punct', false, false, false, false],
      ['and', 'and', 'word', false, false, false, false],
      ['U.S.', 'u.s.', 'word', true, true, false, false],
      ['envoy', 'envoy', 'word', false, false, false, false],
      ['وقال', 'وقال', 'word', false, false, false, false],
      ['الأردنيُّ', 'الاردني', 'word', false, false, false, false],
    ],
  );
  assert.ok(out.every((t) => t.block === 4 && t.titleCase));
});

test('keys: lower case, one apostrophe and hyphen, Arabic letters unified', () => {
  assert.equal(keyOf('N’Golo'), "n'golo");
  assert.equal(keyOf('Saudi‑led'), 'saudi-led');
  assert.equal(keyOf('إبراهيم'), 'ابراهيم');
  assert.equal(keyOf('آمنة'), 'امنة');
  assert.equal(keyOf('مـحـمـد'), 'محمد');
  assert.equal(keyOf('مُحَمَّد'), 'محمد');
  assert.equal(keyOf('اليمنى'), 'اليمنى'); // alef maqsura kept
  assert.equal(normalizeArabic('ٱلله'), 'الله');
});

test('normalising Arabic keys gives what the two replacements gave', () => {
  const arabic = fc
    .array(fc.constantFrom('ا', 'أ', 'إ', 'آ', 'ٱ', 'ب', 'ى', 'ة', 'ـ', 'ً', 'ِ', 'ّ', 'ْ', 'ٰ', 'ٟ', 'x'), { maxLength: 12 })
    .map((c) => c.join(''));
  fc.assert(
    fc.property(arabic, (s) => {
      assert.equal(normalizeArabic(s), s.replace(/[\u064B-\u065F\u0670\u0640]/gu, '').replace(/[أإآٱ]/gu, 'ا'));
    }),
    { numRuns: 2000 },
  );
});
