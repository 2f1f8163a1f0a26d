/**
 * @module A parse worker thread: page bytes in, Document (or the error's name, code and message)
 * out; or, for an ingest run, page files claimed, read, parsed and compressed here (file-claims.ts).
 * Parsing is pure, so a worker gives exactly what the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { isArchivistError } from '../errors.js';
import { compressBody } from '../store/codec.js';
import { FileClaims } from './file-claims.js';
import { parseFetchedPage, parseFile } from './parse-document.js';
import type { ErrorData, FileReply, FileRunRequest, ParseReply, ParseRequest } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');

port.on('message', (req: ParseRequest | FileRunRequest) => {
  if ('kind' in req) return runFiles(port, req);
  let reply: ParseReply;
  try {
    reply = { id: req.id, doc: parseFetchedPage(req.page, req.opts) };
  } catch (err) {
    reply = { id: req.id, error: errorData(err) };
  }
  port.postMessage(reply);
});

/** Claim files until none is left; each reply moves the page's buffers instead of copying them. */
function runFiles(out: MessagePort, run: FileRunRequest): void {
  const claims = new FileClaims(run.shared, run.paths.length, run.ahead);
  for (let index = claims.claimOrWait(); index !== undefined; index = claims.claimOrWait()) {
    const path = run.paths[index];
    if (path === null || path === undefined) continue;
    let reply: FileReply;
    try {
      const { doc, body, fetchedAt } = parseFile(path, run.opts);
      // a fresh buffer of its own, so it can be moved (zlib may hand out a slice of a shared pool)
      const { data, encoding } = compressBody(body);
      reply = { kind: 'file', index, doc, body, encoded: { data: new Uint8Array(data), encoding }, fetchedAt };
    } catch (err) {
      reply = { kind: 'file', index, error: errorData(err) };
    }
    out.postMessage(reply, 'body' in reply ? [reply.body.buffer as ArrayBuffer, reply.encoded.data.buffer as ArrayBuffer] : []);
  }
  out.postMessage({ kind: 'files-done' });
}

function errorData(err: unknown): ErrorData {
  const e = err instanceof Error ? err : new Error(String(err));
  const errno = (err as NodeJS.ErrnoException).code;
  return {
    name: e.name,
    code: isArchivistError(err) ? err.code : null,
    ...(!isArchivistError(err) && typeof errno === 'string' ? { errno } : {}),
    message: e.message,
  };
}
