import assert from 'node:assert/strict';
import { InputError } from '../../src/errors.js';

/** What `fn` refuses, as "parameter | message" (its InputError), or "no error" when it runs. */
export function inputErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, `not an InputError: ${String(err)}`);
    return `${err.parameter} | ${err.message}`;
  }
  return 'no error';
}
