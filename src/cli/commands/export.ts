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
import { formatUnmatched } from '../print.js';
import { parseSearchOptions, withSearchOptions, type SearchOptions } from '../search-options.js';

// The orders of an export's rows (docs/interfaces.md): by date only.
const EXPORT_SORTS = ['newest', 'oldest'];

interface ExportOptions extends SearchOptions {
  sort: string;
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
    const { parseExportFields, parseExportFormat, planExport, exportRows } = await import('../../server/research/export.js');
    const format = parseExportFormat(opts.format);
    const fields = parseExportFields(opts.fields);
    // search's parser takes relevance too, which an export (in date order) would silently ignore
    if (!EXPORT_SORTS.includes(opts.sort))
      throw new InputError('invalid_parameter', '--sort', `--sort must be one of ${EXPORT_SORTS.join(', ')}`);
    const asked = await parseSearchOptions(words, opts);
    await withContext(async (ctx) => {
      const { SearchService } = await import('../../server/search-service.js');
      const service = new SearchService(ctx.engine, undefined, false, ctx.linker);
      const { query, total, refusal, unmatched } = await planExport(service, asked, ctx.config.exportMaxRows);
      // search's `no nation "Frence"; did you mean "France"?`, on stderr (stdout is the data): without
      // it an export of a typo is a bare header
      for (const u of unmatched.length > 0 ? await service.filters.suggest(unmatched) : []) process.stderr.write(`${formatUnmatched(u)}\n`);
      if (refusal !== null) throw new InputError('invalid_parameter', 'words', refusal);
      const rows = exportRows(service, query, {
        format,
        fields,
        read: (ids, read) => ctx.archive.getDocuments(ids, read),
        link: ctx.linker.documentLinker(),
      });
      await pipeline(rows, opts.out ? createWriteStream(opts.out) : process.stdout);
      if (opts.out) process.stderr.write(`${total} ${total === 1 ? 'article' : 'articles'} written to ${opts.out}\n`);
    });
  });
