#!/usr/bin/env node
// The package's `bin`: runs the TypeScript CLI from an esbuild bundle built at start (see
// src/runtime/bundle.mjs), or through tsx when it cannot be built: no build step either way.
import { bundled } from '../src/runtime/bundle.mjs';

const cli = await bundled('cli');
if (cli) {
  await import(cli);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
