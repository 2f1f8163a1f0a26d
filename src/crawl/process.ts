/**
 * @module One frontier URL, start to end: validators for a conditional GET, the fetch (through
 * the host gate), then by what came back: an article is parsed and saved with its raw page in
 * one store transaction; a listing page, feed or sitemap gives more links. Every outcome is
 * written to the frontier row, which is what the summary counts.
 */
import { isArchivistError } from '../errors.js';
import type { FrontierItem, FrontierResult } from '../store/crawl-state.js';
import type { Accept } from './content-type.js';
import { extractPageLinks } from './discovery/html.js';
import { parseDiscoveryXml } from './discovery/xml.js';
import { fetchPage } from './fetcher.js';
import type { FetchResult } from './fetcher.js';
import type { CrawlSession } from './session.js';
import { decodeLenient, hostOf } from '../extract/index.js';
import { frontierKey, normalizeOrNull, normalizeUrl, originOf } from './url.js';

const ACCEPT: Record<FrontierItem['kind'], Accept> = { auto: 'any', xml: 'xml', listing: 'html', article: 'html' };
const GONE = new Set([404, 410]);
// failure reason for a scraper that threw something other than a typed ParseError
const PARSE_CRASHED = 'parse_crashed';

/** Fetch and handle one frontier URL; never throws for fetch or parse trouble (the row records it). */
export async function processItem(s: CrawlSession, item: FrontierItem): Promise<FrontierResult> {
  const result = await fetchWithValidators(s, item);
  const r = await route(s, item, result);
  s.state.finish(s.runId, item.url, r);
  return r;
}

async function fetchWithValidators(s: CrawlSession, item: FrontierItem): Promise<FetchResult> {
  const origin = originOf(item.fetchUrl);
  const refusal = await s.refusal(item.fetchUrl);
  if (refusal !== null) return { kind: 'skipped', reason: refusal, status: null, attempts: 0 };
  const release = await s.gate.acquire(origin);
  try {
    return await fetchPage(
      { url: item.fetchUrl, accept: ACCEPT[item.kind], conditional: validators(s, item), checkUrl: (u) => s.refusal(u) },
      s.opts,
    );
  } finally {
    release();
  }
}

/**
 * ETag / Last-Modified of the copy we hold: for an article, only its stored raw page (also under
 * its redirect target), never the discovery cache, because a 304 answered to validators of a page
 * we no longer hold (deleted since, or a crash between fetch and save) would leave it missing for
 * good. Listings and feeds use the cache, whose stored body still gives their links.
 */
function validators(s: CrawlSession, item: FrontierItem): { etag?: string; lastModified?: string } | undefined {
  const url = item.fetchUrl;
  const cached = s.state.getCache(url);
  const raw = s.archive.getRawPage(url) ?? (cached?.finalUrl ? s.archive.getRawPage(cached.finalUrl) : null);
  const fromCache = item.kind === 'article' ? null : cached;
  const etag = raw?.headers.etag ?? fromCache?.etag ?? undefined;
  const lastModified = raw?.headers['last-modified'] ?? fromCache?.lastModified ?? undefined;
  return etag === undefined && lastModified === undefined ? undefined : { etag, lastModified };
}

async function route(s: CrawlSession, item: FrontierItem, result: FetchResult): Promise<FrontierResult> {
  const base = { attempts: result.attempts };
  switch (result.kind) {
    case 'skipped':
      // a probe answered with an HTML page is a "soft 404", not a feed we skipped
      if (item.optional && result.reason === 'content_type') return { ...base, outcome: 'absent', status: result.status };
      return { ...base, outcome: 'skipped', reason: result.reason, status: result.status };
    case 'failed':
      if (item.optional && result.status !== null && GONE.has(result.status)) return { ...base, outcome: 'absent', status: result.status };
      return { ...base, outcome: 'failed', reason: result.reason, status: result.status };
    case 'not_modified':
      // unchanged article: nothing re-parsed; unchanged listing/feed: its stored copy still gives the links
      if (item.kind !== 'article') rediscoverFromCache(s, item);
      return { ...base, outcome: 'not_modified', status: 304 };
    case 'ok': {
      const finalKey = frontierKey(result.finalUrl);
      if (finalKey !== item.url)
        s.state.settle(s.runId, { url: finalKey, kind: item.kind, outcome: 'alias', reason: 'redirect', discoveredFrom: item.url });
      const handled = handleBody(s, item, result);
      return { ...base, outcome: 'fetched', status: result.page.status, ...handled };
    }
  }
}

/** What the body is decides what happens: XML gives links, HTML is an article or a listing. */
function handleBody(s: CrawlSession, item: FrontierItem, result: Extract<FetchResult, { kind: 'ok' }>): Partial<FrontierResult> {
  const { handled, asArticle } = handleContent(s, item, result);
  // remembered only once handled: a crash in between costs a refetch, never a 304 for a page we did not keep
  remember(s, item, result, asArticle);
  return handled;
}

