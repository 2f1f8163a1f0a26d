// The batch lookup's engine use (what it asks for, how often, how many at once) and its input rules.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { SearchQuery } from '../../src/search/engine.js';
import { linesFromJson, linesFromText } from '../../src/server/batch/input.js';
import { BatchLookup, mapBounded } from '../../src/server/batch/lookup.js';
import { SearchService } from '../../src/server/search-service.js';
import { FakeEngine, sampleDocs } from './helpers.js';

function counted() {
  const engine = new FakeEngine(sampleDocs());
  const asked: SearchQuery[] = [];
  const search = engine.search.bind(engine);
  engine.search = (q) => {
    asked.push(q);
    return search(q);
  };
  return { lookup: new BatchLookup(new SearchService(engine, undefined)), asked };
}

test('one search for a line with at most one match, two otherwise, each for one hit; facets only where counted', async () => {
  const { lookup, asked } = counted();
  const answers = await lookup.run(linesFromText('Politics\nFrance\nzeppelin'));
  // without an entity registry, a value the index holds (any case) is still an entity; "Politics" is a section, so words
  assert.deepEqual(
    answers.map((a) => [a.read.kind, a.read.label, a.total]),
    [
      ['text', 'Politics', 0],
      ['nation', 'France', 2],
      ['text', 'zeppelin', 0],
    ],
  );
  const shapes = asked.map((q) => `${q.q}|${q.nations.join()}|${q.sort}|${q.perPage}|${q.facetLimit}`).sort();
  assert.deepEqual(shapes, ['Politics||oldest|1|6', 'zeppelin||oldest|1|6', '|France|newest|1|0', '|France|oldest|1|6']);
});

test('a line repeated, or another name of the same entity, is looked up once', async () => {
  const { lookup, asked } = counted();
  const answers = await lookup.run(linesFromJson({ lines: ['France', 'france', 'FRANCE', 'France'] }));
  assert.deepEqual(
    answers.map((a) => [a.lineNumber, a.line, a.read.label, a.total]),
    [
      [1, 'France', 'France', 2],
      [2, 'france', 'France', 2],
      [3, 'FRANCE', 'France', 2],
      [4, 'France', 'France', 2],
    ],
  );
  assert.equal(asked.length, 2);
});

test('mapBounded: input order kept, never more than the limit pending', async () => {
  let pending = 0;
  let most = 0;
  const out = await mapBounded([5, 1, 4, 2, 3, 0, 6], 3, async (n) => {
    pending++;
    most = Math.max(most, pending);
    await new Promise((r) => setTimeout(r, n));
    pending--;
    return n * 10;
  });
  assert.deepEqual(out, [50, 10, 40, 20, 30, 0, 60]);
  assert.equal(most, 3);
  assert.deepEqual(await mapBounded([], 3, async (n: number) => n), []);
});

test('lines from a text: any line break, trimmed, blank ones skipped but numbered', () => {
  assert.deepEqual(linesFromText('  a \r\n\r\nb\rc\n\n  \n d'), [
    { lineNumber: 1, line: 'a' },
    { lineNumber: 3, line: 'b' },
    { lineNumber: 4, line: 'c' },
    { lineNumber: 7, line: 'd' },
  ]);
  assert.deepEqual(linesFromText('only'), [{ lineNumber: 1, line: 'only' }]);
  // a huge paste stops at the first line over the cap
  assert.throws(() => linesFromText('x\n'.repeat(1_000_000)), /at most 1,000 lines/);
});
