import assert from 'node:assert/strict';
import { test } from 'node:test';
import { HostGate } from '../../src/crawl/host-gate.js';

test('per-host concurrency: a third request waits for a release; other hosts do not', async () => {
  const gate = new HostGate(2, 0);
  const r1 = await gate.acquire('https://a.example');
  await gate.acquire('https://a.example');
  let third = false;
  const waiting = gate.acquire('https://a.example').then((release) => {
    third = true;
    return release;
  });
  await gate.acquire('https://b.example'); // another host is not held up
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(third, false);
  r1();
  r1(); // releasing twice frees one slot only
  (await waiting)();
  assert.equal(third, true);
});

test('delay between request starts, raised (never lowered) by Crawl-delay', async () => {
  let now = 1_000;
  const gate = new HostGate(5, 50, () => now);
  gate.setDelay('o', 10); // lower than the default: ignored
  const t0 = Date.now();
  await gate.acquire('o');
  await gate.acquire('o'); // waits ~50 ms of real time (the clock passed in is frozen)
  assert.ok(Date.now() - t0 >= 45, `waited ${Date.now() - t0} ms`);
  now += 10_000;
  gate.setDelay('o', 80);
  const t1 = Date.now();
  await gate.acquire('o');
  await gate.acquire('o');
  assert.ok(Date.now() - t1 >= 75, `waited ${Date.now() - t1} ms`);
});
