import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';

// Nothing listens on port 1: a crawl that gets past its options stops at once (robots.txt unreachable).
const NOWHERE = 'http://127.0.0.1:1/';

test('crawl --since takes only a real YYYY-MM-DD day or ISO 8601 timestamp, as search --from does', (t) => {
  const env = cliEnv(tempDir(t));
  for (const since of ['2016-02-30', '5', '2016-13-01', 'March 2016', '2016-01-21T25:00:00Z']) {
    const r = runCli(['crawl', NOWHERE, '--since', since], env);
    assert.deepEqual(
      [since, r.status, r.stdout, r.stderr],
      [since, 1, '', 'archivist: --since: expected a date YYYY-MM-DD or an ISO 8601 timestamp\n'],
    );
  }
  for (const since of ['2016-02-29', '2016-02-29T10:30:00+03:00']) {
    const r = runCli(['crawl', NOWHERE, '--since', since], env);
    assert.deepEqual([since, r.status, r.stderr], [since, 1, 'archivist: crawl fetched nothing (robots_unreachable 3)\n']);
  }
});
