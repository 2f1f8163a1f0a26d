/**
 * While Meilisearch re-indexes for new settings (init waits for the settings task, minutes on a
 * large archive), the wait is visible: /readyz says "reindexing" at once instead of waiting with
 * the engine, and the log has a progress line every progressLogMs (issue 20.8). The fake server
 * keeps the settings task (uid 1, after the index creation) unfinished for as many polls as the
 * test says.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { openMeiliEngine } from '../../src/search/meilisearch/index.js';
import { initOnDemand } from '../../src/search/wrappers/init-on-demand.js';
import { createApp } from '../../src/server/index.js';
import { startFakeMeili, type FakeMeili } from '../helpers/fake-meili.js';
import { fakeDeps } from '../server/helpers.js';

const SETTINGS_TASK = 1;

async function untilPolled(fake: FakeMeili, polls: number): Promise<void> {
  while ((fake.tasks[SETTINGS_TASK]?.polls ?? 0) < polls) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** An engine as `serve` holds it, its init started in the background, over a slow settings task. */
async function withReindexing(
  slowPolls: number,
  fn: (fake: FakeMeili, engine: ReturnType<typeof initOnDemand>) => Promise<void>,
  log = pino({ level: 'silent' }),
) {
  const fake = await startFakeMeili({ pollsBeforeDone: (type) => (type === 'settingsUpdate' ? slowPolls : 0) });
  try {
    const meili = await openMeiliEngine(loadConfig({ MEILI_HOST: fake.url }), log, { taskIntervalMs: 5, progressLogMs: 100 });
    const engine = initOnDemand(meili, { synonyms: [] }, { healthWaitMs: 0 });
    const starting = engine.ready();
    await fn(fake, engine);
    await starting;
  } finally {
    await fake.close();
  }
}

test('/readyz during the settings re-index: 503 reindexing at once, with the task and its status; 200 ready after', async () => {
  await withReindexing(10_000, async (fake, engine) => {
    const app = createApp({ ...fakeDeps().deps, engine });
    await untilPolled(fake, 3);
    const during = await request(app).get('/readyz');
    assert.deepEqual(
      [during.status, during.body],
      [
        503,
        {
          status: 'reindexing',
          engine: { ok: false, engine: 'meilisearch', reindexing: true, detail: 're-indexing for its settings: task 1 processing for 0 s' },
        },
      ],
    );
    fake.tasks[SETTINGS_TASK]!.polls = 10_000; // the re-index is done at the next poll
    await engine.ready();
    const after = await request(app).get('/readyz');
    assert.deepEqual(
      [after.status, after.body],
      [200, { status: 'ready', engine: { ok: true, engine: 'meilisearch', detail: 'available' } }],
    );
  });
});

test('the log shows the wait: settings sent, a progress line every progressLogMs with the task status and time, then applied', async () => {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
  await withReindexing(80, async () => {}, log);
  const messages = lines.map((l) => l.msg);
  const progress = lines.filter((l) => l.msg === 'meilisearch re-indexing for its settings: still waiting');
  assert.ok(progress.length >= 2, `${progress.length} progress lines over 80 polls of 5 ms`);
  assert.deepEqual(
    [...new Set(messages)],
    [
      'meilisearch index created',
      'meilisearch settings sent: waiting while it re-indexes every document',
      'meilisearch re-indexing for its settings: still waiting',
      'meilisearch settings applied',
    ],
  );
  for (const [i, line] of progress.entries()) {
    assert.deepEqual(
      { ...line, time: 0, pid: 0, hostname: '', elapsedMs: 0 },
      {
        level: 30,
        time: 0,
        pid: 0,
        hostname: '',
        engine: 'meilisearch',
        index: 'articles',
        taskUid: 1,
        status: 'processing',
        elapsedMs: 0,
        msg: 'meilisearch re-indexing for its settings: still waiting',
      },
    );
    assert.ok((line.elapsedMs as number) >= 100 * (i + 1), `line ${i}: ${String(line.elapsedMs)} ms elapsed`);
  }
});
