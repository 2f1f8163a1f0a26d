import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Each run starts a real CLI process (tsx + the whole command tree): a few seconds at most.
const TIMEOUT_MS = 60_000;
const cwd = new URL('../../', import.meta.url).pathname;

function cli(args: string[], input?: string) {
  const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'entities', ...args], { cwd, input, encoding: 'utf8', timeout: TIMEOUT_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('plain text on stdin: one {"nations","persons"} object', () => {
  const r = cli([], 'Defense Secretary Ash Carter met French officials.\n\n"We agreed," Carter said in the UAE.\n');
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { nations: ['France', 'United Arab Emirates'], persons: ['Ash Carter'] });
});

test('a file argument; Arabic detected from the script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-entities-'));
  const file = join(dir, 'ar.txt');
  writeFileSync(file, 'وقالت الدكتورة منى البلوشي إن سلطنة عمان تجذب الاستثمارات.');
  const r = cli([file]);
  assert.equal(r.code, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), { nations: ['Oman'], persons: ['منى البلوشي'] });
});

test('--ndjson: one output line per input line, bad lines reported, the batch goes on', () => {
  const input = [
    JSON.stringify({ id: 'a', text: 'Jordan and Iraq reopened the border.' }),
    'this is not json',
    JSON.stringify({ id: 7 }),
    JSON.stringify({ id: 'b', text: 'Michael Jordan watched the UK final.' }),
  ].join('\n');
  const r = cli(['--ndjson'], `${input}\n`);
  assert.equal(r.code, 0, r.stderr);
  const lines = r.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(lines.length, 4);
  assert.deepEqual(lines[0], { id: 'a', nations: ['Iraq', 'Jordan'], persons: [] });
  assert.deepEqual(lines[1], { id: null, error: { code: 'invalid_body', message: 'line 2: not JSON' } });
  assert.equal((lines[2] as { id: unknown }).id, 7);
  assert.equal((lines[2] as { error: { code: string } }).error.code, 'invalid_body');
  assert.deepEqual(lines[3], { id: 'b', nations: ['United Kingdom'], persons: ['Michael Jordan'] });
});

test('a missing file exits 1 with a one-line reason', () => {
  const r = cli(['/nonexistent/archivist-entities.txt']);
  assert.equal(r.code, 1);
  // npx may print its own warnings first: the reason is one line of its own
  assert.match(r.stderr, /^archivist: cannot read \/nonexistent\/archivist-entities\.txt/mu);
});
