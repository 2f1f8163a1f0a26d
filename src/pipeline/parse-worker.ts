/**
 * @module A parse worker thread: page bytes in, Document (or the error's name, code and message)
 * out. Parsing is pure, so a worker gives exactly what the main thread would.
 */
import { parentPort } from 'node:worker_threads';
import { ArchivistError } from '../errors.js';
import { parsePage } from './parse-page.js';
import type { ParseRequest, ParseReply } from './parse-pool.js';

const port = parentPort;
if (!port) throw new Error('parse-worker must run in a worker thread');

port.on('message', (req: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id: req.id, doc: parsePage(req.page, req.opts) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id: req.id, error: { name: e.name, code: err instanceof ArchivistError ? err.code : null, message: e.message } };
  }
  port.postMessage(reply);
});
