import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { ParseError } from '../../src/errors.js';
import { parseFetchedPage } from '../../src/parse/index.js';
import { ParsePool, ParseWorkerDied } from '../../src/parse/index.js';
import { samplePage } from '../helpers/pages.js';

const bytes = (html: string) => new TextEncoder().encode(html);

test('a worker parses exactly as the main thread does and rebuilds typed errors', async (t) => {
  const pool = new ParsePool(1);
  t.after(() => pool.close());
  const input = { url: undefined, body: bytes(samplePage(4).html), headers: {}, source: 'p4.html' };
  assert.deepEqual(await pool.parse(input), parseFetchedPage(input));
  await assert.rejects(
    pool.parse({ url: undefined, body: bytes('<html><body></body></html>'), headers: {}, source: 'empty.html' }),
    (e: unknown) => e instanceof ParseError && e.code === 'no_article',
  );
});

test('a dead worker fails what waits on it and every later request with ParseWorkerDied', async (t) => {
  const pool = new ParsePool(1);
  t.after(() => pool.close());
  await pool.ready();
  const worker = (pool as unknown as { workers: Worker[] }).workers[0]!;
  const waiting = pool.parse({ url: undefined, body: bytes(samplePage(1).html), headers: {}, source: 'p1.html' });
  await worker.terminate(); // as if it ran out of memory
  await assert.rejects(waiting, ParseWorkerDied);
  await assert.rejects(pool.parse({ url: undefined, body: bytes(samplePage(2).html), headers: {}, source: 'p2.html' }), ParseWorkerDied);
});
