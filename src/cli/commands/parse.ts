/**
 * @module `archivist parse <file-or-dir>… [--url URL] [--generic] [--no-entities]`: saved pages
 * to Documents, one NDJSON line per input in input order (directories: their .html/.htm files
 * sorted by path). A page that cannot give a Document prints an error line and the run goes on.
 */
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { toUtcSeconds, type Document, type ErrorLine } from '../../document.js';
import { ArchivistError, InputError, isArchivistError, ParseError } from '../../errors.js';
import { MAX_PAGE_BYTES } from '../../extract/limits.js';
import { listPageFiles } from '../../parse/page-files.js';
import { pageUrlOption } from '../page-url.js';
import type { parseDocument } from '../../parse/parse-document.js';

interface ParseCommandOptions {
  url?: string;
  generic?: boolean;
  entities: boolean;
}

export const parseCommand = new Command('parse')
  .description('parse saved pages into Documents, printed as NDJSON (one line per page, in input order)')
  .argument('<file-or-dir...>', 'page files, or directories of .html/.htm files (sorted by name)')
  .option('--url <url>', "the page URL, for a single file (the page's canonical URL wins when it names one)", pageUrlOption)
  .option('--generic', 'skip site-specific scrapers')
  .option('--no-entities', 'leave entities empty (faster)')
  .action(async (paths: string[], opts: ParseCommandOptions) => {
    const [{ createLogger }, { parseDocument }] = await Promise.all([import('../../log.js'), import('../../parse/parse-document.js')]);
    const log = createLogger().child({ stage: 'parse' });
    const inputs = await expandInputs(paths);
    const pages = inputs.filter((i) => i.kind === 'file').length;
    if (pages === 0 && inputs.every((i) => i.kind === 'file')) {
      throw new InputError('invalid_parameter', 'file-or-dir', `no .html/.htm page files in ${paths.join(' ')}`);
    }
    if (opts.url !== undefined && pages > 1) {
      throw new InputError('invalid_parameter', 'url', '--url names the URL of a single file, but several were given');
    }
    const counts = { documents: 0, errors: 0, unreadable: 0 };
    for (const input of inputs) {
      const line = input.kind === 'file' ? await documentOrError(input.path, opts, parseDocument) : errorLine(input.path, input.error);
      if ('error' in line) {
        counts.errors++;
        if (line.error.code === 'read_failed') counts.unreadable++;
        log.debug({ source: line.source, code: line.error.code }, 'page not parsed');
      } else counts.documents++;
      await writeLine(JSON.stringify(line));
    }
    log.info(counts, 'parse finished');
    if (counts.documents === 0 && counts.unreadable === inputs.length) {
      throw new ArchivistError('nothing_parsed', `none of the ${inputs.length} inputs could be read`);
    }
  });

type Input = { kind: 'file'; path: string } | { kind: 'unreadable'; path: string; error: ParseError };

/** Files in the order given; directories become their page files, sorted by path (src/parse/page-files.ts). */
async function expandInputs(paths: readonly string[]): Promise<Input[]> {
  return (await listPageFiles(paths)).map(({ path, error }) =>
    error
      ? { kind: 'unreadable', path, error: new ParseError('read_failed', `${path}: ${error.message}`, { source: path }, { cause: error }) }
      : { kind: 'file', path },
  );
}

async function documentOrError(path: string, opts: ParseCommandOptions, parse: typeof parseDocument): Promise<Document | ErrorLine> {
  try {
    const size = (await stat(path)).size;
    if (size > MAX_PAGE_BYTES) {
      throw new ParseError('too_large', `${path}: ${size} bytes is over the ${MAX_PAGE_BYTES}-byte page limit`, { source: path });
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (err) {
      throw new ParseError('read_failed', `${path}: ${(err as Error).message}`, { source: path }, { cause: err });
    }
    // Without --url, the file's own URL stands in when the page names no canonical URL.
    const url = opts.url ?? pathToFileURL(resolve(path)).href;
    // the time it was read stands in for a page that states no date, as ingest does (docs/document.md, dateSource)
    const fetchedAt = toUtcSeconds(new Date());
    return parse({ bytes, url, source: path, fetchedAt }, { generic: opts.generic, entities: opts.entities });
  } catch (err) {
    if (isArchivistError(err)) return errorLine(path, err);
    throw err;
  }
}

function errorLine(source: string, err: ArchivistError): ErrorLine {
  return { error: { code: err.code, message: err.message }, source };
}

/** One NDJSON line, waiting when stdout's buffer is full (large directories, slow readers). */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) await once(process.stdout, 'drain');
}
