import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { startWorker, workerExecArgv } from '../../src/runtime/start-worker.js';

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
const folder = mkdtempSync(join(tmpdir(), 'archivist-start-worker-'));
after(() => rmSync(folder, { recursive: true, force: true }));
const SCRIPT = pathToFileURL(join(folder, 'worker.mjs'));
writeFileSync(SCRIPT, 'import { parentPort } from "node:worker_threads"; parentPort.postMessage("ran");');

/** What the worker said first, or the error it failed with (thrown at start included). */
function outcome(start: () => Worker): Promise<string> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = start();
    } catch (err) {
      resolve(`thrown: ${(err as { code?: string }).code}`);
      return;
    }
    worker.once('message', (m: string) => resolve(m));
    worker.once('error', (err) => resolve(`error: ${err.message}`));
  });
}

test('workers start under the options of an --input-type=module --eval process, memory limits among them', async () => {
  const evalArgv = ['--input-type=module', '--eval', 'void 0'];
  // what Node does with those options as they are: the reason for startWorker
  assert.match(await outcome(() => new Worker(SCRIPT, { execArgv: evalArgv })), /^error: --input-type can only be used with string input/);
  const withLimit = ['--max-old-space-size=512', ...evalArgv];
  assert.equal(await outcome(() => new Worker(SCRIPT, { execArgv: workerExecArgv(withLimit) })), 'thrown: ERR_WORKER_INVALID_EXEC_ARGV');
  assert.equal(await outcome(() => startWorker(SCRIPT, evalArgv)), 'ran');
  assert.equal(await outcome(() => startWorker(SCRIPT, withLimit)), 'ran');
  assert.equal(await outcome(() => startWorker(SCRIPT, ['--max-old-space-size=512'])), 'ran', 'inherited, as Node does by default');
});
