import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { loadConfig, loadLogSettings } from '../../src/config.js';
import { InputError } from '../../src/errors.js';
import { inputErrorOf } from '../helpers/input-error.js';

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

/** The variables of the README's configuration table, in its order. */
function readmeVariables(): string[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 1));
  return [...section.matchAll(/^\| `([A-Z_]+)` +\|/gm)].map((m) => m[1]!);
}

test('every variable of the README table counts as unset when empty: its default applies', () => {
  const variables = readmeVariables();
  assert.equal(variables.length, 14);
  for (const empty of ['', '  ']) {
    const env = Object.fromEntries(variables.map((v) => [v, empty]));
    assert.deepEqual(loadConfig(env), loadConfig({}));
    assert.deepEqual(loadLogSettings(env), { level: 'info', format: undefined });
  }
  assert.deepEqual([loadConfig({ PORT: '' }).port, loadConfig({ EXPORT_MAX_ROWS: '' }).exportMaxRows], [3000, 100_000]);
});

test('a bad LOG_LEVEL, LOG_FORMAT, ARCHIVIST_BUNDLE or MEILI_HOST: one line naming the variable and the valid values', () => {
  const message = inputErrorOf;
  assert.deepEqual(
    [
      message(() => loadConfig({ LOG_FORMAT: 'xml' })),
      message(() => loadConfig({ ARCHIVIST_BUNDLE: 'nope' })),
      message(() => loadConfig({ MEILI_HOST: 'ftp://x' })),
      message(() => loadConfig({ MEILI_HOST: 'not a url' })),
      message(() => loadLogSettings({ LOG_LEVEL: 'verbose' })),
      message(() => loadLogSettings({ LOG_FORMAT: 'xml' })),
    ],
    [
      'LOG_FORMAT | LOG_FORMAT: Invalid option: expected one of "json"|"pretty" (got "xml")',
      'ARCHIVIST_BUNDLE | ARCHIVIST_BUNDLE: Invalid option: expected one of "0"|"1" (got "nope")',
      'MEILI_HOST | MEILI_HOST: expected an http or https URL (got "ftp://x")',
      'MEILI_HOST | MEILI_HOST: expected an http or https URL (got "not a url")',
      'LOG_LEVEL | LOG_LEVEL: Invalid option: expected one of "fatal"|"error"|"warn"|"info"|"debug"|"trace"|"silent" (got "verbose")',
      'LOG_FORMAT | LOG_FORMAT: Invalid option: expected one of "json"|"pretty" (got "xml")',
    ],
  );
  assert.deepEqual(
    [loadConfig({ ARCHIVIST_BUNDLE: '0' }), loadConfig({ ARCHIVIST_BUNDLE: '1' }), loadLogSettings({ LOG_FORMAT: 'json' }).format],
    [loadConfig({}), loadConfig({}), 'json'],
  );
  assert.equal(loadConfig({ MEILI_HOST: 'https://meili.example:7700' }).meiliHost, 'https://meili.example:7700');
});
