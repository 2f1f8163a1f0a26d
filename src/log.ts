/**
 * @module The one pino logger. It writes to stderr (fd 2) so stdout stays data (NDJSON, --json).
 */
import { pino, type Logger } from 'pino';

export type { Logger };

export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({ level, base: { app: 'archivist' } }, pino.destination(2));
}

/** A logger that drops everything: for tests. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
