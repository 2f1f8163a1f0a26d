/**
 * @module Configuration from the environment (12-factor), validated once at start.
 * The README's configuration table uses the same words as the comments here.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { InputError } from './errors.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = 'json' | 'pretty';

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/**
 * The logger's variables. A schema of their own: `parse` logs without loading the rest of the
 * configuration, and must still refuse a bad value with the variable's name (pino's own error
 * names neither it nor the valid levels).
 */
const LogSchema = z.object({
  /** pino level. Default: info */
  LOG_LEVEL: z.enum(LOG_LEVELS).default('info'),
  /** json or pretty; unset means pretty on a terminal, json otherwise */
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
});

/**
 * The README promises that an empty value counts as unset, so that a `VAR=` line in a compose or
 * .env file means "the default". Applied to every variable before the schema sees it: a coerced
 * number would otherwise read "" as 0 (PORT= listened on a random port) and a string with a
 * default would reject it.
 */
function withoutBlanks(env: NodeJS.ProcessEnv): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value.trim() !== '') kept[name] = value;
  return kept;
}

export const ConfigSchema = z.object({
  ...LogSchema.shape,
  /** where the SQLite archive (and the embedded index) live. Default: ./data */
  ARCHIVIST_DATA_DIR: z.string().min(1).default('./data'),
  /** HTTP port for serve / npm start. Default: 3000 */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** address to listen on; 127.0.0.1 outside containers (the Dockerfile sets 0.0.0.0). */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** Meilisearch URL; unset means the embedded engine */
  MEILI_HOST: optionalNonEmpty.pipe(z.url({ protocol: /^https?$/, error: 'expected an http or https URL' }).optional()),
  /** key the app uses with Meilisearch (never sent to browsers) */
  MEILI_API_KEY: optionalNonEmpty,
  /** a file holding that key (the compose meili-key step writes it); MEILI_API_KEY wins when both are set */
  MEILI_API_KEY_FILE: optionalNonEmpty,
  /** Meilisearch index uid. Default: articles */
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, 'only letters, digits, - and _')
    .default('articles'),
  /** bearer key for write endpoints; unset means writes are refused */
  ARCHIVIST_API_KEY: optionalNonEmpty,
  /** synonyms file (JSON array of groups); default: the shipped config/synonyms.json */
  ARCHIVIST_SYNONYMS: optionalNonEmpty,
  /** an entity file of your own (persons, nation aliases), added to the shipped config/entities/persons.json */
  ARCHIVIST_ENTITIES: optionalNonEmpty,
  /** the most articles one export (GET /api/export, archivist export) may hold; a larger result is refused. Default: 100000 */
  EXPORT_MAX_ROWS: z.coerce.number().int().min(1).default(100_000),
  /**
   * 0 runs the CLI and its workers through tsx instead of their bundles. Read in plain JavaScript
   * (src/runtime/bundle.mjs, bin/archivist.js) before any TypeScript runs, which only compares it
   * with 0: checked here so that a typo stops the program instead of being silently ignored.
   */
  ARCHIVIST_BUNDLE: z.enum(['0', '1']).optional(),
});

/** The embedded engine's folder inside the data folder. */
export const EMBEDDED_INDEX_DIR = 'index';

export interface Config {
  dataDir: string;
  port: number;
  host: string;
  meiliHost: string | undefined;
  meiliApiKey: string | undefined;
  meiliIndex: string;
  apiKey: string | undefined;
  logLevel: LogLevel;
  synonymsFile: string | undefined;
  entitiesFile: string | undefined;
  exportMaxRows: number;
}

/**
 * A JSON file named by a setting, read and checked against `schema` (the synonyms, the entity
 * files). Throws InputError('invalid_config') naming the variable, the file, and the place and
 * reason of the first problem.
 */
export function readJsonConfig<T extends z.ZodType>(file: string, variable: string, schema: T): z.output<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new InputError('invalid_config', variable, `${variable}: cannot read ${file}: ${(err as Error).message}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError('invalid_config', variable, `${variable}: ${file} at ${issue.path.join('.') || 'top'}: ${issue.message}`);
  }
  return parsed.data;
}

/** The key in a key file (its one line); an unreadable or empty file is a configuration error naming the variable. */
function readKeyFile(file: string): string {
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch (err) {
    throw new InputError('invalid_config', 'MEILI_API_KEY_FILE', `MEILI_API_KEY_FILE: cannot read ${file}: ${(err as Error).message}`);
  }
  if (key === '') throw new InputError('invalid_config', 'MEILI_API_KEY_FILE', `MEILI_API_KEY_FILE: ${file} is empty`);
  return key;
}

/** `schema` over the environment (empty values unset); throws InputError('invalid_config') naming the first bad variable. */
function parseEnv<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv): z.output<T> {
  const parsed = schema.safeParse(withoutBlanks(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    throw new InputError('invalid_config', variable, `${variable}: ${issue.message} (got ${JSON.stringify(env[variable])})`);
  }
  return parsed.data;
}

/** The logger's level and format (undefined: by terminal); throws InputError naming LOG_LEVEL or LOG_FORMAT. */
export function loadLogSettings(env: NodeJS.ProcessEnv = process.env): { level: LogLevel; format: LogFormat | undefined } {
  const e = parseEnv(LogSchema, env);
  return { level: e.LOG_LEVEL, format: e.LOG_FORMAT };
}

/** Parse the environment; throws InputError('invalid_config') naming the first bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const e = parseEnv(ConfigSchema, env);
  return {
    dataDir: e.ARCHIVIST_DATA_DIR,
    port: e.PORT,
    host: e.HOST,
    meiliHost: e.MEILI_HOST,
    meiliApiKey: e.MEILI_API_KEY ?? (e.MEILI_API_KEY_FILE === undefined ? undefined : readKeyFile(e.MEILI_API_KEY_FILE)),
    meiliIndex: e.MEILI_INDEX,
    apiKey: e.ARCHIVIST_API_KEY,
    logLevel: e.LOG_LEVEL,
    synonymsFile: e.ARCHIVIST_SYNONYMS,
    entitiesFile: e.ARCHIVIST_ENTITIES,
    exportMaxRows: e.EXPORT_MAX_ROWS,
  };
}
