/**
 * @module `archivist export [words…] [filters] [--format csv|ndjson|json] [--fields a,b] [--out FILE]`:
 * the whole result set of a search written to stdout or a file, exactly as GET /api/export
 * writes it (same order, fields, formats and cap).
 */
import { createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Command } from 'commander';
import { InputError } from '../../errors.js';
import { withContext } from '../context.js';
import { parseSearchOptions, withSearchOptions, type SearchOptions } from '../search-options.js';

interface ExportOptions extends SearchOptions {
  format: string;
  fields?: string;
  out?: string;
}

export const exportCommand = withSearchOptions(
  new Command('export')
    .description('write every article a search matches (not a page) as CSV, NDJSON or JSON, newest first')
    .argument('[words...]', 'the text to search for; none: every article'),
)
  .option('--sort <newest|oldest>', 'date order of the rows', 'newest')
  .option('--format <csv|ndjson|json>', 'the file format', 'csv')
  .option('--fields <list>', 'comma-separated fields (default: all but body and extractor)')
  .option('--out <file>', 'write to this file instead of stdout')
  .action(async (words: string[], opts: ExportOptions) => {
    const { parseExportFields, parseExportFormat, exportDocuments, exportStream } = await import('../../server/research/export.js');
    const format = parseExportFormat(opts.format);
    const fields = parseExportFields(opts.fields);
    const asked = await parseSearchOptions(words, opts);
    await withContext(async (ctx) => {
      const { SearchService } = await import('../../server/search-service.js');
      const service = new SearchService(ctx.engine, undefined, false, ctx.linker);
      const { query } = await service.filters.resolve(asked);
      const total = (await service.search({ ...query, page: 1, perPage: 1, facetLimit: 0 })).result.total;
      if (total > ctx.config.exportMaxRows) {
        throw new InputError(
          'invalid_parameter',
          'words',
          `the search matches ${total} articles and an export holds at most ${ctx.config.exportMaxRows} (EXPORT_MAX_ROWS): narrow it with words, filters or dates`,
        );
      }
      const docs = exportDocuments(service, (ids, read) => ctx.archive.getDocuments(ids, read), query, {
        withText: fields.includes('body'),
        link: ctx.linker.documentLinker(),
      });
      await pipeline(exportStream(docs, format, fields), opts.out ? createWriteStream(opts.out) : process.stdout);
      if (opts.out) process.stderr.write(`${total} ${total === 1 ? 'article' : 'articles'} written to ${opts.out}\n`);
    });
  });
