import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Vocabulary } from '../../src/search/embedded/vocabulary.js';
import { allowedTypos, countedTypos } from '../../src/search/query/index.js';

// A deterministic vocabulary with many near neighbours (shared stems, swapped letters).
function vocabulary(): { vocab: Vocabulary; words: string[] } {
  const vocab = new Vocabulary();
  const stems = [
    'jordan',
    'jordanian',
    'government',
    'governor',
    'minister',
    'ministry',
    'state',
    'states',
    'estate',
    'statement',
    'gaza',
    'gazette',
  ];
  const words = new Set<string>();
  let seed = 1;
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  for (const s of stems) {
    words.add(s);
    for (let i = 0; i < 25; i++) {
      const chars = [...s];
      const at = Math.floor(rand() * chars.length);
      const op = Math.floor(rand() * 4);
      const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(rand() * 26)]!;
      if (op === 0) chars[at] = letter;
      else if (op === 1) chars.splice(at, 0, letter);
      else if (op === 2) chars.splice(at, 1);
      else if (at + 1 < chars.length) [chars[at], chars[at + 1]] = [chars[at + 1]!, chars[at]!];
      words.add(chars.join(''));
    }
  }
  for (const w of words) vocab.intern(w);
  return { vocab, words: [...words] };
}

const sortIds = (list: { termId: number; typos: number }[]) => [...list].sort((a, b) => a.termId - b.termId);

test('fuzzy finds exactly the terms, and typo counts, a brute-force distance finds (first-letter rule included)', () => {
  const { vocab, words } = vocabulary();
  const queries = [
    'jordan',
    'jodran',
    'fordan',
    'goverment',
    'minstry',
    'statment',
    'gazete',
    'fovernment',
    'fovernmnet',
    'ordanian',
    'jordanain',
    'estat',
    'gazet',
    'governo',
  ];
  for (const query of queries) {
    for (const prefix of [false, true]) {
      const expected = words.flatMap((w, termId) => {
        const typos = countedTypos(query, w, prefix);
        return typos === undefined ? [] : [{ termId, typos }];
      });
      const got = vocab.fuzzy(query, allowedTypos(query), prefix);
      assert.deepEqual(sortIds(got), sortIds(expected), `${query} prefix=${prefix}`);
    }
  }
});

test('withPrefix lists every term starting with the prefix', () => {
  const { vocab, words } = vocabulary();
  const got = vocab
    .withPrefix('gaz')
    .map((id) => vocab.terms[id]!)
    .sort();
  assert.deepEqual(got, words.filter((w) => w.startsWith('gaz')).sort());
  assert.deepEqual(vocab.withPrefix('zzzz'), []);
});

test('terms added after a search are found by the next one', () => {
  const { vocab } = vocabulary();
  assert.equal(vocab.fuzzy('petra', 1, false).length, 0);
  const id = vocab.intern('petra');
  assert.equal(vocab.intern('petra'), id); // known: the same number, nothing added
  assert.deepEqual(vocab.fuzzy('petra', 1, false), [{ termId: id, typos: 0 }]);
  assert.deepEqual(vocab.fuzzy('ptera', 1, false), [{ termId: id, typos: 1 }]);
});
