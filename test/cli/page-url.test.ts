import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliEnv, REPO_ROOT, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

const LINE =
  "error: option '--url <url>' argument 'notaurl' is invalid. expected an absolute http(s) URL, like https://www.albawaba.com/news/some-story-1300001\n";

test('--url that is not an absolute http(s) URL is a usage error in parse and ingest: exit 1, one line, nothing read or stored', (t) => {
  const dataDir = join(tempDir(t), 'data');
  const page = join(REPO_ROOT, 'demo', 'pages');
  for (const command of ['parse', 'ingest']) {
    const r = runCli([command, page, '--url', 'notaurl'], cliEnv(dataDir));
    assert.deepEqual([command, r.status, r.stdout, r.stderr], [command, 1, '', LINE]);
  }
  assert.equal(existsSync(dataDir), false);
});
