import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDataFolder } from '../../src/app/data-folder.js';
import { inputErrorOf } from '../helpers/input-error.js';
import { tempDir } from '../helpers/tmp.js';

// Root may write anywhere whatever the modes say, and these tests may run as root (a container):
// the access checks are faked here. test/cli/data-folder.test.ts runs the real CLI as a user
// without the permission.
const writable = () => true;
const notWritable = (paths: string[]) => (path: string) => !paths.includes(path);

const failure = inputErrorOf;

test('a data folder it cannot write: one line naming the variable, the folder and what is not writable', (t) => {
  const dir = tempDir(t);
  assert.equal(
    failure(() => checkDataFolder(dir, 'archive.db', notWritable([dir]), writable)),
    `ARCHIVIST_DATA_DIR | ARCHIVIST_DATA_DIR: the data folder ${dir} cannot be used: ${dir} is not writable`,
  );
});

test('an archive file it cannot write (the database, its -wal or -shm): the same line naming that file', (t) => {
  const dir = tempDir(t);
  for (const name of ['archive.db', 'archive.db-wal', 'archive.db-shm']) writeFileSync(join(dir, name), '');
  for (const name of ['archive.db', 'archive.db-wal', 'archive.db-shm']) {
    const file = join(dir, name);
    assert.equal(
      failure(() => checkDataFolder(dir, 'archive.db', writable, notWritable([file]))),
      `ARCHIVIST_DATA_DIR | ARCHIVIST_DATA_DIR: the data folder ${dir} cannot be used: ${file} is not writable`,
    );
  }
});

test('a writable folder passes; a missing one is created; files not there yet are not checked', (t) => {
  const dir = join(tempDir(t), 'a', 'b');
  assert.equal(
    failure(() => checkDataFolder(dir, 'archive.db', writable, () => assert.fail('no archive file exists yet'))),
    'no error',
  );
  assert.equal(
    failure(() => checkDataFolder(dir, 'archive.db')),
    'no error',
  );
});
