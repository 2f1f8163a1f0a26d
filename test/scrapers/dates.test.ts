import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateFromUrl, parseMachineDate, parseVisibleDate, westernDigits } from '../../scrapers/common/dates.js';

test('machine dates with any offset become UTC with seconds', () => {
  assert.equal(parseMachineDate('2016-01-21T07:12:00+00:00'), '2016-01-21T07:12:00Z');
  assert.equal(parseMachineDate('2023-06-12T09:30:00+03:00'), '2023-06-12T06:30:00Z');
  assert.equal(parseMachineDate('2019-02-05T18:20:00.123-0500'), '2019-02-05T23:20:00Z');
  assert.equal(parseMachineDate('2014-10-09'), '2014-10-09T00:00:00Z');
  assert.equal(parseMachineDate('2014-10-09 08:00'), '2014-10-09T08:00:00Z');
  assert.equal(parseMachineDate('Thu, 21 Jan 2016 05:53:00 GMT'), '2016-01-21T05:53:00Z');
  assert.equal(parseMachineDate('2016-02-31T00:00:00Z'), null);
  assert.equal(parseMachineDate('soon'), null);
  assert.equal(parseMachineDate(''), null);
});

test('visible English date lines', () => {
  assert.equal(parseVisibleDate('Published January 21st, 2016 - 05:53 GMT'), '2016-01-21T05:53:00Z');
  assert.equal(parseVisibleDate('Last updated February 14th, 2024 - 19:30 GMT'), '2024-02-14T19:30:00Z');
  assert.equal(parseVisibleDate('March 3, 2019 5:04 pm EST'), '2019-03-03T22:04:00Z');
  assert.equal(parseVisibleDate('Posted 12 Sept. 2018 at 12:15 am'), '2018-09-12T00:15:00Z');
  assert.equal(parseVisibleDate('Updated: 09/10/2020 14:00 GMT+3'), '2020-10-09T11:00:00Z');
  assert.equal(parseVisibleDate('no date here 10:00'), null);
});

test('visible Arabic date lines: Arabic-Indic digits, Egyptian and Levantine month names', () => {
  assert.equal(parseVisibleDate('نشر بتاريخ ١٦ سبتمبر ٢٠١٤ - ٠٨:٤٠ بتوقيت غرينتش'), '2014-09-16T08:40:00Z');
  assert.equal(parseVisibleDate('نشر بتاريخ ٣ أغسطس ٢٠٢١ - ٠٩:١٠ بتوقيت غرينتش'), '2021-08-03T09:10:00Z');
  assert.equal(parseVisibleDate('٢٤ أيلول (سبتمبر) ٢٠١٥ الساعة ٣:٤٠ م بتوقيت مكة'), '2015-09-24T12:40:00Z');
  assert.equal(parseVisibleDate('1 كانون الثاني 2020'), '2020-01-01T00:00:00Z');
  assert.equal(parseVisibleDate('1 تشرين الثاني 2020'), '2020-11-01T00:00:00Z');
  assert.equal(westernDigits('٠١٢٣٤٥٦٧٨٩ ۰۹'), '0123456789 09');
});

test('a date in the URL path', () => {
  assert.equal(dateFromUrl('https://x.example/2019/03/07/story'), '2019-03-07T00:00:00Z');
  assert.equal(dateFromUrl('https://x.example/story-2019'), null);
});
