import { test } from 'node:test';
import assert from 'node:assert/strict';
import { periodOf, periodsBetween, periodStart, shiftPeriod } from '../../src/search/periods.js';

const ts = (iso: string) => Date.parse(iso) / 1000;

test('a date as its day, week (named by its Monday), month and year, in UTC', () => {
  const friday = ts('2016-01-01T23:59:59Z');
  assert.deepEqual(
    (['day', 'week', 'month', 'year'] as const).map((i) => periodOf(friday, i)),
    ['2016-01-01', '2015-12-28', '2016-01', '2016'],
  );
  assert.equal(periodOf(ts('2016-02-29T00:00:00Z'), 'week'), '2016-02-29'); // a Monday names its own week
  assert.equal(periodOf(ts('2016-03-06T12:00:00Z'), 'week'), '2016-02-29'); // Sunday ends it
});

test('shifting and listing periods, across month and year ends', () => {
  assert.deepEqual(
    [
      shiftPeriod('2016-12', 'month', 1),
      shiftPeriod('2016-01', 'month', -1),
      shiftPeriod('2015-12-28', 'week', 1),
      shiftPeriod('1999', 'year', 2),
    ],
    ['2017-01', '2015-12', '2016-01-04', '2001'],
  );
  assert.deepEqual(periodsBetween(ts('2016-11-15T00:00:00Z'), ts('2017-02-01T00:00:00Z'), 'month'), [
    '2016-11',
    '2016-12',
    '2017-01',
    '2017-02',
  ]);
  assert.deepEqual(periodsBetween(ts('2016-02-28T00:00:00Z'), ts('2016-03-01T10:00:00Z'), 'day'), [
    '2016-02-28',
    '2016-02-29',
    '2016-03-01',
  ]);
  assert.deepEqual(
    [periodStart('2016-03', 'month'), periodStart('2016', 'year')],
    [ts('2016-03-01T00:00:00Z'), ts('2016-01-01T00:00:00Z')],
  );
});
