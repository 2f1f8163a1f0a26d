import { after, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { workerExecArgv } from '../../src/runtime/worker-options.js';

test('a worker keeps the Node options but those only a main script takes', () => {
  assert.deepEqual(
    workerExecArgv([
      '--max-old-space-size=4096',
      '--input-type=module',
      '--eval',
      'await run()',
      '--import',
      'tsx',
      '-p',
      '1',
      '--enable-source-maps',
    ]),
    ['--max-old-space-size=4096', '--import', 'tsx', '--enable-source-maps'],
  );
  assert.deepEqual(workerExecArgv(['--input-type', 'module', '-e', 'x', '--cpu-prof']), ['--cpu-prof']);
  assert.deepEqual(workerExecArgv([]), []);
});

// a module file, as the project's workers are (a bundle or a boot file)
const folder = mkdtempSync(join(tmpdir(), 'archivist-worker-options-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const SCRIPT = join(folder, 'worker.mjs');
writeFileSync(SCRIPT, 'import { parentPort } from "node:worker_threads"; parentPort.postMessage("ran");');

test('a worker started with those options from an --input-type=module --eval process runs', async () => {
  const argv = ['--input-type=module', '--eval', 'void 0'];
  const run = (execArgv: string[]) =>
    new Promise<string>((resolve) => {
      const worker = new Worker(SCRIPT, { execArgv });
      worker.once('message', (m: string) => resolve(m));
      worker.once('error', (err) => resolve(`error: ${err.message}`));
    });
  assert.match(await run(argv), /^error: --input-type can only be used with string input/);
  assert.equal(await run(workerExecArgv(argv)), 'ran');
});
