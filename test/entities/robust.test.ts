import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractEntities } from '../../src/entities/index.js';

// Words the rules react to, mixed with arbitrary text: the extractor must never throw and must
// always return sorted, unique values.
const TRIGGERS = [
  'US',
  'us',
  'the',
  'Jordan',
  'Michael',
  'Sheikh',
  'bin',
  'al-',
  'Al',
  'said',
  ',',
  '.',
  '’s',
  'King',
  'II',
  'عمان',
  'الأردن',
  'قال',
  'الشيخ',
  'بن',
  'محمد',
  'المصري',
  '،',
  'Saudi-led',
  'U.S.',
  'Abu',
  'Dr.',
  '"',
  'Turkey',
];
const word = fc.oneof(fc.constantFrom(...TRIGGERS), fc.string({ maxLength: 8 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const paragraph = fc.array(word, { maxLength: 30 }).map((ws) => ws.join(' '));

test('never throws; values sorted and unique', () => {
  fc.assert(
    fc.property(paragraph, fc.option(paragraph), fc.array(paragraph, { maxLength: 5 }), (title, subtitle, paragraphs) => {
      const r = extractEntities({ title, subtitle, paragraphs, lang: 'en' });
      for (const list of [r.nations, r.persons]) {
        assert.deepEqual(list, [...new Set(list)].sort());
        assert.ok(list.every((v) => v.trim().length > 0));
      }
    }),
    { numRuns: 300 },
  );
});
