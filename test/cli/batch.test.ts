// `archivist batch`: the batch lookup from a terminal, over an archive of the sample documents, no server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openContext } from '../../src/app/index.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { drainOutbox } from '../../src/pipeline/indexer.js';
import { cliEnv, runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { sampleDocs } from '../server/helpers.js';

test('archivist batch names.txt: NDJSON, --csv and --json, the API answers; bad lists exit 1 with one line', async (t) => {
  const root = tempDir(t);
  const env = cliEnv(join(root, 'data'));
  const ctx = await openContext(loadConfig(env), { log: silentLogger() });
  for (const doc of sampleDocs()) ctx.archive.saveDocument(doc);
  await drainOutbox(ctx);
  await ctx.close();
  const names = join(root, 'names.txt');
  writeFileSync(names, '\uFEFFAsh Carter\r\n\r\nحيدر العبادي\nzeppelin, "airship"\n');

  const ndjson = runCli(['batch', names], env);
  assert.equal(ndjson.status, 0, ndjson.stderr);
  const [paris, mosul] = [sampleDocs()[1]!, sampleDocs()[4]!];
  const mention = (d: typeof paris) => ({ id: d.id, title: d.title, publishedAt: d.publishedAt });
  assert.deepEqual(
    ndjson.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l)),
    [
      {
        lineNumber: 1,
        line: 'Ash Carter',
        read: { kind: 'person', label: 'Ash Carter' },
        total: 1,
        first: mention(paris),
        last: mention(paris),
        coMentions: {
          nations: [
            { value: 'France', count: 1 },
            { value: 'United States', count: 1 },
          ],
          persons: [{ value: 'Jean-Yves Le Drian', count: 1 }],
        },
      },
      {
        lineNumber: 3,
        line: 'حيدر العبادي',
        read: { kind: 'person', label: 'Haider al-Abadi' },
        total: 1,
        first: mention(mosul),
        last: mention(mosul),
        coMentions: { nations: [{ value: 'Iraq', count: 1 }], persons: [] },
      },
      {
        lineNumber: 4,
        line: 'zeppelin, "airship"',
        read: { kind: 'text', label: 'zeppelin, "airship"' },
        total: 0,
        first: null,
        last: null,
        coMentions: { nations: [], persons: [] },
      },
    ],
  );

  const csv = runCli(['batch', names, '--csv'], env);
  assert.equal(csv.status, 0, csv.stderr);
  assert.equal(
    csv.stdout,
    'lineNumber,line,kind,label,total,first,last,nations,persons\r\n' +
      '1,Ash Carter,person,Ash Carter,1,2016-11-02T15:00:00Z,2016-11-02T15:00:00Z,France (1); United States (1),Jean-Yves Le Drian (1)\r\n' +
      '3,حيدر العبادي,person,Haider al-Abadi,1,2017-02-20T07:45:00Z,2017-02-20T07:45:00Z,Iraq (1),\r\n' +
      '4,"zeppelin, ""airship""",text,"zeppelin, ""airship""",0,,,,\r\n',
  );

  const json = JSON.parse(runCli(['batch', names, '--json'], env).stdout);
  assert.deepEqual(Object.keys(json), ['lines', 'tookMs']);
  assert.equal(json.lines.length, 3);

  const tooMany = join(root, 'many.txt');
  writeFileSync(tooMany, Array.from({ length: 1_001 }, (_, i) => `n${i}`).join('\n'));
  assert.deepEqual(pick(runCli(['batch', tooMany], env)), [1, '', 'archivist: lines: at most 1,000 lines in one batch\n']);
  const long = join(root, 'long.txt');
  writeFileSync(long, `a\n${'x'.repeat(513)}\n`);
  assert.deepEqual(pick(runCli(['batch', long], env)), [1, '', 'archivist: line 2 is longer than 512 characters (the limit of a query)\n']);
  const missing = join(root, 'missing.txt');
  assert.deepEqual(pick(runCli(['batch', missing], env)), [
    1,
    '',
    `archivist: cannot read ${missing}: ENOENT: no such file or directory, open '${missing}'\n`,
  ]);
});

const pick = (r: { status: number | null; stdout: string; stderr: string }) => [r.status, r.stdout, r.stderr];
