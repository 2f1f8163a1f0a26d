import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntities } from '../../src/entities/index.js';
import { detectLang } from '../../src/extract/index.js';
import { entitiesOfText } from '../../src/entities/text.js';

test('empty input gives empty sets', () => {
  assert.deepEqual(extractEntities({ title: '', subtitle: null, paragraphs: [], lang: 'en' }), { nations: [], persons: [] });
  assert.deepEqual(entitiesOfText({ text: '  \n\n \n' }), { nations: [], persons: [] });
});

test('language from the script', () => {
  assert.equal(detectLang('قال الرئيس إن الاتفاق مهم'), 'ar');
  assert.equal(detectLang('The president said the deal (الاتفاق) matters.'), 'en');
  assert.equal(detectLang('2024 — 1,200'), 'en');
});

test('blank lines separate paragraphs: a name does not run across them', () => {
  // one block would read "Omar Haddad Karim" as a single run
  assert.deepEqual(entitiesOfText({ text: 'The talks were led by Omar Haddad\n\nKarim Nassar said little.' }).persons, [
    'Karim Nassar',
    'Omar Haddad',
  ]);
});

test('sets are sorted and unique', () => {
  const r = extractEntities({
    title: 'Iraq and Iraq',
    subtitle: 'Iraqi forces',
    paragraphs: ['Syria, Iraq.', 'Iraqis and Syrians.'],
    lang: 'en',
  });
  assert.deepEqual(r.nations, ['Iraq', 'Syria']);
});
