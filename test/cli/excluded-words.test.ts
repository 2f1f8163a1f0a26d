import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Command } from 'commander';
import { excludedWordsAsArguments } from '../../src/cli/excluded-words.js';
import { commands } from '../../src/cli/commands/index.js';

const program = new Command('archivist').version('0.0.0', '-V, --version');
for (const command of commands) program.addCommand(command);
const rewrite = (...args: string[]) => excludedWordsAsArguments(['node', 'archivist', ...args], program, ['search', 'export']).slice(2);

test('excludedWordsAsArguments: -words move behind --, in order; options keep their values, whatever they look like', () => {
  assert.deepEqual(rewrite('search', 'a', '-b', '--nation', '-x', 'c', '--json'), [
    'search',
    '--nation',
    '-x',
    '--json',
    '--',
    'a',
    '-b',
    'c',
  ]);
  assert.deepEqual(rewrite('export', '-b', '--bogus', '--nation=France', '--', '--d'), [
    'export',
    '--bogus',
    '--nation=France',
    '--',
    '-b',
    '--d',
  ]);
  assert.deepEqual(rewrite('search', '-V', '-h', '-Vatican'), ['search', '-V', '-h', '--', '-Vatican']);
  // nothing to move, or another command: unchanged
  assert.deepEqual(rewrite('search', 'a', '--bogus', '-'), ['search', 'a', '--bogus', '-']);
  assert.deepEqual(rewrite('crawl', 'https://example.org/', '-x'), ['crawl', 'https://example.org/', '-x']);
  assert.deepEqual(rewrite('-V', 'search', '-x'), ['-V', 'search', '--', '-x']);
});
