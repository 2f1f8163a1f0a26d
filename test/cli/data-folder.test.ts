import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import type { CliResult } from '../helpers/cli.js';
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

/**
 * Runs the CLI as a user the modes apply to: this user, or `nobody` (through setpriv) when this
 * is root, which may write anywhere. Undefined when neither is possible (root without setpriv).
 */
function unprivileged(): ((args: string[], env: NodeJS.ProcessEnv) => CliResult) | undefined {
  if (process.getuid?.() !== 0) return (args, env) => runCli(args, env, TIMEOUT_MS);
  const nobody = /^nobody:[^:]*:(\d+):(\d+):/m.exec(readFileSync('/etc/passwd', 'utf8'));
  if (!nobody) return undefined;
  const run = (args: string[], env: NodeJS.ProcessEnv): CliResult => {
    const setpriv = [`--reuid=${nobody[1]}`, `--regid=${nobody[2]}`, '--clear-groups', process.execPath, 'bin/archivist.js'];
    const r = spawnSync('setpriv', [...setpriv, ...args], { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: TIMEOUT_MS });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  return run(['--version'], process.env).status === 0 ? run : undefined;
}

test('a data folder or archive it cannot write: one line naming the variable, the path and why', (t) => {
  const cli = unprivileged();
  if (!cli) return t.skip('running as root without setpriv or a nobody user');
  const root = tempDir(t);
  chmodSync(root, 0o755); // the other user must reach the folders inside
  const folder = join(root, 'read-only');
  mkdirSync(folder, { mode: 0o555 });
  const r = cli(['stats'], cliEnv(folder));
  assert.deepEqual(
    [r.status, r.stdout, r.stderr],
    [1, '', `archivist: ARCHIVIST_DATA_DIR: the data folder ${folder} cannot be used: ${folder} is not writable\n`],
  );
  const open = join(root, 'open');
  mkdirSync(open);
  chmodSync(open, 0o777);
  writeFileSync(join(open, 'archive.db'), '', { mode: 0o444 });
  const file = cli(['search', 'x'], cliEnv(open));
  assert.deepEqual(
    [file.status, file.stdout, file.stderr],
    [1, '', `archivist: ARCHIVIST_DATA_DIR: the data folder ${open} cannot be used: ${open}/archive.db is not writable\n`],
  );
});
