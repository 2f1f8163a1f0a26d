import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countWords } from '../../src/extract/index.js';

// The definition countWords implements with a char scan (src/extract/normalize.ts).
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’-]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu;
const byRegex = (text: string) => text.match(WORD)?.length ?? 0;

// Every kind of character the rules tell apart: letters and digits of several scripts, marks,
// the joiners, other punctuation, spaces, a letter and a digit beyond the BMP, lone surrogates.
const PIECES = [
  'a',
  'Z',
  'é',
  'ß',
  'ا',
  'ب',
  'ة',
  'ـ',
  '\u064e',
  '\u0301',
  'ж',
  '中',
  '0',
  '7',
  '٣',
  '١',
  '½',
  'Ⅻ',
  "'",
  '’',
  '-',
  '.',
  ',',
  '‑',
  '—',
  ' ',
  '\u00a0',
  '\n',
  '!',
  '(',
  '،',
  '😀',
  '𝐀',
  '𝟕',
  '\ud800',
  '\udc00',
  '_',
];

test('countWords agrees with its regex definition on any mix of scripts, joiners and punctuation', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
      const text = pieces.join('');
      assert.equal(countWords(text), byRegex(text), JSON.stringify(text));
    }),
    { numRuns: 5_000, seed: 20_261_203 },
  );
});

test('countWords agrees with its regex on every code point class boundary it caches', () => {
  // one pass over the BMP in chunks, letters and digits interleaved with joiners
  for (let start = 0; start < 0x10000; start += 0x400) {
    let text = '';
    for (let c = start; c < start + 0x400; c++) text += String.fromCharCode(c) + (c % 3 === 0 ? '.' : c % 3 === 1 ? "'" : ' ') + '5';
    assert.equal(countWords(text), byRegex(text), `block at U+${start.toString(16)}`);
  }
});
