// RFC 4180 quoting of the CSV files the server writes in one piece (src/server/csv.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvDocument } from '../../src/server/csv.js';

test('a field is quoted only when it holds a comma, a quote, a CR or an LF; quotes are doubled; records end with CRLF', () => {
  assert.equal(
    csvDocument(
      ['line', 'total'],
      [
        ['Ash Carter', 1],
        ['Le Drian, Jean-Yves', 2],
        ['the "coalition"', 3],
        ['two\nlines', 4],
        ['cr\rhere', 5],
        ['"', 6],
        ['', null],
        [' spaced ', 0],
        ['محمد بن سلمان', 7],
        ['z\r\nw', 8],
      ],
    ),
    'line,total\r\nAsh Carter,1\r\n"Le Drian, Jean-Yves",2\r\n"the ""coalition""",3\r\n"two\nlines",4\r\n"cr\rhere",5\r\n"""",6\r\n,\r\n spaced ,0\r\nمحمد بن سلمان,7\r\n"z\r\nw",8\r\n',
  );
  assert.equal(csvDocument(['only'], []), 'only\r\n');
});
