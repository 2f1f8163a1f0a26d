// An entry point for test/runtime/bundle.test.ts: what a bundled module sees as its own URL.
import { bundleEntry } from '../../src/runtime/bundle.mjs';

export const here = import.meta.url;
export const bundlerHere = typeof bundleEntry === 'function';
