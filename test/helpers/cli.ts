/**
 * @module Running the real CLI (`node bin/archivist.js …`: the esbuild bundle of src/cli/main.ts,
 * see src/runtime/bundle.mjs) from tests, the way a user does, with the environment pointing at a
 * temp data dir.
 */
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = 'bin/archivist.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a CLI run: the given data dir, quiet logs, no Meilisearch unless asked. */
export function cliEnv(dataDir: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ARCHIVIST_DATA_DIR: dataDir, LOG_LEVEL: 'error', ...extra };
  if (!('MEILI_HOST' in extra)) delete env.MEILI_HOST;
  return env;
}

export function runCli(args: string[], env: NodeJS.ProcessEnv, timeoutMs = 120_000): CliResult {
  const r = spawnSync(process.execPath, [MAIN, ...args], {
    cwd: REPO_ROOT,
    env,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 2 ** 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Start the CLI without waiting (for kill tests). */
export function spawnCli(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [MAIN, ...args], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}
