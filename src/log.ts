/**
 * @module The one pino logger. It writes to stderr (fd 2) so stdout stays data (NDJSON, --json):
 * pretty, coloured lines on a terminal (pino-pretty), one JSON object per line otherwise (a
 * pipe, a file, a container's log collector). LOG_FORMAT=json|pretty overrides the choice.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import { loadLogSettings } from './config.js';
import type { LogFormat, LogLevel } from './config.js';

export type { Logger };

/**
 * The logger at `level` (default: LOG_LEVEL). LOG_LEVEL and LOG_FORMAT are checked here even when
 * the configuration was loaded: `parse` logs without it. Throws InputError naming the variable.
 */
export function createLogger(level?: LogLevel): Logger {
  const settings = loadLogSettings();
  const options = { level: level ?? settings.level, base: { app: 'archivist' } };
  return pino(options, pretty(settings.format) ? prettyStream() : pino.destination(2));
}

/** A logger that drops everything: for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function pretty(format: LogFormat | undefined): boolean {
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
