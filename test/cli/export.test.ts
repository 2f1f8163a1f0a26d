import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

test('archivist export: every match of a search (not a page), as GET /api/export writes it, capped by EXPORT_MAX_ROWS', (t) => {
  const dir = tempDir(t);
  const env = cliEnv(dir);
  assert.equal(runCli(['ingest', join(REPO_ROOT, 'demo', 'pages')], env).status, 0);
  const titles = (args: string[]) =>
    (
      JSON.parse(runCli(['search', ...args, '--limit', '100', '--sort', 'newest', '--json'], env).stdout) as { hits: { title: string }[] }
    ).hits.map((h) => h.title);

  const ndjson = runCli(['export', 'coalition', '--nation', 'usa', '--nation', 'france', '--format', 'ndjson', '--fields', 'title'], env);
  assert.equal(ndjson.status, 0);
  const exported = ndjson.stdout
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as { title: string }).title);
  assert.deepEqual([exported.length, exported], [8, titles(['coalition', '--nation', 'usa', '--nation', 'france'])]);

  const out = join(dir, 'jordan.csv');
  const csv = runCli(['export', '--nation', 'الأردن', '--sort', 'oldest', '--fields', 'publishedAt,nations', '--out', out], env);
  const rows = readFileSync(out, 'utf8').trim().split('\r\n');
  assert.deepEqual([csv.status, csv.stderr.trim().endsWith(`written to ${out}`), rows[0]], [0, true, 'publishedAt,nations']);
  assert.deepEqual(
    rows.slice(1).map((r) => r.slice(0, 20)),
    [...rows.slice(1).map((r) => r.slice(0, 20))].sort(),
  );
  assert.equal(
    rows.slice(1).every((r) => r.includes('Jordan')),
    true,
  );

  const capped = runCli(['export', '--format', 'json'], { ...env, EXPORT_MAX_ROWS: '3' });
  assert.notEqual(capped.status, 0);
  assert.match(capped.stderr, /the search matches \d+ articles and an export holds at most 3 \(EXPORT_MAX_ROWS\)/);
  const bad = runCli(['export', '--fields', 'title,colour'], env);
  assert.deepEqual([bad.status !== 0, /unknown field "colour"/.test(bad.stderr)], [true, true]);
});

test('export refuses --sort relevance (not an export order), and notes on stderr a filter value that matched nothing', (t) => {
  const env = cliEnv(tempDir(t));
  assert.equal(runCli(['ingest', join(REPO_ROOT, 'demo', 'pages')], env).status, 0);

  for (const sort of ['relevance', 'latest']) {
    const r = runCli(['export', 'coalition', '--sort', sort], env);
    assert.deepEqual([r.status, r.stdout, r.stderr], [1, '', 'archivist: --sort must be one of newest, oldest\n']);
  }

  const typo = runCli(['export', '--nation', 'Frence', '--person', 'Ash Carterr', '--fields', 'id'], env);
  assert.deepEqual(
    [typo.status, typo.stdout, typo.stderr],
    [0, 'id\r\n', 'no nation "Frence"; did you mean "France"?\nno person "Ash Carterr"; did you mean "Ash Carter"?\n'],
  );
});
