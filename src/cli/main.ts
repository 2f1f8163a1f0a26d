/**
 * @module The `archivist` CLI entry: registers one commander command per file in ./commands.
 * stdout is data (NDJSON or --json); stderr is logs and the one-line failure reason.
 */
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import { isArchivistError } from '../errors.js';
import { commands } from './commands/index.js';
import { excludedWordsAsArguments } from './excluded-words.js';

const program = new Command('archivist')
  .description('Search-indexed news archive: parse, crawl, ingest, index, search and serve')
  .version(packageJson.version, '-V, --version', 'print the version')
  .showHelpAfterError()
  .exitOverride();

for (const command of commands) program.addCommand(command.exitOverride());

try {
  // `search coalition -daesh`: -daesh is a word of the query, not an unknown option
  await program.parseAsync(excludedWordsAsArguments(process.argv, program, ['search', 'export']));
} catch (err) {
  process.exitCode = failureExitCode(err);
}

/** Exit 1 with a one-line reason on stderr (docs/interfaces.md), never a stack trace for known errors. */
function failureExitCode(err: unknown): number {
  if (err instanceof CommanderError) {
    // help and version exit 0; usage errors were already printed by commander
    return err.exitCode;
  }
  if (isArchivistError(err)) {
    process.stderr.write(`archivist: ${err.message}\n`);
    return 1;
  }
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`archivist: ${message.split('\n')[0]}\n`);
  if (process.env.LOG_LEVEL === 'debug' && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}
