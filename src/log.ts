/**
 * @module The one pino logger. It writes to stderr (fd 2) so stdout stays data (NDJSON, --json):
 * pretty, coloured lines on a terminal (pino-pretty), one JSON object per line otherwise (a
 * pipe, a file, a container's log collector). LOG_FORMAT=json|pretty overrides the choice.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  const options = { level, base: { app: 'archivist' } };
  return pino(options, prettyOnTerminal() ? prettyStream() : pino.destination(2));
}

/** A logger that drops everything: for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function prettyOnTerminal(): boolean {
  const format = process.env.LOG_FORMAT;
  if (format === 'json') return false;
  if (format === 'pretty') return true;
  return process.stderr.isTTY === true;
}

/** pino-pretty as a synchronous stream on stderr, loaded only for a terminal (no worker thread, no cost otherwise). */
function prettyStream(): DestinationStream {
  const require = createRequire(import.meta.url);
  const pretty = require('pino-pretty') as typeof import('pino-pretty');
  return pretty({ destination: 2, sync: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname,app', singleLine: true });
}
