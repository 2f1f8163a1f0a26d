/**
 * @module Running the TypeScript sources without a build step, at full speed.
 *
 * tsx transpiles each file as it is loaded, with esbuild's keepNames on: every function and
 * closure gets wrapped in a call that names it, which made parsing a page measurably slower, and
 * the per-file transpile costs CPU at every start (in every worker thread too; figures in
 * docs/benchmarks.md, "Start-up and memory"). So the CLI and the parse workers run from an
 * esbuild bundle of their entry point instead, built at start (in esbuild's own process) into
 * node_modules/.cache/archivist/<name>/. It is
 * rebuilt whenever a file it was built from changed size or modification time (the stamp in
 * inputs.json, checked in a few ms), so it is never stale; otherwise esbuild is not even loaded,
 * and a read-only install works once the bundles were built (`node src/runtime/bundle.mjs`, as
 * the Dockerfile does). When esbuild is missing or the bundle cannot be written, the caller falls
 * back to tsx. ARCHIVIST_BUNDLE=0 forces the fallback (a stack trace into the sources, say).
 *
 * Plain JavaScript: bin/archivist.js needs it before any TypeScript can run.
 */
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'archivist');

/** The entry points that run bundled, by name (paths from the project root). */
export const ENTRIES = {
  cli: 'src/cli/main.ts',
  'parse-worker': 'src/parse/parse-worker.ts',
  'prep-worker': 'src/search/embedded/prep-worker.ts',
  'facet-worker': 'src/search/embedded/facet-worker.ts',
  'hit-worker': 'src/search/embedded/hit-worker.ts',
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
    url = buildBundle(entry, name).catch(() => undefined);
    built.set(name, url);
  }
  return url;
}

/**
 * bundleEntry without the once-per-process memo: builds unless the bundle on disk is up to date.
 * Throws when it cannot build. Returns the file URL of the entry.
 * @param {string} entry @param {string} name
 * @returns {Promise<string>}
 */
export async function buildBundle(entry, name) {
  const dir = join(CACHE_DIR, name);
  const outfile = join(dir, `${name}.mjs`);
  const stampFile = join(dir, 'inputs.json');
  const url = pathToFileURL(outfile).href;
  if (upToDate(stampFile)) return url;
  const { build: esbuild } = await import('esbuild');
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: { [name]: join(ROOT, entry) },
    outdir: dir,
    // Code that only some commands need (the HTTP server, the Meilisearch client) sits in chunks loaded at their dynamic import(): without splitting, esbuild hoists every
    // package they import to the top of the bundle, loaded at every start.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external', // node_modules resolve from the cache folder, which lies inside it
    sourcemap: 'linked', // used only under --enable-source-maps: no cost otherwise
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [sourceUrls],
  });
  // Chunks first, the entry last: a process starting meanwhile finds every chunk its entry names.
  const files = [...result.outputFiles].sort((a, b) => Number(a.path.startsWith(outfile)) - Number(b.path.startsWith(outfile)));
  for (const file of files) await writeIfChanged(file.path, file.contents);
  const record = { root: ROOT, inputs: stamp(Object.keys(result.metafile.inputs)), outputs: files.map((f) => f.path) };
  await writeIfChanged(stampFile, Buffer.from(JSON.stringify(record)));
  await removeStale(dir, new Set([...files.map((f) => f.path), stampFile]));
  return url;
}

// Besides the sources, a bundle depends on how it is built: this file and esbuild's version.
const BUILD_INPUTS = ['src/runtime/bundle.mjs', 'node_modules/esbuild/package.json'];

/**
 * Size and modification time of every file a bundle was built from (paths from the project root).
 * @param {string[]} inputs
 * @returns {Record<string, [number, number]>}
 */
function stamp(inputs) {
  const paths = [...new Set([...inputs, ...BUILD_INPUTS])].sort();
  return Object.fromEntries(
    paths.map((p) => {
      const info = statSync(join(ROOT, p));
      return [p, [info.size, info.mtimeMs]];
    }),
  );
}

/**
 * Every file of the bundle is there and none of its inputs changed since it was built, in this
 * very folder: esbuild is not even loaded at start. Any doubt (no stamp, a file gone) means a
 * rebuild. The folder counts because a bundle names its sources' files by absolute URL (see
 * sourceUrls): an install copied or moved elsewhere would read its data files, assets and workers
 * from the old place while that still exists.
 * Synchronous on purpose: the stat calls take a couple of milliseconds, while as promises their
 * callbacks waited behind whatever the thread ran meanwhile (the ingest's first pages), so the
 * parse workers started late.
 * @param {string} stampFile
 */
function upToDate(stampFile) {
  try {
    /** @type {{ root?: string, inputs: Record<string, [number, number]>, outputs: string[] }} */
    const { root, inputs, outputs } = JSON.parse(readFileSync(stampFile, 'utf8'));
    if (root !== ROOT) return false;
    for (const file of outputs) statSync(file);
    const now = stamp(Object.keys(inputs));
    return Object.entries(now).every(([p, [size, mtime]]) => inputs[p]?.[0] === size && inputs[p]?.[1] === mtime);
  } catch {
    return false;
  }
}

// A chunk of an older build is removed once no process can still be starting from that build.
const STALE_AFTER_MS = 10 * 60 * 1000;

/** @param {string} dir @param {Set<string>} keep */
async function removeStale(dir, keep) {
  for (const file of await readdir(dir)) {
    const path = join(dir, file);
    if (keep.has(path)) continue;
    const info = await stat(path).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_AFTER_MS) await rm(path, { force: true });
  }
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
      return {
        contents: source.replaceAll(MODULE_URL, JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('.ts') ? 'ts' : 'js',
      };
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
