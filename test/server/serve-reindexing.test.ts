// `archivist serve` over a Meilisearch whose settings re-index takes a while (the fake server
// keeps the task unfinished): the server listens before its index is ready, /readyz answers
// "reindexing" meanwhile, and once the task is done the server is ready (issue 20.8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeMeili } from '../helpers/fake-meili.js';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
const SETTINGS_TASK = 1; // after the index creation

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** GET /readyz until the server answers (it is starting: connections are refused until it listens). */
async function readyz(base: string): Promise<{ status: number; body: unknown }> {
  for (;;) {
    try {
      const res = await fetch(`${base}/readyz`);
      return { status: res.status, body: await res.json() };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

test('serve during a Meilisearch settings re-index: listening, /readyz 503 reindexing, then 200 ready', { timeout: 90_000 }, async () => {
  const fake = await startFakeMeili({ pollsBeforeDone: (type) => (type === 'settingsUpdate' ? 1_000_000 : 0) });
  const dir = mkdtempSync(join(tmpdir(), 'archivist-serve-reindex-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', '--port', String(port)], {
    env: { ...process.env, ARCHIVIST_DATA_DIR: dir, LOG_LEVEL: 'warn', MEILI_HOST: fake.url, MEILI_API_KEY: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  try {
    const base = `http://127.0.0.1:${port}`;
    const during = await readyz(base);
    const detail = (during.body as { engine: { detail: string } }).engine.detail;
    assert.match(detail, /^re-indexing for its settings: task 1 (enqueued|processing) for \d+ s$/);
    assert.deepEqual(during, {
      status: 503,
      body: { status: 'reindexing', engine: { ok: false, engine: 'meilisearch', reindexing: true, detail } },
    });
    fake.tasks[SETTINGS_TASK]!.polls = 1_000_000; // done at the next poll
    while (!/serving on/.test(stderr)) await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(await readyz(base), {
      status: 200,
      body: { status: 'ready', engine: { ok: true, engine: 'meilisearch', detail: 'available' } },
    });
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    await fake.close();
  }
});
