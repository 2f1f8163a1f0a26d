// RFC 4180 quoting: the one CSV writer of the batch answers (src/server/csv.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvDocument, csvField, csvRecord } from '../../src/server/csv.js';

test('a field is quoted only when it holds a comma, a quote, a CR or an LF; quotes are doubled', () => {
  assert.equal(csvField('Ash Carter'), 'Ash Carter');
  assert.equal(csvField('Le Drian, Jean-Yves'), '"Le Drian, Jean-Yves"');
  assert.equal(csvField('the "coalition"'), '"the ""coalition"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField('cr\rhere'), '"cr\rhere"');
  assert.equal(csvField('"'), '""""');
  assert.equal(csvField(''), '');
  assert.equal(csvField(null), '');
  assert.equal(csvField(42), '42');
  assert.equal(csvField(' spaced '), ' spaced ');
  assert.equal(csvField('محمد بن سلمان'), 'محمد بن سلمان');
});

test('records end with CRLF; a document is the header and the rows', () => {
  assert.equal(csvRecord(['a', 'b,c', null, 3]), 'a,"b,c",,3\r\n');
  assert.equal(
    csvDocument(
      ['line', 'total'],
      [
        ['x "y"', 1],
        ['z\r\nw', 0],
      ],
    ),
    'line,total\r\n"x ""y""",1\r\n"z\r\nw",0\r\n',
  );
  assert.equal(csvDocument(['only'], []), 'only\r\n');
});
