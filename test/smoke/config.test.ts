import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadConfig } from '../../src/config.js';
import { InputError } from '../../src/errors.js';

test('loadConfig applies the documented defaults', () => {
  const c = loadConfig({});
  assert.deepEqual(c, {
    dataDir: './data',
    port: 3000,
    host: '127.0.0.1',
    meiliHost: undefined,
    meiliApiKey: undefined,
    meiliIndex: 'articles',
    apiKey: undefined,
    logLevel: 'info',
    synonymsFile: undefined,
    entitiesFile: undefined,
    exportMaxRows: 100_000,
  });
});

test('loadConfig names the bad variable', () => {
  assert.throws(
    () => loadConfig({ PORT: 'eighty' }),
    (e: unknown) => e instanceof InputError && e.parameter === 'PORT',
  );
  assert.throws(
    () => loadConfig({ MEILI_HOST: 'not a url' }),
    (e: unknown) => e instanceof InputError && e.parameter === 'MEILI_HOST',
  );
  assert.throws(
    () => loadConfig({ LOG_LEVEL: 'loud' }),
    (e: unknown) => e instanceof InputError && e.parameter === 'LOG_LEVEL',
  );
});

test('blank optional variables count as unset', () => {
  assert.equal(loadConfig({ MEILI_HOST: '', ARCHIVIST_API_KEY: '  ' }).meiliHost, undefined);
});
