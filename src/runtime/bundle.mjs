/**
 * @module Running the TypeScript sources without a build step, at full speed.
 *
 * tsx transpiles each file as it is loaded, with esbuild's keepNames on: every function and
 * closure gets wrapped in a call that names it, which made parsing a page ~15% slower, and the
 * per-file transpile costs ~0.7 CPU-seconds at every start (in every worker thread too). So the
 * CLI and the parse workers run from an esbuild bundle of their entry point instead, built at
 * start (~0.1-0.2 s, in esbuild's own process) into node_modules/.cache/archivist/. It is rebuilt
 * every run, so it is never stale; a file whose bytes would not change is left alone, so a
 * read-only install works once the bundles were built (`node src/runtime/bundle.mjs`, as the
 * Dockerfile does). When esbuild is missing or the bundle cannot be written, the caller falls back
 * to tsx. ARCHIVIST_BUNDLE=0 forces the fallback (a stack trace into the sources, for instance).
 *
 * Plain JavaScript: bin/archivist.js needs it before any TypeScript can run.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'archivist');

/** The entry points that run bundled, by name (paths from the project root). */
export const ENTRIES = {
  cli: 'src/cli/main.ts',
  'parse-worker': 'src/pipeline/parse-worker.ts',
};

/** The bundles built so far in this process, by name: each is built once. */
const built = new Map();

/**
 * The file URL of the bundle of `ENTRIES[name]`, or undefined when the sources must run through
 * tsx instead (ARCHIVIST_BUNDLE=0, no esbuild, a read-only install without the bundle).
 * @param {keyof typeof ENTRIES} name
 * @returns {Promise<string | undefined>}
 */
export function bundled(name) {
  return bundleEntry(ENTRIES[name], name);
}

/**
 * The same for any entry point (`entry` from the project root; the benches run this way).
 * @param {string} entry
 * @param {string} name
 * @returns {Promise<string | undefined>}
 */
export function bundleEntry(entry, name) {
  if (process.env.ARCHIVIST_BUNDLE === '0') return Promise.resolve(undefined);
  let url = built.get(name);
  if (!url) {
    url = build(entry, name).catch(() => undefined);
    built.set(name, url);
  }
  return url;
}

/** @param {string} entry @param {string} name */
async function build(entry, name) {
  const { build: esbuild } = await import('esbuild');
  const outfile = join(CACHE_DIR, `${name}.mjs`);
  const result = await esbuild({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external', // node_modules resolve from the cache folder, which lies inside it
    sourcemap: 'linked', // used only under --enable-source-maps: no cost otherwise
    write: false,
    logLevel: 'silent',
    plugins: [sourceUrls],
  });
  for (const file of result.outputFiles) await writeIfChanged(file.path, file.contents);
  return pathToFileURL(outfile).href;
}

// Each module keeps its own import.meta.url (the data files, assets and workers it names sit
// beside its source, not beside the bundle). Spelt in parts below: this file is bundled too, and
// its own source must not get the string replaced.
const MODULE_URL = ['import', 'meta', 'url'].join('.');

/** @type {import('esbuild').Plugin} */
const sourceUrls = {
  name: 'source-urls',
  setup(b) {
    b.onLoad({ filter: /\.(ts|mjs)$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      return { contents: source.replaceAll(MODULE_URL, JSON.stringify(pathToFileURL(args.path).href)), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/** Written whole (a temporary file renamed), so a process starting meanwhile never loads half a bundle. */
async function writeIfChanged(path, contents) {
  const current = await readFile(path).catch(() => undefined);
  if (current && Buffer.compare(current, contents) === 0) return;
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, contents);
  await rename(temporary, path);
}

// `node src/runtime/bundle.mjs`: build every bundle now (a read-only install's image build).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const name of Object.keys(ENTRIES)) {
    if (!(await bundled(name))) {
      process.stderr.write(`could not bundle ${ENTRIES[name]}\n`);
      process.exitCode = 1;
    }
  }
}
