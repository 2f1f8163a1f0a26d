import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResultCache } from '../../src/server/result-cache.js';

test('hits within the TTL, recomputes after it', async () => {
  let t = 0;
  let calls = 0;
  const cache = new ResultCache<number>({ maxEntries: 10, ttlMs: 100 }, () => t);
  const compute = async () => ++calls;
  assert.equal(await cache.get('a', compute), 1);
  t = 99;
  assert.equal(await cache.get('a', compute), 1);
  t = 100;
  assert.equal(await cache.get('a', compute), 2);
});

test('concurrent identical requests share one computation; failures are not kept', async () => {
  let calls = 0;
  const cache = new ResultCache<number>({ maxEntries: 10, ttlMs: 1000 });
  const [a, b] = await Promise.all([cache.get('k', async () => ++calls), cache.get('k', async () => ++calls)]);
  assert.deepEqual([a, b, calls], [1, 1, 1]);
  await assert.rejects(
    cache.get('bad', async () => {
      throw new Error('engine down');
    }),
    /engine down/,
  );
  await new Promise((r) => setImmediate(r));
  assert.equal(await cache.get('bad', async () => 7), 7);
});

test('least recently used entries go first', async () => {
  const cache = new ResultCache<string>({ maxEntries: 2, ttlMs: 1000 });
  await cache.get('a', async () => 'a1');
  await cache.get('b', async () => 'b1');
  await cache.get('a', async () => 'a2'); // a is now the most recent
  await cache.get('c', async () => 'c1'); // evicts b
  assert.equal(cache.size, 2);
  assert.equal(await cache.get('a', async () => 'a3'), 'a1');
  assert.equal(await cache.get('b', async () => 'b2'), 'b2');
});

test('the app with searchCache on asks the engine once for a repeated search; a write clears it', async () => {
  const { default: request } = await import('supertest');
  const { createApp } = await import('../../src/server/index.js');
  const { API_KEY, fakeDeps } = await import('./helpers.js');
  const { deps, engine } = fakeDeps({ searchCache: { maxEntries: 10, ttlMs: 60_000 } });
  let calls = 0;
  const search = engine.search.bind(engine);
  engine.search = (q) => (calls++, search(q));
  const app = createApp(deps);
  await request(app).get('/api/search?q=coalition');
  await request(app).get('/?q=coalition');
  assert.equal(calls, 1);
  await request(app).post('/api/articles').set('Authorization', `Bearer ${API_KEY}`).send({ url: 'https://x.test/a', html: '<p>x</p>' });
  await request(app).get('/api/search?q=coalition');
  assert.equal(calls, 2);
});
