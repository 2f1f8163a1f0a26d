import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

test('a bad ARCHIVIST_ENTITIES file stops a command with one line naming the variable, the file and the reason', (t) => {
  const dir = tempDir(t);
  const missing = join(dir, 'missing.json');
  const r = runCli(['stats'], cliEnv(dir, { ARCHIVIST_ENTITIES: missing }));
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [1, '', `archivist: ARCHIVIST_ENTITIES: cannot read ${missing}: ENOENT: no such file or directory, open '${missing}'\n`],
  );
  const clash = join(dir, 'clash.json');
  writeFileSync(clash, JSON.stringify({ persons: [{ id: 'someone-else', en: 'Someone Else', aliases: ['MBS'] }] }));
  const c = runCli(['stats'], cliEnv(dir, { ARCHIVIST_ENTITIES: clash }));
  assert.deepEqual(
    [c.status, c.stderr],
    [1, 'archivist: the name "mbs" is given to both person:mohammed-bin-salman and person:someone-else\n'],
  );
});
