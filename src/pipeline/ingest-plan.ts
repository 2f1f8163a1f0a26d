/**
 * @module The first step of an ingest: which page files, and whether parse workers help. Kept
 * apart from the parsers and the store (it imports neither), so the CLI can start the workers
 * before it loads those: a worker takes a while to load its own code, which then overlaps the
 * main thread's loading instead of following it (docs/benchmarks.md, "ingest start-up").
 * `withIngestPlan` is the one owner of a plan's parse workers: it stops them however the run ends.
 */
import { InputError } from '../errors.js';
import { listPageFiles, PARSE_POOL_DEFAULTS, ParsePool } from '../parse/index.js';
import type { ListedInput } from '../parse/index.js';

export interface IngestPlan {
  inputs: ListedInput[];
  /** parse workers for this run, already starting; they stop once the run's files are parsed, or when its owner (withIngestPlan) ends */
  pool?: ParsePool;
}

export interface PlanOptions {
  /** parse worker threads besides the main thread; 0 = the main thread alone. Default:
   *  PARSE_POOL_DEFAULTS.size for runs of at least PARSE_POOL_DEFAULTS.minPages pages, else none */
  workers?: number;
  /** the page URL given for a single file: more than one readable file is an InputError */
  url?: string;
}

/** Plan an ingest, run it, and stop the plan's parse workers whatever happens (an error, or a run that never starts). */
export async function withIngestPlan<T>(paths: readonly string[], opts: PlanOptions, run: (plan: IngestPlan) => Promise<T>): Promise<T> {
  const plan = await planIngest(paths, opts);
  try {
    return await run(plan);
  } finally {
    await plan.pool?.close();
  }
}

export async function planIngest(paths: readonly string[], opts: PlanOptions = {}): Promise<IngestPlan> {
  const inputs = await listPageFiles(paths);
  const files = inputs.filter((i) => !i.error).length;
  if (opts.url !== undefined && files > 1) {
    throw new InputError('invalid_parameter', 'url', `--url needs exactly one page file (got ${files})`);
  }
  const size = opts.workers ?? (inputs.length >= PARSE_POOL_DEFAULTS.minPages ? PARSE_POOL_DEFAULTS.size : 0);
  // one run's pool: its workers stop once the files are parsed, so their memory is free for the index drain
  return size > 0 ? { inputs, pool: new ParsePool(size, { closeAfterFiles: true }) } : { inputs };
}
