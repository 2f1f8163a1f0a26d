/**
 * @module Page files read and parsed ahead, handed back strictly in input order, so the outcome
 * never depends on which thread parsed what (two files with one canonical URL: the later one
 * wins, as in a sequential run).
 *
 * Parsing costs several times more CPU than storing and indexing, so a big ingest parses on
 * worker threads too. The work is pulled, not pushed: every thread claims the next file itself
 * (file-claims.ts), the workers read, parse and compress it, and the main thread, between
 * storing and indexing batches, parses one too whenever the page due next is not ready.
 * Every thread stays busy whatever the pages cost and however many cores share the work.
 */
import { readFile } from 'node:fs/promises';
import type { Document } from '../document.js';
import type { EncodedBody, FetchedPage } from '../store/index.js';
import { FileClaims } from './file-claims.js';
import type { ListedInput } from './page-files.js';
import { parseFile, parseFileBytes } from './parse-document.js';
import type { FileParseOptions } from './parse-document.js';
import { revive } from './parse-pool.js';
import type { FileReply, ParsePool } from './parse-pool.js';

export const PREPARE_DEFAULTS = {
  // How far past the page stored next reading and parsing may run: bounds the memory held for
  // pages parsed out of order (a few MB of typical article pages).
  ahead: 256,
  // File reads under way at once when the main thread parses alone: the next reads are under
  // way while a page is parsed, instead of the thread idling on each read in turn.
  reads: 4,
} as const;

export type Prepared = { path: string; page: FetchedPage; doc: Document; encoded?: EncodedBody } | { path: string; error: unknown };

type PrepareOptions = FileParseOptions;

/**
 * Yields one Prepared per input, in input order. A read or parse failure is that input's
 * `error`; a parse worker that dies stops the run (it is no page's fault): the generator throws.
 */
export function preparePages(inputs: readonly ListedInput[], opts: PrepareOptions, pool?: ParsePool): AsyncGenerator<Prepared> {
  return pool ? preparePooled(inputs, opts, pool) : prepareHere(inputs, opts);
}

async function* preparePooled(inputs: readonly ListedInput[], opts: PrepareOptions, pool: ParsePool): AsyncGenerator<Prepared> {
  const done = new Map<number, Prepared>(); // ready, waiting for their turn
  inputs.forEach((input, index) => input.error && done.set(index, { path: input.path, error: input.error }));
  const shared = FileClaims.sharedMemory();
  const claims = new FileClaims(shared, inputs.length, PREPARE_DEFAULTS.ahead);
  const workerOpts: PrepareOptions = { generic: opts.generic, url: opts.url }; // callbacks cannot cross threads
  let fatal: unknown;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const running = pool.parseFiles(
    { paths: inputs.map((i) => (i.error ? null : i.path)), opts: workerOpts, shared, ahead: PREPARE_DEFAULTS.ahead },
    (reply) => {
      done.set(reply.index, fromWorker(inputs[reply.index]!.path, reply, opts.url));
      notify();
    },
  );
  running.catch((err: unknown) => {
    fatal = err;
    notify();
  });
  for (let next = 0; next < inputs.length;) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the worker pool's rejection, rethrown as it came
    if (fatal) throw fatal;
    const head = done.get(next);
    if (head) {
      done.delete(next++);
      claims.stored(next);
      yield head;
      continue;
    }
    const index = claims.tryClaim();
    if (index === undefined) {
      await new Promise<void>((resolve) => (wake = resolve));
      continue;
    }
    // the page due next is on a worker: parse one here meanwhile
    const input = inputs[index]!;
    if (!input.error) done.set(index, parsedHere(input.path, opts));
    await turn(); // let the workers' replies in
  }
}

/** The main thread alone: a few reads ahead, each page parsed as its turn comes. */
async function* prepareHere(inputs: readonly ListedInput[], opts: PrepareOptions): AsyncGenerator<Prepared> {
  const reads: Promise<Buffer | { error: unknown }>[] = [];
  let nextRead = 0;
  const readNext = () => {
    const input = inputs[nextRead++]!;
    reads.push(input.error ? Promise.resolve({ error: input.error }) : readFile(input.path).catch((error: unknown) => ({ error })));
  };
  for (const input of inputs) {
    while (nextRead < inputs.length && reads.length < PREPARE_DEFAULTS.reads) readNext();
    const read = await reads.shift()!;
    if ('error' in read) {
      yield { path: input.path, error: read.error };
      continue;
    }
    const body = new Uint8Array(read);
    yield parsed(input.path, () => parseFileBytes(input.path, body, opts), opts.url);
  }
}

function parsedHere(path: string, opts: PrepareOptions): Prepared {
  return parsed(path, () => parseFile(path, opts), opts.url);
}

function parsed(path: string, parse: () => { doc: Document; body: Uint8Array; fetchedAt: string }, url: string | undefined): Prepared {
  try {
    const { doc, body, fetchedAt } = parse();
    return { path, doc, page: savedPage(doc, body, fetchedAt, url) };
  } catch (error) {
    return { path, error };
  }
}

function fromWorker(path: string, reply: FileReply, url: string | undefined): Prepared {
  if ('error' in reply) return { path, error: revive(reply.error) };
  const { doc, body, fetchedAt, encoded } = reply;
  return { path, doc, page: savedPage(doc, body, fetchedAt, url), encoded };
}

/** A file has no fetch URL: --url if given, else the page's own canonical URL. */
function savedPage(doc: Document, body: Uint8Array, fetchedAt: string, url: string | undefined): FetchedPage {
  return { url: url ?? doc.url, fetchedAt, status: 200, headers: {}, body };
}

function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
