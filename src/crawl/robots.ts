/**
 * @module robots.txt per origin (RFC 9309), read with robots-parser for the crawl's user agent.
 * Fetched once per origin per run. A 4xx means "no rules"; a 5xx or an unreachable server
 * means "disallow everything" (RFC 9309 §2.3.1.4), so a struggling site is left alone.
 */
import robotsParserModule from 'robots-parser';
import type { FetchResult } from './fetcher.js';

export interface RobotsRules {
  /** whether the user agent may fetch this URL (same origin as the robots.txt) */
  isAllowed(url: string): boolean;
  /** Crawl-delay for our user agent (or *), in ms; null when none */
  crawlDelayMs: number | null;
  /** Sitemap: lines, absolute URLs */
  sitemaps: string[];
  /** how the file was obtained, for logs: 'parsed' | 'missing' | 'unreachable' */
  status: 'parsed' | 'missing' | 'unreachable';
}

// robots-parser is CommonJS with an ESM-style .d.ts: under NodeNext the default import is the
// module.exports function at run time, but TypeScript types it as the namespace.
type RobotsParser = typeof import('robots-parser').default;
const robotsParser = robotsParserModule as unknown as RobotsParser;

// robots.txt larger than this is truncated by the fetcher's cap; RFC 9309 §2.5 sets 500 KiB as the minimum a crawler must read.
export const ROBOTS_MAX_BYTES = 512 * 1024;

/** Rules from a fetch of /robots.txt. Pure: the fetch is done by the caller. */
export function robotsFromFetch(origin: string, result: FetchResult, userAgent: string): RobotsRules {
  if (result.kind === 'ok') return parseRobots(origin, new TextDecoder().decode(result.page.body), userAgent);
  if (result.kind === 'failed' && result.status !== null && result.status >= 400 && result.status < 500) {
    return { isAllowed: () => true, crawlDelayMs: null, sitemaps: [], status: 'missing' };
  }
  if (result.kind === 'failed' && result.reason === 'too_large') {
    return { isAllowed: () => true, crawlDelayMs: null, sitemaps: [], status: 'missing' };
  }
  return { isAllowed: () => false, crawlDelayMs: null, sitemaps: [], status: 'unreachable' };
}

/** Parse robots.txt text for one origin and user agent. */
export function parseRobots(origin: string, text: string, userAgent: string): RobotsRules {
  const robots = robotsParser(`${origin}/robots.txt`, text);
  const delay = robots.getCrawlDelay(userAgent);
  return {
    // undefined = a URL of another origin: those are checked against their own robots.txt
    isAllowed: (url: string) => robots.isAllowed(url, userAgent) !== false,
    crawlDelayMs: typeof delay === 'number' && Number.isFinite(delay) && delay >= 0 ? Math.round(delay * 1000) : null,
    sitemaps: robots.getSitemaps(),
    status: 'parsed',
  };
}

/** One robots.txt per origin, fetched lazily and shared by every worker. */
export class RobotsBook {
  private readonly byOrigin = new Map<string, Promise<RobotsRules>>();

  constructor(private readonly load: (origin: string) => Promise<RobotsRules>) {}

  forOrigin(origin: string): Promise<RobotsRules> {
    let rules = this.byOrigin.get(origin);
    if (rules === undefined) {
      rules = this.load(origin);
      this.byOrigin.set(origin, rules);
    }
    return rules;
  }
}
