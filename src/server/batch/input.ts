/**
 * @module The lines of a batch lookup, from a text (one line per line: a text/plain body, a
 * form's text area, a file) or a JSON body `{"lines": [..]}`. Blank lines are skipped but keep
 * their place in the numbering, so an error names the line the user sees in their editor.
 * Every refusal is InputError('invalid_body') naming `lines`.
 */
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { MAX_Q_CHARS } from '../params.js';

/** Lines one batch may hold (blank ones not counted): a list of names, not an export. */
export const MAX_BATCH_LINES = 1_000;

export interface BatchLine {
  /** 1-based, counting blank lines: the line's number in the text or its place in the array */
  lineNumber: number;
  /** trimmed, never empty */
  line: string;
}

const LINE_BREAK = /\r\n|\r|\n/g;

/** The non-blank lines of a text. Stops reading at the first line over the cap, so a huge paste costs no more than the cap. */
export function linesFromText(text: string): BatchLine[] {
  const out: BatchLine[] = [];
  let start = 0;
  let lineNumber = 0;
  for (;;) {
    LINE_BREAK.lastIndex = start;
    const brk = LINE_BREAK.exec(text);
    const end = brk ? brk.index : text.length;
    lineNumber++;
    addLine(out, lineNumber, text.slice(start, end));
    if (!brk) break;
    start = brk.index + brk[0].length;
  }
  return checked(out);
}

const JsonBody = z.object({
  lines: z.array(z.string({ error: 'every line must be a string' }), { error: 'lines must be an array of strings' }),
});

/** `{"lines": ["Ash Carter", "France", …]}`; each string is one line (a string holding line breaks is refused). */
export function linesFromJson(body: unknown): BatchLine[] {
  const parsed = JsonBody.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const message = issue.path.length === 0 ? 'body must be a JSON object {"lines": [..]}' : issue.message;
    throw new InputError('invalid_body', 'lines', message.startsWith('lines') ? message : `lines: ${message}`);
  }
  const out: BatchLine[] = [];
  parsed.data.lines.forEach((line, i) => {
    if (/[\r\n]/.test(line)) throw new InputError('invalid_body', 'lines', `line ${i + 1} holds a line break: send one line per string`);
    addLine(out, i + 1, line);
  });
  return checked(out);
}

function addLine(out: BatchLine[], lineNumber: number, text: string): void {
  const line = text.trim();
  if (line === '') return;
  if (out.length === MAX_BATCH_LINES) throw tooMany();
  if (line.length > MAX_Q_CHARS) {
    throw new InputError('invalid_body', 'lines', `line ${lineNumber} is longer than ${MAX_Q_CHARS} characters (the limit of a query)`);
  }
  out.push({ lineNumber, line });
}

function checked(lines: BatchLine[]): BatchLine[] {
  if (lines.length === 0) throw new InputError('invalid_body', 'lines', 'lines: give at least one name or query, one per line');
  return lines;
}

function tooMany(): InputError {
  return new InputError('invalid_body', 'lines', `lines: at most ${MAX_BATCH_LINES.toLocaleString('en-US')} lines in one batch`);
}
