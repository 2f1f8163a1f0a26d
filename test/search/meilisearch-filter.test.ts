import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allOf, anyOf, buildFilter, dateRange, quoteValue } from '../../src/search/meilisearch/filter.js';
import { EngineError } from '../../src/errors.js';

const none = { nations: [], persons: [], sections: [], match: 'all' as const };

// Each hostile value with the exact filter it must give: quoted, only \ and " escaped.
const HOSTILE: [name: string, value: string, expected: string][] = [
  ['plain', 'Egypt', 'nations = "Egypt"'],
  ['double quotes', 'Say "hi"', String.raw`nations = "Say \"hi\""`],
  ['backslash', String.raw`a\b`, String.raw`nations = "a\\b"`],
  ['trailing backslash', 'end\\', String.raw`nations = "end\\"`],
  ['backslash before quote', '\\"', String.raw`nations = "\\\""`],
  ['injected OR clause', 'Egypt" OR nations = "Jordan', String.raw`nations = "Egypt\" OR nations = \"Jordan"`],
  ['injected closing paren', 'x") OR (nations EXISTS', String.raw`nations = "x\") OR (nations EXISTS"`],
  ['word AND', 'Trinidad AND Tobago', 'nations = "Trinidad AND Tobago"'],
  ['word OR', 'Either OR', 'nations = "Either OR"'],
  ['word NOT', 'NOT Syria', 'nations = "NOT Syria"'],
  ['parentheses', 'Congo (Brazzaville)', 'nations = "Congo (Brazzaville)"'],
  ['single quote', "Cote d'Ivoire", `nations = "Cote d'Ivoire"`],
  ['TO and brackets', '1 TO 5 [x, y]', 'nations = "1 TO 5 [x, y]"'],
  ['Arabic', 'مصر', 'nations = "مصر"'],
  ['accents and emoji', 'São Tomé 🇸🇹', 'nations = "São Tomé 🇸🇹"'],
  ['newline and tab', 'a\n\tb', 'nations = "a\n\tb"'],
  ['empty string', '', 'nations = ""'],
  ['only a quote', '"', String.raw`nations = "\""`],
];

for (const [name, value, expected] of HOSTILE) {
  test(`filter value: ${name}`, () => {
    assert.equal(buildFilter({ ...none, nations: [value] }), expected);
  });
}

test('a long value is quoted whole', () => {
  const value = 'x'.repeat(5000) + '" OR 1 = 1';
  assert.equal(quoteValue(value), `"${'x'.repeat(5000)}\\" OR 1 = 1"`);
});

test('all: every value ANDed; any: values ORed inside parentheses', () => {
  assert.equal(buildFilter({ ...none, nations: ['A', 'B'] }), 'nations = "A" AND nations = "B"');
  assert.equal(buildFilter({ ...none, nations: ['A', 'B'], match: 'any' }), '(nations = "A" OR nations = "B")');
  assert.equal(buildFilter({ ...none, persons: ['Abdullah II', 'Rania'], match: 'any' }), '(persons = "Abdullah II" OR persons = "Rania")');
  assert.equal(anyOf('nations', ['Only']), 'nations = "Only"');
  assert.equal(allOf('nations', ['A', 'A', 'B']), 'nations = "A" AND nations = "B"');
});

test('no condition gives no filter', () => {
  assert.equal(buildFilter(none), undefined);
  assert.equal(allOf('persons', []), undefined);
  assert.equal(anyOf('section', []), undefined);
  assert.equal(dateRange(undefined, undefined), undefined);
});

test('date range: inclusive epoch seconds; fractions round inward', () => {
  assert.equal(dateRange('2016-01-01T00:00:00Z', '2016-12-31T23:59:59Z'), 'timestamp >= 1451606400 AND timestamp <= 1483228799');
  assert.equal(dateRange('2016-01-01T00:00:00.500Z', '2016-12-31T23:59:59.900Z'), 'timestamp >= 1451606401 AND timestamp <= 1483228799');
  assert.equal(dateRange('2016-01-01', undefined), 'timestamp >= 1451606400');
  assert.equal(dateRange(undefined, '2016-12-31T23:59:59Z'), 'timestamp <= 1483228799');
});

test('a date that does not parse is an invalid_query EngineError naming the bound', () => {
  assert.throws(
    () => dateRange('yesterday', undefined),
    (e: unknown) => e instanceof EngineError && e.code === 'invalid_query' && e.details.parameter === 'from',
  );
});

test('every part combined, in a fixed order, with an any-group kept whole', () => {
  const filter = buildFilter({
    nations: ['Jordan', 'Egypt" OR x = "y'],
    persons: ['Abdullah II'],
    match: 'any',
    sections: ['World', 'Business'],
    from: '2016-01-01T00:00:00Z',
    to: '2016-12-31T23:59:59Z',
  });
  assert.equal(
    filter,
    String.raw`(nations = "Jordan" OR nations = "Egypt\" OR x = \"y") AND persons = "Abdullah II" AND (section = "World" OR section = "Business") AND timestamp >= 1451606400 AND timestamp <= 1483228799`,
  );
});

/** Meilisearch's reading of a double-quoted literal: a backslash takes the next character as is. */
function readQuoted(text: string): { value: string; rest: string } {
  assert.equal(text[0], '"');
  let value = '';
  for (let i = 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') value += text[++i] ?? '';
    else if (c === '"') return { value, rest: text.slice(i + 1) };
    else value += c;
  }
  throw new Error('unterminated literal');
}

test('property: any string reads back as itself and the literal ends exactly at the end', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      const { value, rest } = readQuoted(quoteValue(s));
      assert.equal(value, s);
      assert.equal(rest, '');
    }),
    { numRuns: 500 },
  );
});
