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
import { formatUnmatched } from '../print.js';
import { parseSearchOptions, withSearchOptions, type SearchOptions } from '../search-options.js';
import { printable } from '../terminal-text.js';

interface SearchCommandOptions extends SearchOptions {
  limit: string;
  page: string;
  json?: boolean;
  ndjson?: boolean;
}

export const searchCommand = withSearchOptions(
  new Command('search')
    .description('search the archive: words, "phrases", -excluded, with filters; prints hits (or --json / --ndjson)')
    .argument('[words...]', 'the text to search for (as the q parameter); none: every article, newest first'),
)
  .option('--sort <relevance|newest|oldest>', 'default: relevance with words, newest without')
  .option('--limit <n>', 'hits per page, 1-100', '20')
  .option('--page <n>', 'which page of hits', '1')
  .option('--json', 'print the answer of GET /api/search')
  .option('--ndjson', 'print one hit per line')
  .action(async (words: string[], opts: SearchCommandOptions) => {
    if (opts.json && opts.ndjson) throw new InputError('invalid_parameter', 'json', '--json and --ndjson: choose one');
    const asked = await parseSearchOptions(words, opts, { perPage: opts.limit, page: opts.page });
    await withContext(async (ctx) => print(await answer(ctx, asked), opts));
  });

async function answer(ctx: AppContext, asked: SearchQuery): Promise<Answered> {
  // the server's own search, without its metrics and result cache
  const { SearchService } = await import('../../server/search-service.js');
  return new SearchService(ctx.engine, undefined, false, ctx.linker).answer(asked);
}

async function print({ query, timed, didYouMean }: Answered, opts: SearchCommandOptions): Promise<void> {
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
  for (const u of didYouMean) lines.push(formatUnmatched(u));
  // titles and URLs come from crawled pages: never let one drive the terminal (terminal-text.ts)
  for (const h of result.hits) lines.push(`${h.publishedAt.slice(0, 10)}  ${printable(h.title)}\n            ${printable(h.url)}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}
