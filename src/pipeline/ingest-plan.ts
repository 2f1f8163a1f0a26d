/**
 * @module The first step of an ingest: which page files, and whether parse workers help. Kept
 * apart from the parsers and the store (it imports neither), so the CLI can start the workers
 * before it loads those: a worker takes ~0.3-0.5 s to load its own code, which then overlaps
 * the main thread's loading instead of following it. The worker parses its first page ~0.45 s
 * after start instead of ~1.0-1.4 s (1,500 pages: 3.67 s instead of 3.82 s, eight runs each).
 */
import { InputError } from '../errors.js';
import { listPageFiles } from './files.js';
import type { ListedInput } from './files.js';
import { PARSE_POOL_DEFAULTS, ParsePool } from './parse-pool.js';

export interface IngestPlan {
  inputs: ListedInput[];
  /** parse workers for this run, already starting; the ingest that takes the plan closes it */
  pool?: ParsePool;
}

export interface PlanOptions {
  /** parse worker threads besides the main thread; 0 = the main thread alone. Default:
   *  PARSE_POOL_DEFAULTS.size for runs of at least PARSE_POOL_DEFAULTS.minPages pages, else none */
  workers?: number;
  /** the page URL given for a single file: more than one readable file is an InputError */
  url?: string;
}

export async function planIngest(paths: readonly string[], opts: PlanOptions = {}): Promise<IngestPlan> {
  const inputs = await listPageFiles(paths);
  const files = inputs.filter((i) => !i.error).length;
  if (opts.url !== undefined && files > 1) {
    throw new InputError('invalid_parameter', 'url', `--url needs exactly one page file (got ${files})`);
  }
  const size = opts.workers ?? (inputs.length >= PARSE_POOL_DEFAULTS.minPages ? PARSE_POOL_DEFAULTS.size : 0);
  return size > 0 ? { inputs, pool: new ParsePool(size) } : { inputs };
}

/** Stop a plan's parse workers: once its pages are parsed, or when its ingest never runs (closing twice is harmless). */
export async function closePlan(plan: IngestPlan): Promise<void> {
  await plan.pool?.close();
}
