/** Shared helpers for the scraper tests: our own sample pages under test/scrapers/pages/. */
import { readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { ParseError } from '../../src/errors.js';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = fileURLToPath(new URL('./pages/', import.meta.url));

export function samplePage(name: string): string {
  return readFileSync(`${PAGES_DIR}${name}`, 'utf8');
}

/** Asserts that `fn` throws a ParseError with `code` whose message matches `message`. */
export function assertParseError(fn: () => unknown, code: string, message: RegExp): void {
  assert.throws(fn, (err: unknown) => err instanceof ParseError && err.code === code && message.test(err.message));
}
