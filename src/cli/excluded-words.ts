/**
 * @module `archivist search coalition -daesh`: on the command line of a command that takes search
 * words (`search`, `export`), a lone `-word` is an excluded word of the query (docs/interfaces.md,
 * Search semantics), as in the search box, not an unknown option. Commander refuses what looks
 * like an option it does not know, and takes a `-V…` word for `-V` (the version), so before it
 * parses, such words are moved behind a `--`, where it takes every argument as a word. The words
 * keep their order; options, their values and unknown `--options` stay in front and behave as before.
 */
import type { Command } from 'commander';

// A dash, then a letter or digit of any script (`-daesh`, `-داعش`, `-2016`) or a quote
// (`-"islamic state"`, an excluded phrase). `--x` is an option; a lone `-` is already a word.
const EXCLUDED_WORD = /^-[\p{L}\p{N}"]/u;
// Commander's own flags, known to every command without being among its options.
const HELP_FLAGS = ['-h', '--help'];

/**
 * `argv` (process.argv) with the excluded words of `commandNames`' words moved after a `--`;
 * unchanged when the command is another or holds no such word.
 */
export function excludedWordsAsArguments(argv: readonly string[], program: Command, commandNames: readonly string[]): string[] {
  // the command name: the first argument that is not one of the program's flags (none takes a value)
  const at = argv.findIndex((arg, i) => i >= 2 && !arg.startsWith('-'));
  if (at === -1 || argv.slice(2, at).includes('--') || !commandNames.includes(argv[at]!)) return [...argv];
  const command = program.commands.find((c) => c.name() === argv[at]);
  if (command === undefined) return [...argv];
  const { options, words, moved } = splitWords(argv.slice(at + 1), [command, program]);
  return moved ? [...argv.slice(0, at + 1), ...options, '--', ...words] : [...argv];
}

/** The options (with their values) and the words of a command's arguments, in their order. */
function splitWords(args: readonly string[], commands: readonly Command[]): { options: string[]; words: string[]; moved: boolean } {
  const options: string[] = [];
  const words: string[] = [];
  let moved = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    const option = findOption(commands, arg);
    if (option !== undefined) {
      options.push(arg);
      // its value, whatever it looks like (`--nation -x`), as commander takes it
      if (option.required && i + 1 < args.length) options.push(args[++i]!);
      if (option.optional && i + 1 < args.length && !args[i + 1]!.startsWith('-')) options.push(args[++i]!);
    } else if (HELP_FLAGS.includes(arg)) {
      options.push(arg);
    } else if (EXCLUDED_WORD.test(arg)) {
      words.push(arg);
      moved = true;
    } else if (arg.startsWith('-') && arg.length > 1) {
      options.push(arg); // an unknown option, or `--nation=France`: commander's to judge
    } else {
      words.push(arg);
    }
  }
  return { options, words, moved };
}

function findOption(commands: readonly Command[], flag: string): Command['options'][number] | undefined {
  for (const command of commands) {
    const option = command.options.find((o) => o.short === flag || o.long === flag);
    if (option) return option;
  }
  return undefined;
}
