/**
 * @module Every crawler tunable in one place, with its unit and the reason for its default
 * (style.md §4). Options are checked when the crawl is built; a bad one throws naming it.
 */
import { InputError } from '../errors.js';

/** How one fetch behaves. */
export const FETCH_DEFAULTS = {
  /** sent on every request and matched against robots.txt groups */
  userAgent: 'archivist-crawler/0.1 (+https://github.com/archivist; news archive)',
  /** whole request (headers and body): a page still arriving after 15 s is better retried on the next crawl */
  timeoutMs: 15_000,
  /** body cap in bytes after decompression: larger bodies are media or archives, not article pages */
  maxBytes: 5 * 1024 * 1024,
  /** redirect hops followed per fetch: real sites use 1-2 (http->https, add a slash); more is a loop or a trap */
  maxRedirects: 5,
  /** retries after the first attempt, on 429, 5xx and network errors only: a 4xx does not improve by asking again */
  retries: 3,
  /** first backoff step in ms; doubles each retry (1 s, 2 s, 4 s…) */
  backoffBaseMs: 1_000,
  /** no single backoff wait exceeds this, in ms */
  backoffMaxMs: 30_000,
  /** Retry-After is honoured up to this many ms, so a confused server cannot park the crawl for hours */
  maxRetryAfterMs: 60_000,
  /** a timed-out fetch is not retried in this run: a slow page would hold a host slot for retries × timeout */
  retryOnTimeout: false,
};

/** How the crawl as a whole behaves. */
export const CRAWL_DEFAULTS = {
  ...FETCH_DEFAULTS,
  /** pages in flight at once across all hosts */
  concurrency: 4,
  /** pages in flight at once per host: a news site serves readers first */
  hostConcurrency: 2,
  /** ms between request starts on one host when robots.txt gives no Crawl-delay (about one page a second) */
  hostDelayMs: 1_000,
  /** the same for loopback hosts (127.0.0.0/8, ::1, localhost): a local copy of a site is our own machine,
   *  the politeness delay protects other people's servers; robots.txt Crawl-delay still applies */
  loopbackDelayMs: 0,
  /** robots.txt Crawl-delay is honoured up to this many ms; a larger one would stall the crawl, so it is capped */
  maxCrawlDelayMs: 30_000,
  /** article fetches per run (`--max`); Infinity = until the frontier is empty */
  maxArticles: Number.POSITIVE_INFINITY,
  /** listing pages (sections, pagination) per run: a pager that never ends is a trap */
  maxListingPages: 2_000,
  /** link-following depth from a start page for the generic fallback (sections → subsections → pages) */
  maxDepth: 4,
  /** skip feed/sitemap entries and listing pages dated before this (`--since`); null = no bound */
  since: null as Date | null,
  /** hosts besides the start hosts that links may lead to (`--allow-host`) */
  allowHosts: [] as string[],
  /** probe /rss.xml and /sitemap.xml on each start host (a 404 there is not a failure) */
  probeFeeds: true,
  /** start a new run even when an interrupted one with the same start URLs could be resumed */
  fresh: false,
};

export type FetchOptions = typeof FETCH_DEFAULTS & {
  /** [0,1) source for jitter; tests pass a seeded one */
  random?: () => number;
  /** waits between retries; tests may shorten them */
  sleep?: (ms: number) => Promise<void>;
};
export type CrawlOptions = typeof CRAWL_DEFAULTS & Pick<FetchOptions, 'random' | 'sleep'>;
export type CrawlOptionsInput = Partial<CrawlOptions>;

const NON_NEGATIVE_INTEGERS = [
  'timeoutMs',
  'maxBytes',
  'maxRedirects',
  'retries',
  'backoffBaseMs',
  'backoffMaxMs',
  'maxRetryAfterMs',
  'hostDelayMs',
  'loopbackDelayMs',
  'maxCrawlDelayMs',
  'maxListingPages',
  'maxDepth',
] as const;
const POSITIVE_INTEGERS = ['concurrency', 'hostConcurrency', 'timeoutMs', 'maxBytes'] as const;

/** Merge over the defaults and validate; throws InputError('invalid_parameter') naming the option. */
export function resolveCrawlOptions(input: CrawlOptionsInput = {}): CrawlOptions {
  const opts: CrawlOptions = { ...CRAWL_DEFAULTS, ...stripUndefined(input) };
  for (const key of NON_NEGATIVE_INTEGERS) {
    if (!Number.isInteger(opts[key]) || opts[key] < 0) bad(key, `expected a whole number >= 0, got ${opts[key]}`);
  }
  for (const key of POSITIVE_INTEGERS) {
    if (opts[key] < 1) bad(key, `expected a whole number >= 1, got ${opts[key]}`);
  }
  const max = opts.maxArticles;
  if (!(max === Number.POSITIVE_INFINITY || (Number.isInteger(max) && max >= 0)))
    bad('maxArticles', `expected a whole number >= 0, got ${max}`);
  if (opts.since !== null && Number.isNaN(opts.since.getTime())) bad('since', 'not a valid date');
  if (opts.userAgent.trim() === '') bad('userAgent', 'must not be empty');
  opts.allowHosts = opts.allowHosts.map((h) => h.trim().toLowerCase()).filter((h) => h !== '');
  return opts;
}

function bad(option: string, why: string): never {
  throw new InputError('invalid_parameter', option, `crawl option ${option}: ${why}`);
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
