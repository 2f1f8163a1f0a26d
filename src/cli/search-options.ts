/**
 * @module The search options the `search` and `export` commands share: the API's search
 * parameters as CLI options, parsed by the server's own schema, with a refused value named as
 * the option the user typed ("--limit must be …", not "perPage must be …").
 */
import type { Command } from 'commander';
import { InputError } from '../errors.js';
import type { SearchQuery } from '../search/engine.js';

export interface SearchOptions {
  nation: string[];
  person: string[];
  section: string[];
  language: string[];
  source: string[];
  author: string[];
  from?: string;
  to?: string;
  match?: string;
  sort?: string;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

/** The filter, date, match and sort options on `command`. */
export function withSearchOptions(command: Command): Command {
  return command
    .option('--nation <name>', 'a nation, by any name, code or alias in either script (repeatable)', collect, [])
    .option('--person <name>', 'a person, by any name, alias or spelling in either script (repeatable)', collect, [])
    .option('--section <name>', 'a section (repeatable: any of them)', collect, [])
    .option('--language <code>', 'a language, e.g. en or ar (repeatable: any of them)', collect, [])
    .option('--source <name>', 'a source site, e.g. albawaba (repeatable: any of them)', collect, [])
    .option('--author <name>', 'an author (repeatable: any of them)', collect, [])
    .option('--from <date>', 'earliest publication day (YYYY-MM-DD) or timestamp')
    .option('--to <date>', 'latest publication day (inclusive) or timestamp')
    .option('--match <all|any>', 'how repeated nations and persons combine', 'all');
}

// The API's parameter names, as the commands' options are called.
const OPTION_OF: Record<string, string> = {
  q: 'words',
  perPage: '--limit',
  page: '--page',
  nation: '--nation',
  person: '--person',
  section: '--section',
  language: '--language',
  source: '--source',
  author: '--author',
  from: '--from',
  to: '--to',
  match: '--match',
  sort: '--sort',
};

/** The words and options as the query the API would make of them; InputError naming the option. */
export async function parseSearchOptions(
  words: string[],
  opts: SearchOptions,
  extra: Record<string, string | undefined> = {},
): Promise<SearchQuery> {
  const { parseSearchParams } = await import('../server/params.js');
  try {
    return parseSearchParams({
      q: words.join(' '),
      nation: opts.nation,
      person: opts.person,
      section: opts.section,
      language: opts.language,
      source: opts.source,
      author: opts.author,
      from: opts.from,
      to: opts.to,
      match: opts.match,
      sort: opts.sort,
      ...extra,
    });
  } catch (err) {
    throw asOptionError(err);
  }
}

function asOptionError(err: unknown): unknown {
  if (!(err instanceof InputError)) return err;
  const option = OPTION_OF[err.parameter] ?? err.parameter;
  return new InputError(
    'invalid_parameter',
    option,
    err.message.startsWith(err.parameter) ? option + err.message.slice(err.parameter.length) : err.message,
  );
}
