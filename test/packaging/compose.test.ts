/**
 * docker compose and the Dockerfile cannot run on a machine without a Docker engine, so these
 * tests read them as data and check what the README promises: the services, pinned images,
 * healthchecks, volumes, the wiring of the app to Meilisearch, keys only from the environment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../helpers/tmp.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(root + path, 'utf8');

type Service = Record<string, any>; // parsed YAML: shapes are what the assertions check
const compose = parse(read('docker-compose.yml')) as { name: string; services: Record<string, Service>; volumes: Record<string, unknown> };
const { meilisearch, app, crawler } = compose.services as Record<'meilisearch' | 'app' | 'crawler', Service>;
const meiliKey = compose.services['meili-key']!;

const APP_ENVIRONMENT = {
  MEILI_HOST: 'http://meilisearch:7700',
  MEILI_API_KEY_FILE: '/run/archivist/meili-api-key',
  MEILI_INDEX: '${MEILI_INDEX:-articles}',
  ARCHIVIST_API_KEY: '${ARCHIVIST_API_KEY:-}',
  ARCHIVIST_DATA_DIR: '/data',
  HOST: '0.0.0.0',
  PORT: '3000',
  LOG_LEVEL: '${LOG_LEVEL:-info}',
  EXPORT_MAX_ROWS: '${EXPORT_MAX_ROWS:-100000}',
  ARCHIVIST_SYNONYMS: '${ARCHIVIST_SYNONYMS:-}',
  ARCHIVIST_ENTITIES: '${ARCHIVIST_ENTITIES:-}',
};
// the folder .env.example tells the user to put ARCHIVIST_ENTITIES / ARCHIVIST_SYNONYMS files in
const APP_VOLUMES = ['archive:/data', 'meili_key:/run/archivist:ro', './config-local:/app/config-local:ro'];

/** Compose's variable substitution: ${VAR}, ${VAR:-default}, ${VAR:?error} (error when unset/empty). */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_m, name: string, op?: string, arg?: string) => {
    const v = env[name];
    if (v !== undefined && v !== '') return v;
    if (op === '?') throw new Error(`${name}: ${arg}`);
    return op === '-' ? arg! : '';
  });
}

/** .env.example as KEY=value pairs. */
function envExample(): Record<string, string> {
  const pairs = read('.env.example')
    .split('\n')
    .filter((l) => /^\w+=/.test(l))
    .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]);
  return Object.fromEntries(pairs);
}

test('compose: exactly the meilisearch, meili-key, app and crawler services, named volumes for both stores and the app key', () => {
  assert.equal(compose.name, 'archivist');
  assert.deepEqual(Object.keys(compose.services), ['meilisearch', 'meili-key', 'app', 'crawler']);
  assert.deepEqual(Object.keys(compose.volumes), ['meili_data', 'archive', 'meili_key']);
});

test('compose meili-key: one shot with the master key after Meilisearch is healthy; writes the app key to its volume (issue 19.16)', () => {
  assert.deepEqual(meiliKey.entrypoint, ['node', 'bin/archivist.js', 'meili-key', '--out', APP_ENVIRONMENT.MEILI_API_KEY_FILE]);
  assert.deepEqual(meiliKey.environment, {
    MEILI_HOST: 'http://meilisearch:7700',
    MEILI_MASTER_KEY: '${MEILI_MASTER_KEY:?set MEILI_MASTER_KEY in .env (see .env.example)}',
    MEILI_INDEX: '${MEILI_INDEX:-articles}',
  });
  assert.deepEqual(meiliKey.volumes, ['meili_key:/run/archivist']);
  assert.deepEqual(meiliKey.depends_on, { meilisearch: { condition: 'service_healthy' } });
  assert.deepEqual([meiliKey.restart, meiliKey.image, meiliKey.build, meiliKey.pull_policy], ['no', 'archivist:local', undefined, 'never']);
});

test('compose meilisearch: official image pinned to the current 1.x release, production mode, key from env, volume, /health check', () => {
  assert.equal(meilisearch.image, 'getmeili/meilisearch:v1.50.0');
  assert.match(meilisearch.image, /^getmeili\/meilisearch:v1\.\d+\.\d+$/);
  assert.deepEqual(meilisearch.environment, {
    MEILI_ENV: 'production',
    MEILI_MASTER_KEY: '${MEILI_MASTER_KEY:?set MEILI_MASTER_KEY in .env (see .env.example)}',
    MEILI_NO_ANALYTICS: 'true',
    MEILI_EXPERIMENTAL_DUMPLESS_UPGRADE: 'true',
  });
  // a refused old database stops the container after a few tries rather than restarting it for ever (issue 20.10)
  assert.equal(meilisearch.restart, 'on-failure:3');
  assert.deepEqual(meilisearch.volumes, ['meili_data:/meili_data']);
  assert.deepEqual(meilisearch.healthcheck.test, ['CMD', 'curl', '--fail', '--silent', 'http://localhost:7700/health']);
  assert.equal(meilisearch.ports, undefined, 'Meilisearch is not published on the host');
});

