import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// Bounded: before the fix, a folder under /proc made `stats` spin at 100% CPU with no output.
const TIMEOUT_MS = 30_000;

test('a data folder that cannot be created: one line naming the variable, the path and why, in bounded time', (t) => {
  const r = runCli(['stats'], cliEnv('/proc/archivist-nope'), TIMEOUT_MS);
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [1, '', 'archivist: ARCHIVIST_DATA_DIR: the data folder /proc/archivist-nope cannot be used: /proc does not allow new folders\n'],
  );
  const file = join(tempDir(t), 'a-file');
  writeFileSync(file, 'x');
  const under = runCli(['stats'], cliEnv(join(file, 'data')), TIMEOUT_MS);
  assert.deepEqual(
    [under.status, under.stderr],
    [1, `archivist: ARCHIVIST_DATA_DIR: the data folder ${file}/data cannot be used: ${file} is a file, not a folder\n`],
  );
});

test('a data folder several levels deep is created', (t) => {
  const deep = join(tempDir(t), 'a', 'b', 'c');
  const r = runCli(['stats', '--json'], cliEnv(deep), TIMEOUT_MS);
  assert.deepEqual([r.status, (JSON.parse(r.stdout) as { documents: number }).documents], [0, 0]);
});
