/** The crawler's SQLite tables: dedupe, claim order, budgets, resume after a crash, totals. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { CrawlState } from '../../src/store/crawl-state.js';

function fresh(): { db: Database.Database; state: CrawlState } {
  const db = new Database(':memory:');
  return { db, state: new CrawlState(db) };
}

test('tables are created idempotently', () => {
  const { db } = fresh();
  new CrawlState(db); // a second open must not fail
  const tables = (
    db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'crawl_%' ORDER BY name`).all() as { name: string }[]
  ).map((r) => r.name);
  assert.deepEqual(tables, ['crawl_frontier', 'crawl_http_cache', 'crawl_runs']);
});

test('frontier: one row per URL, claimed by priority (start, xml, article, listing) then discovery order', () => {
  const { state } = fresh();
  const { runId } = state.openRun('k', ['https://e.com/'], false);
  const add = (url: string, kind: 'auto' | 'xml' | 'article' | 'listing'): boolean =>
    state.enqueue(runId, { url, kind, depth: 0, discoveredFrom: null });
  assert.deepEqual(
    [
      add('https://e.com/l', 'listing'),
      add('https://e.com/a1', 'article'),
      add('https://e.com/a1', 'article'),
      add('https://e.com/feed', 'xml'),
      add('https://e.com/', 'auto'),
      add('https://e.com/a2', 'article'),
    ],
    [true, true, false, true, true, true],
  );
  const order: string[] = [];
  for (
    let item = state.claimNext(runId, { articles: true, listings: true });
    item;
    item = state.claimNext(runId, { articles: true, listings: true })
  )
    order.push(item.url);
  assert.deepEqual(order, ['https://e.com/', 'https://e.com/feed', 'https://e.com/a1', 'https://e.com/a2', 'https://e.com/l']);
});

test('a crashed run resumes: in-flight rows go back to pending; a finished run is not resumed', () => {
  const { db, state } = fresh();
  const { runId } = state.openRun('k', ['https://e.com/'], false);
  state.enqueue(runId, { url: 'https://e.com/a', kind: 'article', depth: 0, discoveredFrom: 'https://e.com/' });
  state.enqueue(runId, { url: 'https://e.com/b', kind: 'article', depth: 0, discoveredFrom: 'https://e.com/' });
  state.claimNext(runId, { articles: true, listings: true }); // a: active when the process dies
  const b = state.claimNext(runId, { articles: true, listings: true })!;
  state.finish(runId, b.url, { outcome: 'fetched', save: 'new', attempts: 2, status: 200 });
  const reopened = new CrawlState(db).openRun('k', ['https://e.com/'], false);
  assert.deepEqual(reopened, { runId, resumed: true });
  const again = state.claimNext(runId, { articles: true, listings: true });
  assert.deepEqual(again, {
    url: 'https://e.com/a',
    fetchUrl: 'https://e.com/a',
    kind: 'article',
    depth: 0,
    optional: false,
    discoveredFrom: 'https://e.com/',
    attempts: 0,
  });
  state.finish(runId, again.url, { outcome: 'failed', reason: 'timeout', attempts: 1 });
  assert.equal(state.unfinishedCount(runId), 0);
  state.finishRun(runId, state.totals(runId));
  const next = state.openRun('k', ['https://e.com/'], false);
  assert.deepEqual([next.resumed, next.runId > runId], [false, true]);
  assert.equal((db.prepare('SELECT count(*) AS n FROM crawl_frontier WHERE run_id = ?').get(runId) as { n: number }).n, 0); // pruned
  assert.deepEqual(state.openRun('other', [], false).resumed, false);
});

test('totals count outcomes, reasons, parse errors and saves; aliases and absent probes are not counted', () => {
  const { state } = fresh();
  const { runId } = state.openRun('k', [], false);
  const done = (url: string, r: Parameters<CrawlState['finish']>[2]): void => {
    state.enqueue(runId, { url, kind: 'article', depth: 0, discoveredFrom: null });
    state.finish(runId, url, r);
  };
  done('u1', { outcome: 'fetched', save: 'new' });
  done('u2', { outcome: 'fetched', save: 'updated' });
  done('u3', { outcome: 'fetched', parseError: 'no_article' });
  done('u4', { outcome: 'not_modified' });
  done('u5', { outcome: 'failed', reason: 'timeout' });
  done('u6', { outcome: 'absent', status: 404 });
  state.settle(runId, { url: 'mailto:x', kind: 'article', outcome: 'skipped', reason: 'scheme', discoveredFrom: 'u1' });
  state.settle(runId, { url: 'mailto:x', kind: 'article', outcome: 'skipped', reason: 'scheme', discoveredFrom: 'u2' });
  state.settle(runId, { url: 'u7', kind: 'article', outcome: 'alias', reason: 'canonical', discoveredFrom: 'u1' });
  assert.deepEqual(state.totals(runId), {
    fetched: 3,
    notModified: 1,
    failed: { no_article: 1, timeout: 1 },
    skipped: { scheme: 1 },
    new: 1,
    updated: 1,
    unchanged: 0,
  });
});

test('discovery cache keeps validators and a compressed body', () => {
  const { state } = fresh();
  const body = new TextEncoder().encode('<rss>…</rss>');
  state.putCache('https://e.com/rss.xml', { etag: '"1"', lastModified: null, body, finalUrl: null });
  state.putCache('https://e.com/rss.xml', {
    etag: '"2"',
    lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT',
    body,
    finalUrl: 'https://e.com/feed',
  });
  const got = state.getCache('https://e.com/rss.xml');
  assert.deepEqual(
    { ...got, body: new TextDecoder().decode(got!.body!) },
    { etag: '"2"', lastModified: 'Wed, 21 Oct 2015 07:28:00 GMT', body: '<rss>…</rss>', finalUrl: 'https://e.com/feed' },
  );
  assert.equal(state.getCache('https://e.com/none'), null);
});

test('an alias settles a queued article twin, never a queued listing or feed, nor an article in flight', () => {
  const { state } = fresh();
  const { runId } = state.openRun('k', ['https://e.com/'], false);
  const alias = (url: string): boolean =>
    state.settle(runId, { url, kind: 'article', outcome: 'alias', reason: 'canonical', discoveredFrom: 'https://e.com/x' });
  for (const [url, kind] of [
    ['https://e.com/', 'listing'],
    ['https://e.com/feed', 'xml'],
    ['https://e.com/a1', 'article'],
    ['https://e.com/a2', 'article'],
  ] as const) {
    state.enqueue(runId, { url, kind, depth: 0, discoveredFrom: null });
  }
  assert.equal(state.claimNext(runId, { articles: true, listings: false })?.url, 'https://e.com/feed');
  assert.equal(state.claimNext(runId, { articles: true, listings: false })?.url, 'https://e.com/a1'); // now in flight
  assert.deepEqual(['https://e.com/', 'https://e.com/feed', 'https://e.com/a1', 'https://e.com/a2', 'https://e.com/new'].map(alias), [
    false,
    false,
    false,
    true,
    true,
  ]);
  const left: string[] = [];
  for (
    let item = state.claimNext(runId, { articles: true, listings: true });
    item;
    item = state.claimNext(runId, { articles: true, listings: true })
  )
    left.push(item.url);
  assert.deepEqual(left, ['https://e.com/']);
});