test('compose app: built here, waits for a healthy Meilisearch and its key, wired to it, /readyz check, archive volume, port 3000', () => {
  assert.equal(app.build, '.');
  assert.equal(app.init, true);
  assert.deepEqual(app.depends_on, {
    meilisearch: { condition: 'service_healthy' },
    'meili-key': { condition: 'service_completed_successfully' },
  });
  assert.deepEqual(app.environment, APP_ENVIRONMENT);
  assert.deepEqual(app.volumes, APP_VOLUMES);
  assert.deepEqual(app.ports, ['${ARCHIVIST_PORT:-3000}:3000']);
  assert.equal(app.healthcheck.test[0], 'CMD');
  // healthy means ready (issue 19.15): /healthz only says the process is up
  assert.match(app.healthcheck.test.join(' '), /http:\/\/127\.0\.0\.1:3000\/readyz/);
});

test('compose app: MEILI_HOST names the meilisearch service on its port', () => {
  const host = new URL(app.environment.MEILI_HOST);
  assert.ok(host.hostname in compose.services);
  assert.equal(host.port, '7700');
});

test('compose crawler: on demand under the crawl profile, same environment and archive as the app', () => {
  assert.deepEqual(crawler.profiles, ['crawl']);
  assert.deepEqual(crawler.entrypoint, ['node', 'bin/archivist.js', 'crawl']);
  assert.deepEqual(crawler.command, ['${CRAWL_START_URL:-https://www.albawaba.com/}', '--max', '${CRAWL_MAX:-200}']);
  assert.deepEqual(crawler.environment, APP_ENVIRONMENT);
  assert.deepEqual(crawler.volumes, app.volumes);
  assert.deepEqual(crawler.depends_on, app.depends_on);
  assert.equal(crawler.restart, 'no');
  assert.equal(crawler.init, true);
  assert.equal(crawler.image, app.image);
  // one image, built once, by the app (issue 19.17)
  assert.deepEqual(
    Object.entries(compose.services)
      .filter(([, svc]) => svc.build !== undefined)
      .map(([name]) => name),
    ['app'],
  );
  assert.equal(crawler.pull_policy, 'never');
});

test('compose: keys only come from the environment; the master key reaches Meilisearch alone', () => {
  for (const [name, service] of Object.entries(compose.services)) {
    for (const [key, value] of Object.entries((service.environment ?? {}) as Record<string, string>)) {
      if (/KEY$/.test(key)) assert.match(value, new RegExp(`^\\$\\{${key}[:}]`), `${name}.${key} must be \${${key}…}`);
    }
  }
  assert.equal('MEILI_MASTER_KEY' in app.environment, false);
  assert.doesNotMatch(JSON.stringify([app, crawler]), /MEILI_MASTER_KEY/);
  assert.deepEqual(
    Object.entries(compose.services)
      .filter(([, svc]) => JSON.stringify(svc).includes('MEILI_MASTER_KEY'))
      .map(([n]) => n),
    ['meilisearch', 'meili-key'],
  );
});

test('compose + .env.example: every variable is documented, secrets are blank, and the app env passes loadConfig', (t) => {
  const example = envExample();
  const used = new Set([...read('docker-compose.yml').matchAll(/\$\{(\w+)/g)].map((m) => m[1]!));
  assert.deepEqual(
    [...used].filter((v) => !(v in example)),
    [],
  );
  assert.equal(example.MEILI_MASTER_KEY, '');
  assert.equal('MEILI_API_KEY' in example, false, 'compose makes the app key itself (meili-key)');
  assert.equal(example.ARCHIVIST_API_KEY, '');
  assert.throws(() => interpolate(meilisearch.environment.MEILI_MASTER_KEY, example), /MEILI_MASTER_KEY: set MEILI_MASTER_KEY in \.env/);

  const resolveApp = (env: Record<string, string>) =>
    Object.fromEntries(Object.entries(app.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v, env)]));
  // the key comes from the file meili-key wrote: here a file of our own at that path's place
  const keyFile = join(tempDir(t), 'meili-api-key');
  writeFileSync(keyFile, 'scoped-key-from-meili-key\n');
  const env = { ...example, ARCHIVIST_API_KEY: 'write-key' };
  assert.deepEqual(loadConfig({ ...resolveApp(env), MEILI_API_KEY_FILE: keyFile }), {
    dataDir: '/data',
    port: 3000,
    host: '0.0.0.0',
    meiliHost: 'http://meilisearch:7700',
    meiliApiKey: 'scoped-key-from-meili-key',
    meiliIndex: 'articles',
    apiKey: 'write-key',
    logLevel: 'info',
    synonymsFile: undefined,
    entitiesFile: undefined,
    exportMaxRows: 100000,
  });
});

