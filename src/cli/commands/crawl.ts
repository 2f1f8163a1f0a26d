/**
 * @module `archivist crawl <start-url>… [--max N] [--since DATE]`: discover and fetch articles
 * (feeds, sitemaps, listing pages), store raw pages and Documents, then drain the index queue.
 * Progress and logs on stderr; the summary (or --json object) on stdout.
 */
import { Command, InvalidArgumentError } from 'commander';
import { withContext } from '../context.js';
import type { AppContext } from '../../app/index.js';
import { ArchivistError, InputError, isArchivistError } from '../../errors.js';
import type { CrawlOptionsInput, CrawlSummary } from '../../crawl/index.js';
import { formatCounts, printSummary } from '../print.js';
import { createProgress } from '../progress.js';
import { watchStopSignals } from '../stop-signals.js';

interface CrawlCliOptions {
  max?: number;
  since?: string;
  allowHost: string[];
  concurrency?: number;
  delay?: number;
  timeout?: number;
  userAgent?: string;
  fresh?: boolean;
  probe: boolean;
  json?: boolean;
}

export const crawlCommand = new Command('crawl')
  .description('discover and fetch articles (RSS, sitemap, listing pages), store raw HTML and documents, queue indexing')
  .argument('<start-url...>', 'absolute http(s) URLs; links are followed on these hosts only')
  .option('--max <n>', 'fetch at most N articles in this run', wholeNumber)
  .option('--since <date>', 'skip feed/sitemap entries dated before DATE (YYYY-MM-DD or ISO) and stop paginating past it')
  .option('--allow-host <host>', 'also follow links to this host (repeatable)', collect, [])
  .option('--concurrency <n>', 'pages in flight at once', wholeNumber)
  .option(
    '--delay <ms>',
    'minimum ms between requests to one host (default 1000; 0 for loopback hosts; robots.txt Crawl-delay may raise it)',
    wholeNumber,
  )
  .option('--timeout <ms>', 'per-request time limit in ms', wholeNumber)
  .option('--user-agent <ua>', 'User-Agent sent and matched against robots.txt')
  .option('--fresh', 'start a new run even if an interrupted one could be resumed')
  .option('--no-probe', 'do not probe /rss.xml and /sitemap.xml on the start hosts')
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (startUrls: string[], opts: CrawlCliOptions) => {
    const since = await sinceDate(opts.since);
    await withContext(async (ctx) => {
      // Ctrl-C or SIGTERM (docker compose stop, a supervisor): stop claiming URLs, let the pages in
      // flight finish and be recorded, index what was stored; the run resumes next time. Watched
      // through the drain too, so a stop there still indexes and prints the summary.
      const stop = watchStopSignals((signal) =>
        ctx.log.warn({ signal }, 'stopping after the pages in flight, then indexing what was stored (a second signal quits now)'),
      );
      let summary: CrawlSummary;
      let drained: Awaited<ReturnType<typeof drainQuietly>>;
      try {
        summary = await runCrawl(ctx, startUrls, opts, since, stop.signal);
        drained = await drainQuietly(ctx);
      } finally {
        stop.dispose();
      }
      const { fetched, notModified, failed, skipped, new: added, updated } = summary;
      printSummary(
        {
          fetched,
          notModified,
          failed,
          skipped,
          new: added,
          updated,
          unchanged: summary.unchanged,
          resumed: summary.resumed,
          pending: summary.pending,
          indexed: drained.indexed,
          indexPending: drained.pending,
        },
        opts,
        () => humanSummary(summary, drained),
      );
      if (drained.error) throw drained.error;
      failIfNothingFetched(summary);
    });
  });

async function runCrawl(
  ctx: AppContext,
  startUrls: string[],
  opts: CrawlCliOptions,
  since: Date | null,
  signal: AbortSignal,
): Promise<CrawlSummary> {
  const input: CrawlOptionsInput = {
    maxArticles: opts.max,
    since,
    allowHosts: opts.allowHost,
    concurrency: opts.concurrency,
    hostDelayMs: opts.delay,
    loopbackDelayMs: opts.delay, // an explicit --delay applies to local hosts too
    timeoutMs: opts.timeout,
    userAgent: opts.userAgent,
    fresh: opts.fresh,
    probeFeeds: opts.probe,
  };
  const [{ crawl }, { parseFetchedPage }, { CRAWL_RULES }] = await Promise.all([
    import('../../crawl/index.js'),
    import('../../parse/parse-document.js'),
    import('../../../scrapers/index.js'),
  ]);
  const progress = createProgress('crawl', ctx.log);
  try {
    return await crawl(startUrls, input, {
      archive: ctx.archive,
      log: ctx.log.child({ stage: 'crawl' }),
      parse: (page, onWarning) => parseFetchedPage(page, { onWarning }),
      rules: CRAWL_RULES,
      signal,
      onProgress: ({ url, result, done, pending }) => {
        ctx.log.debug({ url, outcome: result.outcome, reason: result.reason, save: result.save }, 'crawled');
        progress.update(done, done + pending);
      },
    });
  } finally {
    progress.stop();
  }
}

/** Drain the outbox; an engine failure is reported after the summary (documents stay stored and queued). */
async function drainQuietly(ctx: AppContext): Promise<{ indexed: number; pending: number; error?: ArchivistError }> {
  const { drainOutbox } = await import('../../pipeline/index.js');
  try {
    return await drainOutbox(ctx);
  } catch (err) {
    if (!isArchivistError(err)) throw err;
    return { indexed: 0, pending: ctx.archive.outbox.pending(), error: err };
  }
}

function humanSummary(s: CrawlSummary, drained: { indexed: number; pending: number }): string[] {
  return [
    `fetched: ${s.fetched}, not modified: ${s.notModified}`,
    `documents: new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged}`,
    `failed: ${formatCounts(s.failed)}`,
    `skipped: ${formatCounts(s.skipped)}`,
    s.pending > 0 ? `left in the frontier: ${s.pending} (run ${s.runId}; run crawl again to resume)` : `run ${s.runId} complete`,
    `indexed: ${drained.indexed}, pending: ${drained.pending}`,
  ];
}

/** Exit 1 when not one page could be fetched (host down, robots.txt unreachable, everything refused). */
function failIfNothingFetched(s: CrawlSummary): void {
  if (s.fetched + s.notModified > 0) return;
  const reasons = formatCounts({ ...s.failed, ...s.skipped });
  if (reasons === 'none') return; // nothing was tried: the run was already complete or --max 0
  throw new ArchivistError('nothing_fetched', `crawl fetched nothing (${reasons})`);
}

function wholeNumber(v: string): number {
  if (!/^\d+$/u.test(v)) throw new InvalidArgumentError('expected a whole number');
  return Number(v);
}

/**
 * `--since` read as search reads `--from` (the API's own parser): a day that exists, or an ISO
 * 8601 timestamp (UTC when it names no zone). `new Date()` took `5` and `2016-02-30` too, as dates
 * nobody meant (2001-05-01 local time, 2016-03-01).
 */
async function sinceDate(value: string | undefined): Promise<Date | null> {
  if (value === undefined) return null;
  const { toIsoBound } = await import('../../server/params.js');
  const iso = toIsoBound(value.trim(), 'start');
  if (iso === null) throw new InputError('invalid_parameter', '--since', '--since: expected a date YYYY-MM-DD or an ISO 8601 timestamp');
  return new Date(iso);
}

function collect(v: string, all: string[]): string[] {
  return [...all, v];
}
