/**
 * @module The crawl: open (or resume) a run, seed it, let a few workers drain the frontier under
 * the run's budgets, and report what this invocation did. State lives in SQLite (crawl-state),
 * so a killed crawl started again with the same start URLs goes on where it stopped.
 */
import { InputError } from '../errors.js';
import type { Logger } from '../log.js';
import { CrawlState } from '../store/crawl-state.js';
import type { FrontierItem, FrontierResult, RunTotals } from '../store/crawl-state.js';
import type { Archive } from '../store/index.js';
import { resolveCrawlOptions } from './options.js';
import type { CrawlOptionsInput } from './options.js';
import { processItem } from './process.js';
import { CrawlSession } from './session.js';
import type { PageParser, SiteRules } from './session.js';
import { diffTotals } from './summary.js';
import { frontierKey, normalizeUrl, originOf } from './url.js';

export interface CrawlSummary extends RunTotals {
  runId: number;
  /** true when this invocation continued an interrupted run */
  resumed: boolean;
  /** frontier URLs left for a later invocation (budget reached or stopped) */
  pending: number;
}

export interface CrawlProgress {
  url: string;
  result: FrontierResult;
  /** URLs handled by this invocation so far */
  done: number;
  /** URLs still in the frontier (pending or in flight) */
  pending: number;
}

export interface CrawlDeps {
  archive: Archive;
  log: Logger;
  /** fetched article page -> Document (throws ParseError) */
  parse: PageParser;
  /** which links are articles and listings, per site (the CLI hands in the site registry's) */
  rules: SiteRules;
  onProgress?: (p: CrawlProgress) => void;
  /** stop claiming new URLs (in-flight ones finish); the run stays open for resume */
  signal?: AbortSignal;
}

/** Crawl from `startUrls` (absolute http(s) URLs). */
export async function crawl(startUrls: readonly string[], input: CrawlOptionsInput, deps: CrawlDeps): Promise<CrawlSummary> {
  const opts = resolveCrawlOptions(input);
  const starts = normalizeStarts(startUrls);
  const state = new CrawlState(deps.archive.db);
  // 1. open the run: the unfinished one for these start URLs, or a new one
  const runKey = JSON.stringify({ starts: [...starts].sort(), allow: [...opts.allowHosts].sort() });
  const { runId, resumed } = state.openRun(runKey, starts, opts.fresh);
  const session = new CrawlSession(opts, state, runId, deps.archive, deps.parse, deps.rules, deps.log, starts);
  const before = state.totals(runId);
  deps.log.info({ runId, resumed, starts }, resumed ? 'crawl resumed' : 'crawl started');
  // 2. seed: the start pages and each start host's feed/sitemap probes (deduped on resume)
  if (!resumed) seed(session, starts);
  // 3. drain the frontier with a few workers, within the budgets
  await drain(session, deps);
  // 4. close the run when nothing is left; report this invocation's share
  const pending = state.unfinishedCount(runId);
  const after = state.totals(runId);
  if (pending === 0) state.finishRun(runId, after);
  return { ...diffTotals(after, before), runId, resumed, pending };
}

function normalizeStarts(startUrls: readonly string[]): string[] {
  if (startUrls.length === 0) throw new InputError('invalid_parameter', 'start-url', 'crawl needs at least one start URL');
  return startUrls.map((raw) => {
    const n = normalizeUrl(raw, undefined, { keepTrailingSlash: true });
    if ('refused' in n) throw new InputError('invalid_parameter', 'start-url', `not an absolute http(s) URL: ${raw}`);
    return n.url;
  });
}

function seed(s: CrawlSession, starts: readonly string[]): void {
  for (const url of starts)
    s.state.enqueue(s.runId, { url: frontierKey(url), fetchUrl: url, kind: 'auto', depth: 0, discoveredFrom: null });
  if (!s.opts.probeFeeds) return;
  for (const origin of new Set(starts.map(originOf))) {
    const rules = s.rulesFor(new URL(origin).hostname);
    for (const path of rules.probes) s.offer(`${origin}${path}`, null, 0, 'xml', { optional: true });
  }
}

/** Workers claim URLs until the frontier is empty (or the budgets/stop signal say so) and nothing is in flight. */
async function drain(s: CrawlSession, deps: CrawlDeps): Promise<void> {
  let inFlight = 0;
  let done = 0;
  let articles = 0;
  let listings = 0;
  let wake: (() => void)[] = [];
  const notify = (): void => {
    const w = wake;
    wake = [];
    for (const f of w) f();
  };
  const claim = (): FrontierItem | null => {
    // once --max articles are fetched the invocation is done: more listing pages would only grow the frontier
    if (deps.signal?.aborted || articles >= s.opts.maxArticles) return null;
    const item = s.state.claimNext(s.runId, { articles: true, listings: listings < s.opts.maxListingPages });
    if (item?.kind === 'article') articles++;
    if (item?.kind === 'listing') listings++;
    return item;
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      const item = claim();
      if (item === null) {
        if (inFlight === 0) return notify();
        await new Promise<void>((resolve) => wake.push(resolve)); // an in-flight page may add URLs
        continue;
      }
      inFlight++;
      try {
        const result = await processItem(s, item);
        // an article refused before any request (robots.txt, host) was not fetched: its budget returns
        if (item.kind === 'article' && result.outcome === 'skipped' && (result.attempts ?? 0) === 0) articles--;
        done++;
        deps.onProgress?.({ url: item.url, result, done, pending: s.state.unfinishedCount(s.runId) });
      } catch (err) {
        // a bug or a store failure: leave the row active (resume retries it) and stop this run
        s.log.error({ err, url: item.url }, 'crawl item failed unexpectedly');
        throw err;
      } finally {
        inFlight--;
        notify();
      }
    }
  };
  await Promise.all(Array.from({ length: s.opts.concurrency }, worker));
}
