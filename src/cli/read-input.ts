/**
 * @module A command's whole text input: a file, or standard input for `-`. An unreadable file is
 * a usage error naming it.
 */
import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';

export async function readTextInput(file: string): Promise<string> {
  try {
    if (file !== '-') return await readFile(file, 'utf8');
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  } catch (err) {
    throw new InputError('invalid_parameter', 'file', `cannot read ${file}: ${(err as Error).message}`);
  }
}
