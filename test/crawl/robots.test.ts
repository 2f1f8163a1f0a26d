import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRobots, robotsFromFetch } from '../../src/crawl/robots.js';
import type { FetchResult } from '../../src/crawl/fetcher.js';

const UA = 'archivist-crawler/0.1 (+https://example.com)';
const ORIGIN = 'https://www.example.com';
const TEXT = `# comments are ignored
User-agent: *
Disallow: /private/
Disallow: /search
Allow: /private/open-
Crawl-delay: 2

User-agent: archivist-crawler
Disallow: /no-archivists/
Crawl-delay: 5

User-agent: BadBot
Disallow: /

Sitemap: https://www.example.com/sitemap-index.xml
Sitemap: https://www.example.com/news-sitemap.xml
`;

test('robots: our own group applies (product token match), with its Crawl-delay', () => {
  const rules = parseRobots(ORIGIN, TEXT, UA);
  assert.equal(rules.isAllowed(`${ORIGIN}/no-archivists/x`), false);
  assert.equal(rules.isAllowed(`${ORIGIN}/private/x`), true); // only the * group says so, and ours replaces it
  assert.equal(rules.crawlDelayMs, 5_000);
  assert.deepEqual(rules.sitemaps, ['https://www.example.com/sitemap-index.xml', 'https://www.example.com/news-sitemap.xml']);
});

test('robots: another agent falls back to *, longest match wins (Allow beats a shorter Disallow)', () => {
  const rules = parseRobots(ORIGIN, TEXT, 'other-crawler/1.0');
  assert.equal(rules.isAllowed(`${ORIGIN}/private/secret`), false);
  assert.equal(rules.isAllowed(`${ORIGIN}/private/open-house-123`), true);
  assert.equal(rules.isAllowed(`${ORIGIN}/search?q=x`), false);
  assert.equal(rules.isAllowed(`${ORIGIN}/news/story-1`), true);
  assert.equal(rules.crawlDelayMs, 2_000);
  assert.equal(parseRobots(ORIGIN, TEXT, 'BadBot').isAllowed(`${ORIGIN}/news`), false);
});

const page = (text: string): FetchResult => ({
  kind: 'ok',
  attempts: 1,
  finalUrl: `${ORIGIN}/robots.txt`,
  bodyKind: 'other',
  page: {
    url: `${ORIGIN}/robots.txt`,
    fetchedAt: '2026-01-01T00:00:00.000Z',
    status: 200,
    headers: {},
    body: new TextEncoder().encode(text),
  },
});

test('robots from a fetch: 200 parsed, 4xx = no rules, 5xx or unreachable = disallow all (RFC 9309)', () => {
  assert.equal(robotsFromFetch(ORIGIN, page('User-agent: *\nDisallow: /\n'), UA).isAllowed(`${ORIGIN}/a`), false);
  const missing = robotsFromFetch(ORIGIN, { kind: 'failed', reason: 'http_404', status: 404, attempts: 1 }, UA);
  assert.deepEqual([missing.status, missing.isAllowed(`${ORIGIN}/a`)], ['missing', true]);
  const down = robotsFromFetch(ORIGIN, { kind: 'failed', reason: 'http_503', status: 503, attempts: 3 }, UA);
  assert.deepEqual([down.status, down.isAllowed(`${ORIGIN}/a`)], ['unreachable', false]);
  const refused = robotsFromFetch(ORIGIN, { kind: 'failed', reason: 'network', status: null, attempts: 3 }, UA);
  assert.equal(refused.isAllowed(`${ORIGIN}/a`), false);
});

test('robots: an empty file allows everything and sets no delay', () => {
  const rules = parseRobots(ORIGIN, '', UA);
  assert.deepEqual([rules.isAllowed(`${ORIGIN}/x`), rules.crawlDelayMs, rules.sitemaps], [true, null, []]);
});
