/**
 * @module Parsing on worker threads. Parsing (decode, scrape, entities) costs more CPU than
 * storing and indexing together, so a big ingest spreads it over the cores while the main thread
 * stores the results in input order (prepare-pages.ts). Two ways in: `parse` (one page, sent as a
 * message) and `parseFiles` (an ingest: every worker claims, reads, parses and compresses page
 * files itself, file-claims.ts). Workers run the esbuild bundle of parse-worker.ts.
 */
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { Document } from '../document.js';
import { bundled } from '../runtime/bundle.mjs';
import { startWorker, stopWorker } from '../runtime/start-worker.js';
import { ArchivistError, ParseError } from '../errors.js';
import type { ParseErrorCode } from '../errors.js';
import type { EncodedBody } from '../store/index.js';
import type { FileParseOptions, PageInput, ParseOptions } from './parse-document.js';

export const PARSE_POOL_DEFAULTS = {
  // One per core but one: the main thread parses too, between its saves and index batches
  // (prepare-pages.ts), so this many keeps every core busy without more threads than cores
  // (on 2 cores a second worker was slower: the threads and their GCs crowd each other). Capped
  // because each worker holds its own scrapers and vocabularies (tens of MB each).
  size: Math.max(1, Math.min(4, os.availableParallelism() - 1)),
  // A worker costs CPU to start (loading the bundle, scrapers and vocabularies) and more warming
  // its JIT up, so the pool pays off only for runs of several hundred pages (the break-even and
  // the gain: docs/benchmarks.md, "Ingest"). On a machine whose cores are all busy it only adds
  // that cost, so it is kept for runs large enough to matter.
  minPages: 1_000,
} as const;

export interface ParseRequest {
  id: number;
  page: PageInput;
  opts: ParseOptions;
}
export type ParseReply = { id: number; doc: Document } | { id: number; error: ErrorData };

/** An error as it crosses threads: `code` is an ArchivistError's, `errno` a failed read's ("ENOENT"). */
export interface ErrorData {
  name: string;
  code: string | null;
  errno?: string;
  message: string;
}

/** Every worker claims, reads, parses and compresses page files itself (file-claims.ts). */
export interface FileRunRequest {
  kind: 'files';
  /** null: an input the workers skip (the main thread already has its error) */
  paths: readonly (string | null)[];
  opts: FileParseOptions;
  /** FileClaims.sharedMemory() */
  shared: SharedArrayBuffer;
  ahead: number;
}
export type FileReply =
  | { kind: 'file'; index: number; doc: Document; body: Uint8Array; encoded: EncodedBody; fetchedAt: string }
  | { kind: 'file'; index: number; error: ErrorData };
type FilesDone = { kind: 'files-done' };

/** A worker thread died: every page waiting on it fails with this, and the run should stop. */
export class ParseWorkerDied extends Error {
  override name = 'ParseWorkerDied';
}

interface Pending {
  resolve(doc: Document): void;
  reject(err: Error): void;
}

export class ParsePool {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | undefined;
  private closing = false;
  private fileRun: { onFile(reply: FileReply): void; workersLeft: number; resolve(): void; reject(err: Error): void } | undefined;

  private readonly started: Promise<Worker[]>;
  private closed: Promise<void> | undefined;

  /** `closeAfterFiles`: a pool for one ingest run, whose workers stop once its parseFiles run is done */
  constructor(
    readonly size: number = PARSE_POOL_DEFAULTS.size,
    private readonly options: { closeAfterFiles?: boolean } = {},
  ) {
    this.started = workerScript().then((script) => {
      for (let i = 0; i < size && !this.closing; i++) this.workers.push(this.spawn(script));
      return this.workers;
    });
  }

  /** Resolves once the worker threads exist (their code may still be loading). */
  async ready(): Promise<void> {
    await this.started;
  }

  /** Parse on the next worker (round robin: pages cost about the same). Rejects like parseFetchedPage throws. */
  parse(page: PageInput, opts: ParseOptions = {}): Promise<Document> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<Document>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // the bytes are copied, not transferred: the caller keeps them to store the raw page
      void this.started.then((workers) => workers[id % workers.length]?.postMessage({ id, page, opts } satisfies ParseRequest));
    });
  }

  /**
   * Start every worker on `request` (one run at a time); each page file's outcome goes to
   * `onFile` as it comes. Resolves when every worker has run out of files; rejects with
   * ParseWorkerDied when a worker dies.
   */
  parseFiles(request: Omit<FileRunRequest, 'kind'>, onFile: (reply: FileReply) => void): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.fileRun) return Promise.reject(new Error('parseFiles: a run is already under way'));
    return new Promise<void>((resolve, reject) => {
      this.fileRun = { onFile, workersLeft: this.size, resolve, reject };
      void this.started.then((workers) => {
        for (const worker of workers) worker.postMessage({ kind: 'files', ...request } satisfies FileRunRequest);
      });
    });
  }

  /** Pages sent and not yet answered, over all workers. */
  get queued(): number {
    return this.pending.size;
  }

  /** Stop the workers (closing twice is harmless). */
  close(): Promise<void> {
    this.closing = true;
    this.closed ??= this.started.then(async (workers) => {
      await Promise.all(workers.map(stopWorker));
    });
    return this.closed;
  }

  private spawn(script: URL): Worker {
    const worker = startWorker(script);
    worker.on('message', (reply: ParseReply | FileReply | FilesDone) => this.receive(reply));
    // a worker that dies (out of memory, a bug at load) fails every request still waiting
    worker.on('error', (err) => this.fail(new ParseWorkerDied(`parse worker failed: ${err.message}`, { cause: err })));
    // a parse worker never exits on its own: any exit we did not ask for is a death
    worker.on('exit', (code) => this.fail(new ParseWorkerDied(`parse worker exited with code ${code}`)));
    return worker;
  }

  private receive(reply: ParseReply | FileReply | FilesDone): void {
    if (!('kind' in reply)) return this.settle(reply);
    const run = this.fileRun;
    if (!run) return;
    if (reply.kind === 'file') return run.onFile(reply);
    if (--run.workersLeft === 0) {
      this.fileRun = undefined;
      if (this.options.closeAfterFiles) void this.close();
      run.resolve();
    }
  }

  private settle(reply: ParseReply): void {
    const waiter = this.pending.get(reply.id);
    if (!waiter) return;
    this.pending.delete(reply.id);
    if ('doc' in reply) waiter.resolve(reply.doc);
    else waiter.reject(revive(reply.error));
  }

  private fail(err: Error): void {
    if (this.closing) return; // close() terminates the workers: not a failure
    this.failure ??= err;
    for (const waiter of this.pending.values()) waiter.reject(err);
    this.pending.clear();
    this.fileRun?.reject(err);
    this.fileRun = undefined;
  }
}

/** The worker's code: the bundle (src/runtime/bundle.mjs), else the TypeScript through tsx. */
async function workerScript(): Promise<URL> {
  return new URL((await bundled('parse-worker')) ?? './parse-worker-boot.mjs', import.meta.url);
}

/** Errors cross the thread boundary as plain data: rebuild the typed ones. */
export function revive(e: ErrorData): Error {
  if (e.errno) return Object.assign(new Error(e.message), { name: e.name, code: e.errno });
  if (e.name === 'ParseError' && e.code) return new ParseError(e.code as ParseErrorCode, e.message);
  if (e.code) return new ArchivistError(e.code, e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}
