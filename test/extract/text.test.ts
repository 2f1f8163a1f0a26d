import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalUrl, countWords, documentId, normalizeText, sha256Hex } from '../../src/extract/index.js';

test('normalizeText decodes entities, turns nbsp into spaces, collapses and trims', () => {
  assert.equal(normalizeText('  Berlin&rsquo;s&nbsp;flights\n\t continue &amp; grow  '), 'Berlin’s flights continue & grow');
  assert.equal(normalizeText('a\u00a0\u00a0b\u200bc'), 'a b c');
  assert.equal(normalizeText('“Quotes” — dashes – é'), '“Quotes” — dashes – é');
});

test('sha256Hex and documentId', () => {
  assert.equal(sha256Hex('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const url = 'https://www.albawaba.com/news/x-1';
  assert.equal(documentId(url), sha256Hex(url).slice(0, 16));
  // The same page under another spelling of its URL gets the same id.
  assert.equal(documentId('HTTPS://WWW.ALBAWABA.COM:443/news/x-1#comments'), documentId(url));
  assert.equal(documentId('https://www.albawaba.com/news/x-1?utm_source=fb&utm_medium=social'), documentId(url));
});

test('canonicalUrl keeps meaningful queries, percent-encodes, and rejects non-http', () => {
  assert.equal(canonicalUrl('https://Example.com/a?id=3&utm_campaign=x#top'), 'https://example.com/a?id=3');
  assert.equal(canonicalUrl('https://example.com/a?amp'), 'https://example.com/a?amp');
  assert.equal(canonicalUrl('/ar/أخبار', 'https://www.albawaba.com/x'), 'https://www.albawaba.com/ar/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1');
  assert.equal(canonicalUrl('javascript:alert(1)'), null);
  assert.equal(canonicalUrl('not a url'), null);
});

test('countWords counts words in any script', () => {
  assert.equal(countWords("Qatar's LNG output rose 3.5 percent — a record."), 8);
  assert.equal(countWords('أعلنت الحكومة الأردنية، الثلاثاء، إطلاق المرحلة'), 6);
  assert.equal(countWords(''), 0);
  // joiners: inner apostrophes/hyphens join letters; '.' and ',' join only digits; the Arabic
  // thousands separator (U+066C) does not join
  assert.equal(countWords("rock-'n'-roll a--b -x y- it’s 2-0 $7.1 billion — l'état ٢٠١٤ co-op's don't"), 15);
  assert.equal(countWords('3.5.7 1,2,3 a.b 9,000 x-1 .5 5. 1.a a,1 مُحَمَّد ١٬٠٠٠ 12’s'), 16);
  assert.equal(countWords('emoji 😀 here and there'), 4);
  assert.equal(countWords('   '), 0);
});

test('collapseWhitespace gives what the plain regex rule gives, for any mix of spaces and text', async () => {
  const fc = (await import('fast-check')).default;
  const { collapseWhitespace } = await import('../../src/extract/normalize.js');
  const RULE = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/gu;
  const pieces = [
    ' ',
    '  ',
    '\t',
    '\n',
    '\r\n',
    '\u00a0',
    '\u2009',
    '\u200b',
    '\u3000',
    '\ufeff',
    '\u000b',
    '\u0085',
    'a',
    'Syria',
    'سوريا',
    '.',
    '\u200c',
  ];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      assert.equal(collapseWhitespace(s), s.replace(RULE, ' ').trim());
    }),
    { numRuns: 3000 },
  );
});
