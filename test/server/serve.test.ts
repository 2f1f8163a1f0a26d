// `archivist serve` as a process: listens, answers, shuts down cleanly on SIGTERM; a taken port
// is a one-line failure. (The demo seeding path is driven by test/e2e/search.browser.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const MAIN = join(import.meta.dirname, '../../src/cli/main.ts');
// Start-up under a loaded 2-core machine (tsx compile + engine open) stays well under this.
const START_TIMEOUT_MS = 60_000;

function serve(args: string[], dataDir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, 'serve', ...args], {
    env: { ...process.env, ARCHIVIST_DATA_DIR: dataDir, LOG_LEVEL: 'warn', MEILI_HOST: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no listening line in time: ${stderr}`)), START_TIMEOUT_MS);
    child.stderr.on('data', () => {
      const m = /serving on (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', () => {
      clearTimeout(timer);
      reject(new Error(`exited: ${stderr}`));
    });
  });
  url.catch(() => {});
  return { child, url, stderr: () => stderr };
}

test('serve --port 0: answers, then exits 0 on SIGTERM', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-serve-'));
  try {
    const { child, url } = serve(['--port', '0'], dir);
    const base = await url;
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 200);
    const search = (await (await fetch(`${base}/api/search`)).json()) as { total: number };
    assert.equal(search.total, 0);
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    const text = await page.text();
    assert.match(text, /<strong class="total">0<\/strong> articles/);
    assert.match(text, /<h2 id="empty-title">The archive is empty<\/h2>/);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve with an unreachable engine still starts: not ready, search 503, pages say so', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-serve-'));
  try {
    // port 9 (discard) on loopback: nothing listens, connections are refused at once
    const { child, url } = serve(['--port', '0'], dir, { MEILI_HOST: 'http://127.0.0.1:9' });
    const base = await url;
    const ready = await fetch(`${base}/readyz`);
    assert.equal(ready.status, 503);
    assert.equal(((await ready.json()) as { status: string }).status, 'not_ready');
    const search = await fetch(`${base}/api/search?q=x`);
    assert.equal(search.status, 503);
    assert.deepEqual(await search.json(), {
      error: { code: 'engine_unavailable', message: 'the search engine is unavailable; try again shortly' },
    });
    assert.equal((await fetch(`${base}/?q=x`)).status, 503);
    assert.equal((await fetch(`${base}/healthz`)).status, 200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve on a port already taken: exit 1 with a one-line reason', { timeout: 90_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-serve-'));
  const blocker = createServer().listen(0, '127.0.0.1');
  await once(blocker, 'listening');
  const { port } = blocker.address() as { port: number };
  try {
    const { child, stderr } = serve(['--port', String(port)], dir);
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    const lines = stderr()
      .split('\n')
      .filter((l) => l.startsWith('archivist:'));
    assert.deepEqual(lines, [`archivist: listen EADDRINUSE: address already in use 127.0.0.1:${port}`]);
  } finally {
    blocker.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve --port with a bad value is a usage error', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'archivist-serve-'));
  try {
    const { child, stderr } = serve(['--port', 'eighty'], dir);
    const [code] = await once(child, 'exit');
    assert.equal(code, 1);
    assert.match(stderr(), /option '--port <n>' argument 'eighty' is invalid\. expected a port number from 0 to 65535/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
