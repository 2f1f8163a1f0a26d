import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { InputError } from '../../src/errors.js';
import { silentLogger } from '../../src/log.js';
import { loadSynonyms, openEngine } from '../../src/search/index.js';

const dir = mkdtempSync(join(tmpdir(), 'archivist-open-engine-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('openEngine opens the embedded engine under <dataDir>/index without MEILI_HOST', async () => {
  const engine = await openEngine(loadConfig({ ARCHIVIST_DATA_DIR: dir }), silentLogger());
  assert.equal(engine.name, 'embedded');
  assert.equal(existsSync(join(dir, 'index', 'engine.db')), true);
  assert.equal(await engine.count(), 0);
  await engine.close();
});

test('loadSynonyms reads the shipped groups', () => {
  const groups = loadSynonyms();
  assert.deepEqual(groups[0], ['daesh', 'isis', 'isil', 'islamic state']);
});

test('loadSynonyms rejects a malformed file, naming the variable', () => {
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify([['alone']]));
  assert.throws(
    () => loadSynonyms(bad),
    (e: unknown) => e instanceof InputError && e.parameter === 'ARCHIVIST_SYNONYMS',
  );
  assert.throws(
    () => loadSynonyms(join(dir, 'missing.json')),
    (e: unknown) => e instanceof InputError && e.code === 'invalid_config',
  );
});