function handleContent(
  s: CrawlSession,
  item: FrontierItem,
  result: Extract<FetchResult, { kind: 'ok' }>,
): { handled: Partial<FrontierResult>; asArticle: boolean } {
  const { page } = result;
  if (result.bodyKind === 'xml') {
    return { handled: discoverFromXml(s, item, new TextDecoder().decode(page.body)), asArticle: false };
  }
  const html = decodeLenient(page.body, page.headers['content-type']);
  const host = hostOf(result.finalUrl);
  if (item.kind === 'auto') s.adoptRulesFromPage(host, html);
  const rules = s.rulesFor(host);
  const kind = item.kind === 'auto' ? (rules.classify(new URL(result.finalUrl)) ?? 'listing') : item.kind;
  if (kind === 'article' || (kind === 'listing' && item.depth > 0 && rules.looksLikeArticle?.(html) === true)) {
    return { handled: saveArticle(s, item, result), asArticle: true };
  }
  if (item.kind === 'xml' || kind === 'xml') return { handled: { parseError: 'not_discovery_xml' }, asArticle: false };
  discoverFromHtml(s, item, html, result.finalUrl);
  return { handled: {}, asArticle: false };
}

/** Parse and store: raw page + Document + outbox in one store transaction; a parse failure still stores the raw page. */
function saveArticle(s: CrawlSession, item: FrontierItem, result: Extract<FetchResult, { kind: 'ok' }>): Partial<FrontierResult> {
  let doc;
  try {
    doc = s.parse(result.page, (w) => s.log.warn({ url: result.finalUrl, code: w.code, declared: w.declared, used: w.used }, w.message));
  } catch (err) {
    // a scraper bug on one hostile page must not stop the crawl: count it, keep the raw page for reprocess
    if (!isArchivistError(err)) s.log.error({ err, url: result.finalUrl }, 'scraper crashed on a page');
    s.archive.savePage(result.page, null);
    return { parseError: isArchivistError(err) ? err.code : PARSE_CRASHED };
  }
  // a page reached through a listing carries no date until parsed: --since is checked here too
  if (s.opts.since !== null && Date.parse(doc.publishedAt) < s.opts.since.getTime()) return { outcome: 'skipped', reason: 'since' };
  const save = s.archive.savePage(result.page, doc);
  const canonical = normalizeOrNull(doc.url);
  if (canonical !== null && canonical !== item.url && canonical !== frontierKey(result.finalUrl)) {
    s.state.settle(s.runId, { url: canonical, kind: 'article', outcome: 'alias', reason: 'canonical', discoveredFrom: item.url });
  }
  return { save };
}

/**
 * What the next crawl's conditional GET needs. A discovery page: its validators and body (a 304
 * still yields its links). An article: only where it redirected to, since its validators live on
 * its stored raw page and go when that page goes.
 */
function remember(s: CrawlSession, item: FrontierItem, result: Extract<FetchResult, { kind: 'ok' }>, asArticle: boolean): void {
  if (asArticle && result.finalUrl === item.fetchUrl) return; // nothing to remember
  const h = result.page.headers;
  s.state.putCache(item.fetchUrl, {
    etag: asArticle ? null : (h.etag ?? null),
    lastModified: asArticle ? null : (h['last-modified'] ?? null),
    body: asArticle ? null : result.page.body,
    finalUrl: result.finalUrl === item.fetchUrl ? null : result.finalUrl,
  });
}

function rediscoverFromCache(s: CrawlSession, item: FrontierItem): void {
  const cached = s.state.getCache(item.fetchUrl);
  if (cached?.body == null) return;
  const text = new TextDecoder().decode(cached.body);
  const looksXml = /^\s*(<\?xml|<(rss|feed|urlset|sitemapindex|rdf:RDF)\b)/iu.test(text.slice(0, 512));
  if (looksXml) discoverFromXml(s, item, text);
  else discoverFromHtml(s, item, text, cached.finalUrl ?? item.fetchUrl);
}

/** Feeds give articles; a sitemap index gives sitemaps; a urlset gives pages the rules classify. */
function discoverFromXml(s: CrawlSession, item: FrontierItem, xml: string): Partial<FrontierResult> {
  const found = parseDiscoveryXml(xml);
  if (found.kind === 'unknown') return { parseError: 'not_discovery_xml' };
  const depth = item.depth + 1;
  for (const e of found.entries) {
    const href = normalizeUrl(e.url, item.fetchUrl, { keepTrailingSlash: true });
    if ('refused' in href && href.refused === 'invalid_url') continue;
    const link = 'url' in href ? href.url : e.url;
    if (found.kind === 'sitemapindex') {
      if (s.opts.since !== null && e.date !== null && e.date < s.opts.since) continue; // a whole sitemap older than --since
      s.offer(link, item.url, item.depth, 'xml');
    } else if (found.kind === 'urlset') {
      s.offer(link, item.url, depth, null, { date: e.date });
    } else {
      s.offer(link, item.url, depth, 'article', { date: e.date });
    }
  }
  return {};
}

/** A listing page: its links by the host's rules, its pager unless --since says the list is past it, its feeds. */
function discoverFromHtml(s: CrawlSession, item: FrontierItem, html: string, pageUrl: string): void {
  const rules = s.rulesFor(hostOf(pageUrl));
  const found = extractPageLinks(html, pageUrl, rules.nextPage);
  const pager = new Set(found.next);
  for (const link of found.links) {
    // pager links are followed (or not) below, so --since can stop the pagination
    if (!pager.has(link.href)) s.offer(link.href, item.url, item.depth + 1, null, { date: link.date });
  }
  for (const feed of found.feeds) s.offer(feed, item.url, item.depth, 'xml');
  const since = s.opts.since;
  const pastSince = since !== null && found.itemDates.length > 0 && found.itemDates.every((d) => d < since);
  if (pastSince) return;
  // pagination stays at the same depth: page 40 of a section is as close to the start as page 2
  for (const next of found.next) s.offer(next, item.url, item.depth, 'listing');
}
