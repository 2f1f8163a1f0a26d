import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { printable } from '../../src/cli/terminal-text.js';
import { openArchive } from '../../src/store/index.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { makeDocument } from '../helpers/documents.js';
import { tempDir } from '../helpers/tmp.js';

// What a hostile crawled page can put in a title: clear the screen, paint it red, retitle the window.
const HOSTILE_TITLE = '\x1b[2J\x1b[31mRED\x1b]0;pwned\x07 coalition\nsecond line';

test('printable: line breaks and tabs become spaces, every other C0, DEL and C1 control becomes U+FFFD', () => {
  assert.equal(printable('a\tb\nc\r\nd\ve\ff'), 'a b c  d e f');
  assert.equal(printable('\x00\x1b[1m\x7f\x80\x9b2J\x9f'), '\uFFFD\uFFFD[1m\uFFFD\uFFFD\uFFFD2J\uFFFD');
  assert.equal(printable('Ash Carter, آش كارتر, Le Drian'), 'Ash Carter, آش كارتر, Le Drian');
});

test('search and stats print stored control characters as U+FFFD or spaces; --json escapes them', (t) => {
  const dir = tempDir(t);
  const env = cliEnv(dir);
  const archive = openArchive(join(dir, 'archive.db'));
  archive.saveDocument(
    makeDocument(1, {
      url: 'https://news.example.org/story/1',
      title: HOSTILE_TITLE,
      publishedAt: '2016-01-02T05:53:00Z',
      entities: { nations: ['Jordan'], persons: ['\x1b[31mEvil\x9b2J Person'] },
    }),
  );
  archive.close();
  assert.equal(runCli(['index'], env).status, 0);

  const listed = runCli(['search', 'coalition'], env);
  assert.deepEqual(
    [listed.status, listed.stdout],
    [
      0,
      '1 article\n2016-01-02  \uFFFD[2J\uFFFD[31mRED\uFFFD]0;pwned\uFFFD coalition second line\n            https://news.example.org/story/1\n',
    ],
  );

  const typo = runCli(['search', '--person', '31mEvil 2J Persn'], env);
  assert.deepEqual(
    [typo.status, typo.stdout],
    [0, '0 articles\nno person "31mEvil 2J Persn"; did you mean "\uFFFD[31mEvil\uFFFD2J Person"?\n'],
  );

  const stats = runCli(['stats'], env);
  assert.equal(stats.status, 0);
  assert.equal(stats.stdout.split('\n')[5], 'top persons: \uFFFD[31mEvil\uFFFD2J Person (1)');

  const json = runCli(['search', 'coalition', '--json'], env);
  assert.equal(json.stdout.includes('\x1b'), false);
  assert.equal((JSON.parse(json.stdout) as { hits: { title: string }[] }).hits[0]!.title, HOSTILE_TITLE);
});
