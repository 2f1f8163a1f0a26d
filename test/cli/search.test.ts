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
