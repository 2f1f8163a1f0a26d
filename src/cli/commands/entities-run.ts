/**
 * @module What `archivist entities` does (entities.ts defines the command): plain text or NDJSON
 * lines in, nations and persons out. Loaded when the command runs: the vocabularies take a while.
 */
import { createReadStream } from 'node:fs';
import { access, constants } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import { InputError } from '../../errors.js';
import { readTextInput } from '../read-input.js';
import { entitiesOfText } from '../../entities/text.js';

const BatchLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
  title: z.string().optional(),
  subtitle: z.string().nullable().optional(),
  lang: z.string().min(2).optional(),
});

export async function runEntities(file: string, opts: { ndjson?: boolean }): Promise<void> {
  if (opts.ndjson) await runBatch(await openInput(file));
  else process.stdout.write(`${JSON.stringify(entitiesOfText({ text: await readTextInput(file) }))}\n`);
}

async function runBatch(input: Readable): Promise<void> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(batchLine(line, n))}\n`);
  }
}

function batchLine(line: string, n: number): object {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { id: null, error: { code: 'invalid_body', message: `line ${n}: not JSON` } };
  }
  const parsed = BatchLine.safeParse(raw);
  if (!parsed.success) {
    const id = typeof raw === 'object' && raw !== null && 'id' in raw ? raw.id : null;
    const issue = parsed.error.issues[0];
    const message = `line ${n}: ${issue ? `${issue.path.join('.') || 'line'}: ${issue.message}` : 'invalid'}; expected {"id","text"}`;
    return { id, error: { code: 'invalid_body', message } };
  }
  const { id, ...input } = parsed.data;
  return { id, ...entitiesOfText(input) };
}

async function openInput(file: string): Promise<Readable> {
  if (file === '-') return process.stdin;
  try {
    await access(file, constants.R_OK);
  } catch (err) {
    throw new InputError('invalid_parameter', 'file', `cannot read ${file}: ${(err as Error).message}`);
  }
  return createReadStream(file, 'utf8');
}
