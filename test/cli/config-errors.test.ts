import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const TIMEOUT_MS = 60_000;
const PAGE = join(REPO_ROOT, 'test', 'scrapers', 'pages', 'generic-plain.html');

test(
  'a bad LOG_FORMAT, ARCHIVIST_BUNDLE or MEILI_HOST stops the command at start with one line naming it',
  { timeout: TIMEOUT_MS },
  (t) => {
    const cases: [Record<string, string>, string][] = [
      [{ LOG_FORMAT: 'xml' }, 'archivist: LOG_FORMAT: Invalid option: expected one of "json"|"pretty" (got "xml")\n'],
      [{ ARCHIVIST_BUNDLE: 'nope' }, 'archivist: ARCHIVIST_BUNDLE: Invalid option: expected one of "0"|"1" (got "nope")\n'],
      [{ MEILI_HOST: 'ftp://x' }, 'archivist: MEILI_HOST: expected an http or https URL (got "ftp://x")\n'],
    ];
    for (const [extra, line] of cases) {
      const r = runCli(['stats'], cliEnv(tempDir(t), extra), TIMEOUT_MS);
      assert.deepEqual([r.status, r.stdout, r.stderr], [1, '', line]);
    }
  },
);

test('a bad LOG_LEVEL or LOG_FORMAT stops `parse` too (it logs without loading the configuration)', { timeout: TIMEOUT_MS }, () => {
  const level = runCli(['parse', PAGE], { ...process.env, LOG_LEVEL: 'verbose' }, TIMEOUT_MS);
  assert.deepEqual(
    [level.status, level.stdout, level.stderr],
    [
      1,
      '',
      'archivist: LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "verbose")\n',
    ],
  );
  const format = runCli(['parse', PAGE], { ...process.env, LOG_LEVEL: 'error', LOG_FORMAT: 'xml' }, TIMEOUT_MS);
  assert.deepEqual(
    [format.status, format.stdout, format.stderr],
    [1, '', 'archivist: LOG_FORMAT: Invalid option: expected one of "json"|"pretty" (got "xml")\n'],
  );
});

test('empty variables count as unset: the command runs with the defaults', { timeout: TIMEOUT_MS }, (t) => {
  const empty = {
    PORT: '',
    HOST: '',
    MEILI_INDEX: '',
    EXPORT_MAX_ROWS: '',
    LOG_LEVEL: '',
    LOG_FORMAT: '',
    ARCHIVIST_BUNDLE: '',
    MEILI_HOST: '',
  };
  const r = runCli(['stats', '--json'], cliEnv(tempDir(t), empty), TIMEOUT_MS);
  assert.deepEqual([r.status, (JSON.parse(r.stdout) as { documents: number }).documents, r.stderr.includes('"level":30')], [0, 0, true]);
});
