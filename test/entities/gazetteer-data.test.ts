import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { GAZETTEER_FILE, buildGazetteerData, gazetteerFileText } from '../../src/entities/gazetteer-build.js';
import type { GazetteerData } from '../../src/entities/gazetteer.js';
import { canonicalName, capitals, matchNations } from '../../src/entities/gazetteer.js';
import { tokenizeBlock, type Token } from '../../src/entities/tokenize.js';

const REBUILD = 'data/gazetteer.json is stale: run `npx tsx src/entities/gazetteer-build.ts` and commit the file';

test('the stored gazetteer is what a build from the packages and data files gives today', () => {
  const fresh = buildGazetteerData();
  const stored = JSON.parse(readFileSync(GAZETTEER_FILE, 'utf8')) as GazetteerData;
  // the first differing entry says what changed, instead of a diff of the whole file
  const at = fresh.entries.findIndex((e, i) => JSON.stringify(e) !== JSON.stringify(stored.entries[i]));
  assert.equal(
    at === -1 ? null : JSON.stringify(fresh.entries[at]),
    at === -1 ? null : JSON.stringify(stored.entries[at] ?? null),
    REBUILD,
  );
  assert.equal(stored.entries.length, fresh.entries.length, REBUILD);
  assert.deepEqual(stored.canonical, fresh.canonical, REBUILD);
  assert.deepEqual(stored.capitals, fresh.capitals, REBUILD);
  assert.equal(readFileSync(GAZETTEER_FILE, 'utf8'), gazetteerFileText(fresh), REBUILD);
});

test('the loaded gazetteer answers names, codes, demonyms and blockers', () => {
  const tokens: Token[] = [];
  tokenizeBlock('Saudi-led forces and the U.S. met in Kuwait City near وبالعراق', 2, tokens);
  const found = matchNations(tokens).map((m) => [
    tokens
      .slice(m.start, m.end)
      .map((t) => t.text)
      .join(' '),
    m.entry.kind,
    m.entry.nation,
    m.part ?? null,
  ]);
  assert.deepEqual(found, [
    ['Saudi-led', 'demonym', 'Saudi Arabia', 0],
    ['U.S.', 'nation', 'United States', null],
    ['Kuwait City', 'block', null, null],
    ['وبالعراق', 'nation', 'Iraq', null],
  ]);
  assert.equal(canonicalName('KR'), 'South Korea');
  assert.ok(capitals.has('amman') && capitals.has('riyadh') && !capitals.has('jordan'));
});
