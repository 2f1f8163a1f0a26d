import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

test('stats --json on a fresh data dir: every count zero, exactly the agreed keys', (t) => {
  const root = tempDir(t);
  const r = runCli(['stats', '--json'], cliEnv(join(root, 'data')));
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), {
    documents: 0,
    rawPages: 0,
    pendingIndex: 0,
    engineDocuments: 0,
    engine: 'embedded',
    topNations: [],
    topPersons: [],
  });
});

test('stats prints a human summary without --json', (t) => {
  const root = tempDir(t);
  const r = runCli(['stats'], cliEnv(join(root, 'data')));
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, 'documents: 0\nraw pages: 0\npending index: 0\nengine (embedded): 0 documents\ntop nations: -\ntop persons: -\n');
});

test('stats with Meilisearch unreachable says where and why in one line, and prints no stack (issue 19.4)', (t) => {
  const r = runCli(['stats'], cliEnv(tempDir(t), { MEILI_HOST: 'http://127.0.0.1:1', LOG_LEVEL: 'info' }));
  assert.equal(r.status, 0);
  assert.equal(
    r.stdout.split('\n')[3],
    'engine: meilisearch at http://127.0.0.1:1: unreachable (Meilisearch unreachable during init: fetch failed)',
  );
  assert.doesNotMatch(r.stderr, /stack|\n\s+at /);
});
