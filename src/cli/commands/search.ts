/**
 * @module `archivist search [words…] [--nation X]… [--person X]… [--section X]… [--from D]
 * [--to D] [--match all|any] [--sort S] [--limit N] [--page N] [--json|--ndjson]`: the API's
 * search from a terminal, with the same validation, the same forgiving filters (aliases, either
 * script) and the same answer: a human list, the API's JSON (`--json`), or one hit per line
 * (`--ndjson`).
 */
import { Command } from 'commander';
import type { AppContext } from '../../app/index.js';
import { InputError } from '../../errors.js';
import type { SearchQuery } from '../../search/engine.js';
import type { Answered } from '../../server/search-service.js';
import { withContext } from '../context.js';

interface SearchOptions {
  nation: string[];
  person: string[];
  section: string[];
  from?: string;
  to?: string;
  match?: string;
  sort?: string;
  limit: string;
  page: string;
  json?: boolean;
  ndjson?: boolean;
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

export const searchCommand = new Command('search')
  .description('search the archive: words, "phrases", -excluded, with filters; prints hits (or --json / --ndjson)')
  .argument('[words...]', 'the text to search for (as the q parameter); none: every article, newest first')
  .option('--nation <name>', 'a nation, by any name, code or alias in either script (repeatable)', collect, [])
  .option('--person <name>', 'a person, by any name, alias or spelling in either script (repeatable)', collect, [])
  .option('--section <name>', 'a section (repeatable: any of them)', collect, [])
  .option('--from <date>', 'earliest publication day (YYYY-MM-DD) or timestamp')
  .option('--to <date>', 'latest publication day (inclusive) or timestamp')
  .option('--match <all|any>', 'how repeated nations and persons combine', 'all')
  .option('--sort <relevance|newest|oldest>', 'default: relevance with words, newest without')
  .option('--limit <n>', 'hits per page, 1-100', '20')
  .option('--page <n>', 'which page of hits', '1')
  .option('--json', 'print the answer of GET /api/search')
  .option('--ndjson', 'print one hit per line')
  .action(async (words: string[], opts: SearchOptions) => {
    if (opts.json && opts.ndjson) throw new InputError('invalid_parameter', 'json', '--json and --ndjson: choose one');
    const { parseSearchParams } = await import('../../server/params.js');
    let asked: SearchQuery;
    try {
      asked = parseSearchParams({
        q: words.join(' '),
        nation: opts.nation,
        person: opts.person,
        section: opts.section,
        from: opts.from,
        to: opts.to,
        match: opts.match,
        sort: opts.sort,
        perPage: opts.limit,
        page: opts.page,
      });
    } catch (err) {
      throw asOptionError(err);
    }
    await withContext(async (ctx) => print(await answer(ctx, asked), opts));
  });

// The API's parameter names, as this command's options are called.
const OPTION_OF: Record<string, string> = {
  q: 'words',
  perPage: '--limit',
  page: '--page',
  nation: '--nation',
  person: '--person',
  section: '--section',
  from: '--from',
  to: '--to',
  match: '--match',
  sort: '--sort',
};

/** A refused parameter, named as the option the user typed ("--limit must be …", not "perPage must be …"). */
function asOptionError(err: unknown): unknown {
  if (!(err instanceof InputError)) return err;
  const option = OPTION_OF[err.parameter] ?? err.parameter;
  return new InputError(
    'invalid_parameter',
    option,
    err.message.startsWith(err.parameter) ? option + err.message.slice(err.parameter.length) : err.message,
  );
}

async function answer(ctx: AppContext, asked: SearchQuery): Promise<Answered> {
  // the server's own search, without its metrics and result cache
  const { SearchService } = await import('../../server/search-service.js');
  return new SearchService(ctx.engine, undefined, false, ctx.linker).answer(asked);
}

async function print({ query, timed, didYouMean }: Answered, opts: SearchOptions): Promise<void> {
  const { result } = timed;
  if (opts.ndjson) {
    process.stdout.write(result.hits.map((h) => `${JSON.stringify(h)}\n`).join(''));
    return;
  }
  if (opts.json) {
    const { searchResponseBody } = await import('../../server/search-service.js');
    const { head, tail } = searchResponseBody(query, timed, didYouMean);
    process.stdout.write(`${head.toString('utf8')}${tail.toString('utf8')}\n`);
    return;
  }
  const lines = [
    `${result.total} ${result.total === 1 ? 'article' : 'articles'}${result.total > result.hits.length ? ` (page ${query.page} of ${Math.ceil(result.total / query.perPage)})` : ''}`,
  ];
  for (const u of didYouMean)
    lines.push(
      `no ${u.parameter} "${u.value}"${u.suggestions.length > 0 ? `; did you mean ${u.suggestions.map((s) => `"${s}"`).join(' or ')}?` : ''}`,
    );
  for (const h of result.hits) lines.push(`${h.publishedAt.slice(0, 10)}  ${h.title}\n            ${h.url}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