test('compose + .env: ARCHIVIST_ENTITIES and ARCHIVIST_SYNONYMS in .env reach the app and the crawler, as paths in the mounted folder', () => {
  const env = {
    ...envExample(),
    ARCHIVIST_ENTITIES: '/app/config-local/entities.json',
    ARCHIVIST_SYNONYMS: '/app/config-local/synonyms.json',
  };
  for (const service of [app, crawler]) {
    const resolved = Object.fromEntries(
      Object.entries(service.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v, env)]),
    );
    const { entitiesFile, synonymsFile } = loadConfig({ ...resolved, MEILI_API_KEY: 'k' });
    assert.deepEqual(
      { entitiesFile, synonymsFile },
      { entitiesFile: '/app/config-local/entities.json', synonymsFile: '/app/config-local/synonyms.json' },
    );
  }
  // the container path those values name is the mount of ./config-local (APP_VOLUMES, checked above)
  assert.match(read('.env.example'), /ARCHIVIST_ENTITIES=\/app\/config-local\/entities\.json/);
  assert.match(read('.env.example'), /ARCHIVIST_SYNONYMS=\/app\/config-local\/synonyms\.json/);
});

// ---- Dockerfile ------------------------------------------------------------------------------

const dockerfile = read('Dockerfile');
/** Instructions with continuation lines joined and comments dropped. */
const instructions = dockerfile
  .replace(/\\\n/g, ' ')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const stages = instructions.reduce<string[][]>(
  (acc, line) => (line.startsWith('FROM ') ? [...acc, [line]] : (acc.at(-1)?.push(line), acc)),
  [],
);

test('Dockerfile: two stages on the same pinned Node 20 slim image', () => {
  assert.deepEqual(
    stages.map((s) => s[0]),
    ['FROM node:20.20.2-bookworm-slim AS deps', 'FROM node:20.20.2-bookworm-slim AS runtime'],
  );
});

test('Dockerfile deps stage: toolchain for better-sqlite3, production install from the lockfile', () => {
  const deps = stages[0]!;
  assert.ok(deps.some((l) => /^RUN apt-get update .*apt-get install -y --no-install-recommends python3 make g\+\+/.test(l)));
  assert.ok(deps.includes('COPY package.json package-lock.json ./'));
  assert.ok(deps.some((l) => /^RUN npm ci --omit=dev\b/.test(l)));
});

test('Dockerfile runtime stage: only what runs, non-root, healthcheck, serve', () => {
  const runtime = stages[1]!;
  assert.deepEqual(
    runtime.filter((l) => l.startsWith('COPY ')),
    [
      'COPY --from=deps /app/node_modules ./node_modules',
      'COPY package.json package-lock.json ./',
      'COPY bin ./bin',
      'COPY src ./src',
      'COPY scrapers ./scrapers',
      'COPY config ./config',
      'COPY demo ./demo',
    ],
  );
  assert.equal(
    runtime.some((l) => /g\+\+|npm (ci|install)/.test(l)),
    false,
    'no compilers or installs at runtime',
  );
  const users = runtime.filter((l) => l.startsWith('USER '));
  assert.deepEqual(users, ['USER node']);
  assert.ok(runtime.indexOf('USER node') < runtime.findIndex((l) => l.startsWith('CMD ')));
  assert.match(
    runtime.find((l) => l.startsWith('HEALTHCHECK '))!,
    /CMD \["node", "-e", .*\/healthz/,
  );
  assert.ok(runtime.some((l) => l.startsWith('ENV ') && /HOST=0\.0\.0\.0/.test(l) && /ARCHIVIST_DATA_DIR=\/data/.test(l)));
  assert.deepEqual(JSON.parse(runtime.at(-1)!.replace(/^CMD /, '')), ['node', 'bin/archivist.js', 'serve']);
});

test('Dockerfile: every path copied from the build context exists (docker build fails otherwise)', () => {
  const sources = stages[1]!.filter((l) => l.startsWith('COPY ') && !l.includes('--from=')).flatMap((l) => l.split(/\s+/).slice(1, -1));
  assert.deepEqual(sources, ['package.json', 'package-lock.json', 'bin', 'src', 'scrapers', 'config', 'demo']);
  for (const source of sources) assert.ok(existsSync(root + source), `${source} is missing`);
});

test('.dockerignore keeps secrets, data, git and local modules out of the build context', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((l) => l.trim());
  for (const entry of ['.env', '.git', 'node_modules', 'data', 'test', 'bench']) assert.ok(ignored.includes(entry), entry);
});

test('package.json lets better-sqlite3 run its install script under npm 11, and tsx runs at runtime', () => {
  const pkg = JSON.parse(read('package.json')) as { allowScripts: Record<string, boolean>; dependencies: Record<string, string> };
  assert.equal(pkg.allowScripts['better-sqlite3'], true);
  assert.ok('tsx' in pkg.dependencies);
});
