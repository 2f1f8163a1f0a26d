import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { bundleEntry, bundled } from '../../src/runtime/bundle.mjs';

test('a bundled module keeps the URL of its source, so files it names beside itself are found', async () => {
  const url = await bundleEntry('test/runtime/where.fixture.ts', 'test-where');
  assert.ok(url, 'esbuild built the bundle');
  assert.match(url, /\/node_modules\/\.cache\/archivist\/test-where\.mjs$/);
  assert.doesNotMatch(readFileSync(fileURLToPath(url), 'utf8'), /__name\(/); // no keepNames wrappers
  const mod = (await import(url)) as { here: string; bundlerHere: boolean };
  assert.equal(mod.here, new URL('./where.fixture.ts', import.meta.url).href);
  assert.equal(mod.bundlerHere, true); // bundle.mjs itself bundled intact
  assert.equal(await bundleEntry('test/runtime/where.fixture.ts', 'test-where'), url); // built once per process
});

test('ARCHIVIST_BUNDLE=0 makes the callers fall back to tsx', async (t) => {
  process.env.ARCHIVIST_BUNDLE = '0';
  t.after(() => delete process.env.ARCHIVIST_BUNDLE);
  assert.equal(await bundled('parse-worker'), undefined);
});

test('a source that does not compile gives no bundle (the caller falls back), not a crash', async () => {
  assert.equal(await bundleEntry('test/runtime/no-such-entry.ts', 'test-missing'), undefined);
});
