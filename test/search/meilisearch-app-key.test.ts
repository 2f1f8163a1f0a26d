/**
 * The app's scoped key, against a small server that answers Meilisearch's /keys routes as the
 * documentation gives them (GET /keys, POST /keys, DELETE /keys/{uid}; master key as bearer).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { APP_KEY_ACTIONS, APP_KEY_NAME, ensureAppKey } from '../../src/search/meilisearch/app-key.js';
import { cliEnv, spawnCli, type CliResult } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const MASTER = 'master-key-for-tests-0123456789';

interface StoredKey {
  uid: string;
  key: string;
  name: string | null;
  description: string;
  actions: string[];
  indexes: string[];
  expiresAt: string | null;
}

async function keyServer(initial: StoredKey[] = []) {
  const keys = [...initial];
  const calls: string[] = [];
  let n = 0;
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      const send = (status: number, body?: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(body === undefined ? '' : JSON.stringify(body));
      };
      if (req.headers.authorization !== `Bearer ${MASTER}`)
        return send(403, { message: 'The provided API key is invalid.', code: 'invalid_api_key', type: 'auth', link: '' });
      if (req.method === 'GET' && req.url?.startsWith('/keys'))
        return send(200, { results: keys, offset: 0, limit: 1000, total: keys.length });
      if (req.method === 'POST' && req.url === '/keys') {
        const body = JSON.parse(raw) as Omit<StoredKey, 'uid' | 'key'>;
        const created = { ...body, uid: `uid-${++n}`, key: `key-${n}` };
        keys.push(created);
        return send(201, created);
      }
      const del = /^\/keys\/(.+)$/.exec(req.url ?? '');
      if (req.method === 'DELETE' && del) {
        keys.splice(
          keys.findIndex((k) => k.uid === del[1]),
          1,
        );
        return send(204);
      }
      return send(404, { message: 'not found', code: 'not_found', type: 'invalid_request', link: '' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, keys, calls, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

test("the app key is scoped to one index and the adapter's actions; a second run reuses it; an old scope is replaced", async () => {
  const fake = await keyServer([
    { uid: 'old', key: 'old-key', name: APP_KEY_NAME, description: '', actions: ['*'], indexes: ['*'], expiresAt: null },
  ]);
  try {
    assert.deepEqual(await ensureAppKey(fake.url, MASTER, 'articles'), { key: 'key-1', outcome: 'replaced' });
    assert.deepEqual(
      fake.keys.map((k) => [k.name, k.actions, k.indexes, k.expiresAt]),
      [[APP_KEY_NAME, [...APP_KEY_ACTIONS], ['articles'], null]],
    );
    assert.deepEqual(await ensureAppKey(fake.url, MASTER, 'articles'), { key: 'key-1', outcome: 'reused' });
    assert.deepEqual(fake.calls, ['GET /keys?limit=1000', 'DELETE /keys/old', 'POST /keys', 'GET /keys?limit=1000']);
    assert.equal(
      (APP_KEY_ACTIONS as readonly string[]).some((a) => a.startsWith('keys.') || a === '*'),
      false,
    );
  } finally {
    await fake.close();
  }
});

/** The CLI without blocking this process: the fake server answers from it. */
function runCliAsync(args: string[], env: NodeJS.ProcessEnv): Promise<CliResult> {
  const child = spawnCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

test('archivist meili-key writes the key to a file only its owner reads; without the master key it stops with one line', async (t) => {
  const fake = await keyServer();
  try {
    const dir = tempDir(t);
    const out = join(dir, 'secrets', 'meili-api-key');
    const r = await runCliAsync(
      ['meili-key', '--out', out, '--json'],
      cliEnv(dir, { MEILI_HOST: fake.url, MEILI_MASTER_KEY: MASTER, MEILI_INDEX: 'news' }),
    );
    assert.deepEqual([r.status, JSON.parse(r.stdout)], [0, { outcome: 'created', index: 'news', file: out }]);
    assert.deepEqual([readFileSync(out, 'utf8'), statSync(out).mode & 0o777], ['key-1\n', 0o600]);
    assert.deepEqual(fake.keys[0]!.indexes, ['news']);
    const none = await runCliAsync(['meili-key', '--out', out], cliEnv(dir, { MEILI_HOST: fake.url, MEILI_MASTER_KEY: '' }));
    assert.deepEqual(
      [none.status, none.stderr],
      [1, "archivist: MEILI_MASTER_KEY: not set: the master key is needed to make the app's key\n"],
    );
  } finally {
    await fake.close();
  }
});
