import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { extractEntities } from '../../src/entities/index.js';

// The seed article (21 January 2016) of the shared fixtures, read in place, never copied.
const SEED = new URL('../../../shared/fixtures/albawaba/train/seed-01.d7.json', import.meta.url);
const skip = existsSync(SEED) ? false : 'shared fixtures not beside the repository';

test('the seed article yields exactly its ground-truth nations and persons', { skip }, () => {
  const truth = JSON.parse(readFileSync(SEED, 'utf8')) as {
    title: string;
    subtitle: string | null;
    paragraphs: string[];
    lang: string;
    entities: { nations: string[]; persons: string[] };
  };
  const got = extractEntities(truth);
  assert.deepEqual(new Set(got.nations), new Set(truth.entities.nations));
  assert.deepEqual(new Set(got.persons), new Set(truth.entities.persons));
  assert.equal(got.nations.length, truth.entities.nations.length);
});
