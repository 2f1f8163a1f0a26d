import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBundle, bundleEntry, bundled } from '../../src/runtime/bundle.mjs';

test('a bundled module keeps the URL of its source, so files it names beside itself are found', async () => {
  const url = await bundleEntry('test/runtime/where.fixture.ts', 'test-where');
  assert.ok(url, 'esbuild built the bundle');
  assert.match(url, /\/node_modules\/\.cache\/archivist\/test-where\/test-where\.mjs$/);
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

test('a package needed only behind import() is loaded there, not at the start of the bundle', async () => {
  const url = await buildBundle('test/runtime/split.fixture.ts', 'test-split');
  const entry = readFileSync(fileURLToPath(url), 'utf8');
  assert.doesNotMatch(entry, /from "commander"/);
  const chunks = readdirSync(fileURLToPath(new URL('.', url))).filter((f) => f.startsWith('chunk-') && f.endsWith('.mjs'));
  assert.equal(chunks.filter((f) => readFileSync(fileURLToPath(new URL(f, url)), 'utf8').includes('from "commander"')).length, 1);
  const mod = (await import(url)) as { lazyName: () => Promise<string> };
  assert.equal(await mod.lazyName(), 'lazy');
});

test('the bundle is rebuilt when a source changes, and left alone when none did', async (t) => {
  const source = fileURLToPath(new URL('./stamp.fixture.ts', import.meta.url));
  t.after(() => rmSync(source, { force: true }));
  writeFileSync(source, 'export const value = 1;\n');
  const url = await buildBundle('test/runtime/stamp.fixture.ts', 'test-stamp');
  const file = fileURLToPath(url);
  assert.match(readFileSync(file, 'utf8'), /value = 1;/);
  const built = statSync(file).mtimeMs;
  assert.equal(await buildBundle('test/runtime/stamp.fixture.ts', 'test-stamp'), url);
  assert.equal(statSync(file).mtimeMs, built); // up to date: not rewritten
  writeFileSync(source, 'export const value = 22;\n');
  await buildBundle('test/runtime/stamp.fixture.ts', 'test-stamp');
  assert.match(readFileSync(file, 'utf8'), /value = 22;/);
  rmSync(file); // a file of the bundle gone: rebuilt, whatever the stamp says
  await buildBundle('test/runtime/stamp.fixture.ts', 'test-stamp');
  assert.match(readFileSync(file, 'utf8'), /value = 22;/);
});

test('a bundle built in another folder (an install copied or moved) is rebuilt for this one', async () => {
  const url = await buildBundle('test/runtime/where.fixture.ts', 'test-moved');
  const stampFile = fileURLToPath(new URL('inputs.json', url));
  const record = JSON.parse(readFileSync(stampFile, 'utf8')) as { root: string };
  const root = fileURLToPath(new URL('../..', import.meta.url));
  assert.equal(record.root, root);
  // as a copy of the install would find it: built in the old folder, every input unchanged
  writeFileSync(stampFile, JSON.stringify({ ...record, root: '/srv/old-install/' }));
  await buildBundle('test/runtime/where.fixture.ts', 'test-moved');
  assert.equal((JSON.parse(readFileSync(stampFile, 'utf8')) as { root: string }).root, root);
});
