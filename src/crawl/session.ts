/**
 * @module What one crawl run shares across its workers: options, the frontier (SQLite), the
 * allowed hosts, robots.txt per origin, per-host politeness, and each host's discovery rules.
 * Also the one place that decides whether a discovered link enters the frontier.
 */
import type { CrawlRules } from '../../scrapers/types.js';
import type { DecodeWarning } from '../extract/index.js';
import type { Document } from '../document.js';
import { hostOf } from '../extract/index.js';
import type { Logger } from '../log.js';
import type { CrawlState, FrontierKind } from '../store/crawl-state.js';
import type { Archive, FetchedPage } from '../store/index.js';
import { fetchPage } from './fetcher.js';
import type { FetchResult } from './fetcher.js';
import { HostGate } from './host-gate.js';
import type { CrawlOptions } from './options.js';
import { ROBOTS_MAX_BYTES, RobotsBook, robotsFromFetch } from './robots.js';
import type { RobotsRules } from './robots.js';
import { frontierKey, normalizeUrl, originOf } from './url.js';

// robots.txt gets one retry: a host that cannot serve it twice is treated as unreachable (RFC 9309), and
// every page on it waits for this answer.
const ROBOTS_RETRIES = 1;

/** The discovery rules the crawler is handed (the site registry's, scrapers/index.ts CRAWL_RULES). */
export interface SiteRules {
  /** each registered site's rules, most specific first */
  readonly sites: readonly CrawlRules[];
  /** for hosts none of them claims */
  readonly fallback: CrawlRules;
}

/** Turns a fetched article page into a Document; throws ParseError when it cannot. */
/** Page to Document; `onWarning` hears of a charset declaration that lied (the crawl logs it). */
export type PageParser = (page: FetchedPage, onWarning?: (warning: DecodeWarning) => void) => Document;

export class CrawlSession {
  readonly allowedHosts: ReadonlySet<string>;
  readonly gate: HostGate;
  readonly robots: RobotsBook;
  private readonly rulesByHost = new Map<string, CrawlRules>();

  constructor(
    readonly opts: CrawlOptions,
    readonly state: CrawlState,
    readonly runId: number,
    readonly archive: Archive,
    readonly parse: PageParser,
    private readonly rules: SiteRules,
    readonly log: Logger,
    startUrls: readonly string[],
  ) {
    this.allowedHosts = new Set([...startUrls.map(hostOf), ...opts.allowHosts]);
    this.gate = new HostGate(opts.hostConcurrency, (origin) =>
      isLoopback(new URL(origin).hostname) ? opts.loopbackDelayMs : opts.hostDelayMs,
    );
    this.robots = new RobotsBook((origin) => this.loadRobots(origin));
  }

  /** The rules for a host: the site's own by name, else what its pages looked like, else the fallback. */
  rulesFor(host: string): CrawlRules {
    const known = this.rulesByHost.get(host);
    if (known) return known;
    const byName = this.rules.sites.find((r) => r.matchesHost(host)) ?? this.rules.fallback;
    this.rulesByHost.set(host, byName);
    return byName;
  }

  /** A host without rules of its own whose page carries a site's signature (a mirror, a local copy) gets that site's rules. */
  adoptRulesFromPage(host: string, html: string): void {
    if (this.rulesFor(host) !== this.rules.fallback) return;
    const bySignature = this.rules.sites.find((r) => r.matchesPage(html));
    if (bySignature) {
      this.rulesByHost.set(host, bySignature);
      this.log.info({ host, rules: bySignature.name }, 'site rules chosen by page signature');
    }
  }

  /** Asked before every request, redirects included: a reason to refuse, or null. */
  async refusal(url: string): Promise<string | null> {
    if (!this.allowedHosts.has(hostOf(url))) return 'off_host';
    const rules = await this.robots.forOrigin(originOf(url));
    if (rules.status === 'unreachable') return 'robots_unreachable';
    return rules.isAllowed(url) ? null : 'robots';
  }

  /**
   * Offer a discovered link to the frontier. Non-http(s) links and links off the allowed hosts
   * are recorded as skipped (counted once per URL) and never fetched. `kind` null lets the host's
   * rules decide (article, listing, or leave alone).
   */
  offer(
    href: string,
    from: string | null,
    depth: number,
    kind: FrontierKind | null,
    extra: { optional?: boolean; date?: Date | null } = {},
  ): void {
    const n = normalizeUrl(href, undefined, { keepTrailingSlash: true });
    if ('refused' in n) {
      if (n.refused === 'scheme') this.settleSkipped(href.trim().slice(0, 2048), 'scheme', from);
      return;
    }
    const fetchUrl = n.url;
    const url = frontierKey(fetchUrl);
    if (!this.allowedHosts.has(hostOf(url))) {
      this.settleSkipped(url, 'off_host', from);
      return;
    }
    const resolved = kind ?? this.rulesFor(hostOf(url)).classify(new URL(url));
    if (resolved === null) return;
    if (resolved === 'listing' && depth > this.opts.maxDepth) return;
    if (this.opts.since !== null && extra.date && extra.date < this.opts.since && resolved !== 'listing') {
      this.settleSkipped(url, 'since', from, resolved);
      return;
    }
    this.state.enqueue(this.runId, { url, fetchUrl, kind: resolved, depth, optional: extra.optional, discoveredFrom: from });
  }

  private settleSkipped(url: string, reason: string, from: string | null, kind: FrontierKind = 'article'): void {
    this.state.settle(this.runId, { url, kind, outcome: 'skipped', reason, discoveredFrom: from });
  }

  /** robots.txt for one origin: fetched politely (through the host gate), Crawl-delay applied, Sitemap: lines queued. */
  private async loadRobots(origin: string): Promise<RobotsRules> {
    const url = `${origin}/robots.txt`;
    const release = await this.gate.acquire(origin);
    let rules: RobotsRules;
    try {
      const result = await fetchPage(
        { url, accept: 'text', checkUrl: (u) => (sameSite(hostOf(u), hostOf(url)) ? null : 'off_host') },
        { ...this.opts, maxBytes: Math.min(this.opts.maxBytes, ROBOTS_MAX_BYTES), retries: Math.min(this.opts.retries, ROBOTS_RETRIES) },
      );
      // a robots.txt redirecting to another site is not read; like a redirect chain too long to follow
      // (RFC 9309 §2.3.1.2) it counts as unavailable, i.e. no rules
      const seen: FetchResult = result.kind === 'skipped' ? { ...result, kind: 'failed', status: 404 } : result;
      rules = robotsFromFetch(origin, seen, this.opts.userAgent);
    } finally {
      release();
    }
    if (rules.crawlDelayMs !== null) this.gate.setDelay(origin, Math.min(rules.crawlDelayMs, this.opts.maxCrawlDelayMs));
    for (const sitemap of rules.sitemaps) this.offer(sitemap, url, 0, 'xml');
    this.log.debug({ origin, status: rules.status, crawlDelayMs: rules.crawlDelayMs, sitemaps: rules.sitemaps.length }, 'robots.txt');
    return rules;
  }
}

/** Hosts that are this machine. */
function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/u.test(host);
}

/** example.com and www.example.com (or news.example.com) are one site for robots.txt redirects. */
function sameSite(a: string, b: string): boolean {
  const bare = (h: string): string => h.replace(/^www\./u, '');
  const x = bare(a);
  const y = bare(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}
