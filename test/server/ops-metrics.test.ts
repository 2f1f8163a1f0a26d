/**
 * /metrics counts the engine health checks /readyz makes by what they found: an engine that is
 * down or refuses the key answers `{ok: false}` without throwing, and was counted `ok` while
 * /readyz answered 503.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import { createApp } from '../../src/server/index.js';
import { fakeDeps } from './helpers.js';

const healthCounts = (metrics: string): string[] =>
  metrics.split('\n').filter((l) => l.startsWith('archivist_engine_duration_seconds_count{operation="health"'));

test('metrics: a health check that reports the engine not ok counts as outcome="error", as a throw does', async () => {
  const { deps, engine } = fakeDeps();
  const app = createApp(deps);
  assert.equal((await request(app).get('/readyz')).status, 200);
  engine.failing = true; // health() answers {ok: false, detail: 'fake engine is down'}
  assert.equal((await request(app).get('/readyz')).status, 503);
  assert.equal((await request(app).get('/readyz')).status, 503);
  engine.health = async () => {
    throw new Error('socket hang up');
  };
  assert.equal((await request(app).get('/readyz')).status, 503);

  const res = await request(app).get('/metrics');
  assert.deepEqual(healthCounts(res.text), [
    'archivist_engine_duration_seconds_count{operation="health",outcome="ok"} 1',
    'archivist_engine_duration_seconds_count{operation="health",outcome="error"} 3',
  ]);
});
