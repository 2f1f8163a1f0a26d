/**
 * @module `archivist ingest <file-or-dir>…`: parse saved pages, store them with their raw bytes,
 * then drain the index queue into the engine.
 */
import { Command } from 'commander';
import { ArchivistError, InputError } from '../../errors.js';
import { withIngestPlan } from '../../pipeline/ingest-plan.js';
import type { AppContext } from '../../app/index.js';
import type { IngestFilesOptions, IngestFilesSummary } from '../../pipeline/index.js';
import { withContext } from '../context.js';
import { pageUrlOption } from '../page-url.js';
import { formatCounts, printSummary } from '../print.js';
import { createProgress } from '../progress.js';
import { watchStopSignals } from '../stop-signals.js';

interface IngestOptions {
  url?: string;
  workers?: number;
  generic?: boolean;
  json?: boolean;
}

export const ingestCommand = new Command('ingest')
  .description('parse saved pages and store + index them')
  .argument('<file-or-dir...>', 'page files, or directories of .html/.htm files (recursive, sorted)')
  .option('--url <url>', 'the page URL, for a single file (default: its canonical URL)', pageUrlOption)
  .option('--generic', 'skip site-specific scrapers')
  .option(
    '--workers <n>',
    'parse worker threads besides the main thread (0 = none; default: one per core but one, for runs of 1,000+ pages)',
    parseWorkers,
  )
  .option('--json', 'print one JSON object instead of a summary')
  .action(async (paths: string[], opts: IngestOptions) => {
    // The parse workers start loading first, alongside the archive, engine and parsers here.
    await withIngestPlan(paths, opts, async (plan) => {
      const { ingestPlanned } = await import('../../pipeline/ingest.js');
      await withContext((ctx) => ingestWith(ctx, paths, opts, (o) => ingestPlanned(ctx, plan, o)));
    });
  });

/** The run itself, with progress bars; prints its summary and fails when nothing worked. */
async function ingestWith(
  ctx: AppContext,
  paths: string[],
  opts: IngestOptions,
  ingest: (o: IngestFilesOptions) => Promise<IngestFilesSummary>,
): Promise<void> {
  const parsing = createProgress('ingest', ctx.log);
  const indexing = createProgress('index', ctx.log);
  // SIGINT or SIGTERM (`docker compose stop`): the pages parsed so far are stored and indexed, the
  // summary printed; a rerun stores the rest (stop-signals.ts)
  const stop = watchStopSignals((signal) =>
    ctx.log.warn({ signal }, 'stopping: the pages parsed so far are stored and indexed, the rest is left for the next run'),
  );
  const summary = await ingest({
    url: opts.url,
    generic: opts.generic,
    signal: stop.signal,
    onProgress: (done, total) => parsing.update(done, total),
    onIndexProgress: (done, total) => {
      parsing.stop();
      indexing.update(done, total);
    },
  }).finally(() => {
    stop.dispose();
    parsing.stop();
    indexing.stop();
  });
  if (summary.pages === 0) {
    throw new InputError('invalid_parameter', 'file-or-dir', `no .html/.htm page files in ${paths.join(' ')}`);
  }
  const { pages, new: added, updated, unchanged, errors, stopped } = summary;
  printSummary({ pages, new: added, updated, unchanged, errors, ...(stopped ? { stopped } : {}) }, opts, () => humanSummary(summary));
  failIfNothingWorked(summary);
}

// More threads than this only add memory (each holds the scrapers and vocabularies).
const MAX_WORKERS = 16;

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKERS) {
    throw new InputError(
      'invalid_parameter',
      'workers',
      `--workers must be an integer from 0 to ${MAX_WORKERS} (got ${JSON.stringify(value)})`,
    );
  }
  return n;
}

function humanSummary(s: IngestFilesSummary): string[] {
  const stored = s.new + s.updated + s.unchanged;
  return [
    ...(s.stopped ? [`stopped: ${stored} of ${s.pages} pages stored; run ingest again for the rest`] : []),
    `pages: ${s.pages} (new ${s.new}, updated ${s.updated}, unchanged ${s.unchanged})`,
    `errors: ${formatCounts(s.errors)}`,
    `indexed: ${s.indexed}, pending: ${s.pending}`,
  ];
}

/** Exit 1 when no page could be stored, or the engine refused the documents. */
function failIfNothingWorked(s: IngestFilesSummary): void {
  if (s.new + s.updated + s.unchanged === 0 && !s.stopped) {
    throw new ArchivistError('no_pages_ingested', `none of the ${s.pages} pages could be ingested (${formatCounts(s.errors)})`);
  }
  if (s.indexError) {
    throw new ArchivistError(
      s.indexError.code,
      `pages stored, but indexing failed (${s.indexError.message}); ${s.pending} waiting in the index queue: run "archivist index" once the engine is back`,
    );
  }
}
