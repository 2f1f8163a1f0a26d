/**
 * @module `npm run bench [name…] [--size N]`: runs every bench/<name>.bench.ts (or the named
 * ones) in turn; OPT_IN benches only when named. `--size N` sets the archive size of the benches
 * that take one (`npm run bench scale -- --size 1000000`).
 * Each prints its figures beside the reference it is compared with, measured in the same run.
 * BENCH_QUICK=1 shrinks corpora for a fast smoke run (figures are then not the reported ones).
 * A bench runs from an esbuild bundle, as the CLI and the parse workers do (src/runtime/bundle.mjs),
 * so it measures the code as it runs in use, not tsx's transpiled copy of it.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import os from 'node:os';
import { bundleEntry } from '../src/runtime/bundle.mjs';

// The order readers expect: the pipeline's order, parse first, HTTP last.
const ORDER = ['parse', 'generic', 'entities', 'ingest', 'search', 'phrases', 'research', 'batch', 'http'];
// Run only when named: building a large archive takes minutes to hours.
const OPT_IN = ['scale'];

const dir = fileURLToPath(new URL('.', import.meta.url));
const available = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .map((f) => f.replace(/\.bench\.ts$/, ''))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
const args = process.argv.slice(2);
const sizeAt = args.indexOf('--size');
const size = sizeAt === -1 ? undefined : Number(args[sizeAt + 1]);
if (size !== undefined && !(Number.isInteger(size) && size > 0)) {
  process.stderr.write(`--size takes a positive whole number, not ${args[sizeAt + 1]}\n`);
  process.exit(1);
}
const wanted = args.filter((a, i) => !a.startsWith('-') && (sizeAt === -1 || i !== sizeAt + 1));
const unknown = wanted.filter((w) => !available.includes(w));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench: ${unknown.join(', ')} (available: ${available.join(', ')})\n`);
  process.exit(1);
}
const quick = process.env.BENCH_QUICK === '1';
console.log(`# archivist benchmarks  ${new Date().toISOString()}`);
console.log(
  `# node ${process.version}, ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB${quick ? ', QUICK MODE (small corpora)' : ''}`,
);
const names = wanted.length > 0 ? wanted : available.filter((name) => !OPT_IN.includes(name));
for (const name of names) {
  console.log(`\n## ${name}`);
  // One process per bench: memory figures (RSS) and GC state must not carry over from the
  // bench before (the parse bench alone holds ~2 GB of pages).
  const bundle = await bundleEntry(`bench/${name}.bench.ts`, `bench-${name}`);
  const entry = bundle ?? pathToFileURL(join(dir, `${name}.bench.ts`)).href;
  const script = `const m = await import(${JSON.stringify(entry)}); await m.main({ quick: ${quick}, size: ${size ?? 'undefined'} });`;
  const args = [...(bundle ? [] : ['--import', 'tsx']), '--input-type=module', '--eval', script];
  const child = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (child.status !== 0) process.exitCode = 1;
}

function rank(name: string): number {
  const i = ORDER.indexOf(name);
  return i === -1 ? ORDER.length : i;
}
