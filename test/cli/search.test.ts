import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

test("archivist search: the API's search from a terminal, with forgiving filters, as text, JSON or NDJSON (issue 19.5)", (t) => {
  const env = cliEnv(tempDir(t));
  assert.equal(runCli(['ingest', join(REPO_ROOT, 'demo', 'pages')], env).status, 0);

  const json = runCli(['search', 'coalition', '--nation', 'usa', '--nation', 'france', '--limit', '2', '--json'], env);
  assert.equal(json.status, 0);
  const body = JSON.parse(json.stdout) as {
    query: { q: string; nations: string[]; perPage: number };
    total: number;
    hits: { title: string }[];
  };
  assert.deepEqual(
    [body.query.q, body.query.nations, body.query.perPage, body.total, body.hits.length],
    ['coalition', ['United States', 'France'], 2, 8, 2],
  );

  const ndjson = runCli(['search', 'coalition', '--nation', 'USA', '--nation', 'France', '--limit', '3', '--ndjson'], env);
  assert.deepEqual(
    ndjson.stdout
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { title: string }).title),
    body.hits
      .map((h) => h.title)
      .concat(
        (
          JSON.parse(
            runCli(['search', 'coalition', '--nation', 'usa', '--nation', 'france', '--limit', '1', '--page', '3', '--json'], env).stdout,
          ) as { hits: { title: string }[] }
        ).hits.map((h) => h.title),
      ),
  );

  const typo = runCli(['search', '--nation', 'Frence'], env);
  assert.deepEqual([typo.status, typo.stdout], [0, '0 articles\nno nation "Frence"; did you mean "France"?\n']);

  const bad = runCli(['search', '--limit', '500'], env);
  assert.deepEqual([bad.status, bad.stderr], [1, 'archivist: --limit must be a whole number from 1 to 100\n']);
});

test('search and export take a lone -word (any script, or -"a phrase") as an excluded word; real and unknown --options behave as before', (t) => {
  const env = cliEnv(tempDir(t));
  assert.equal(runCli(['ingest', join(REPO_ROOT, 'demo', 'pages')], env).status, 0);
  const asked = (args: string[]) => {
    const r = runCli(['search', ...args, '--json'], env);
    const body = JSON.parse(r.stdout) as { query: { q: string; nations: string[] }; total: number };
    return [r.status, body.query.q, body.query.nations, body.total];
  };

  assert.deepEqual(asked(['coalition', '-daesh']), [0, 'coalition -daesh', [], 8]);
  assert.deepEqual(asked(['-daesh', 'coalition', '--nation', 'france']), [0, '-daesh coalition', ['France'], 3]);
  assert.deepEqual(asked(['coalition', '--nation=France', '-daesh']), [0, 'coalition -daesh', ['France'], 3]);
  assert.deepEqual(asked(['coalition', '-Vatican']).slice(0, 2), [0, 'coalition -Vatican']); // not -V (the version)
  assert.deepEqual(asked(['coalition', '-داعش']).slice(0, 2), [0, 'coalition -داعش']);
  assert.deepEqual(asked(['coalition', '-"islamic state"']).slice(0, 2), [0, 'coalition -"islamic state"']);

  const text = runCli(['search', 'coalition', '-daesh'], env);
  assert.deepEqual([text.status, text.stdout.split('\n')[0]], [0, '8 articles']);
  const exported = runCli(['export', 'coalition', '-daesh', '--format', 'ndjson', '--fields', 'id'], env);
  assert.deepEqual([exported.status, exported.stdout.trim().split('\n').length], [0, 8]);

  const unknown = runCli(['search', 'coalition', '--bogus', '-daesh'], env);
  assert.deepEqual([unknown.status, unknown.stdout, unknown.stderr.split('\n')[0]], [1, '', "error: unknown option '--bogus'"]);
  const help = runCli(['search', '-daesh', '-h'], env);
  assert.deepEqual([help.status, help.stdout.split('\n')[0]], [0, 'Usage: archivist search [options] [words...]']);
});
