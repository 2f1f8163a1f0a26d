import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

test('--version and -V print the package version and exit 0', () => {
  for (const flag of ['--version', '-V']) {
    const r = runCli([flag], process.env);
    assert.deepEqual({ status: r.status, stdout: r.stdout, stderr: r.stderr }, { status: 0, stdout: `${VERSION}\n`, stderr: '' });
  }
});

test('logs: one JSON object per line off a terminal, one readable line with LOG_FORMAT=pretty', (t) => {
  const json = runCli(['stats'], cliEnv(tempDir(t), { LOG_LEVEL: 'info' }));
  assert.equal(json.status, 0);
  const first = JSON.parse(json.stderr.split('\n')[0]!) as Record<string, unknown>;
  assert.deepEqual([first.msg, first.stage, first.app, first.level], ['archive schema migrated', 'store', 'archivist', 30]);

  const pretty = runCli(['stats'], cliEnv(tempDir(t), { LOG_LEVEL: 'info', LOG_FORMAT: 'pretty' }));
  assert.equal(pretty.status, 0);
  const line = pretty.stderr.split('\n')[0]!;
  assert.match(line, /^\[\d{2}:\d{2}:\d{2}\] INFO: archive schema migrated \{"stage":"store","file":".*archive\.db","applied":1\}$/);
});
