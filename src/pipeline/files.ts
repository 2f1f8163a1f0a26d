/**
 * @module Expanding `ingest`/`parse` arguments into the page files to read: a file as given, a
 * directory as its .html/.htm files, recursively, sorted by path so runs are reproducible.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const PAGE_FILE = /\.html?$/i;

export interface ListedInput {
  path: string;
  /** set when the argument could not be read: counted as that input's error */
  error?: NodeJS.ErrnoException;
}

export async function listPageFiles(args: readonly string[]): Promise<ListedInput[]> {
  const out: ListedInput[] = [];
  for (const arg of args) {
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      out.push({ path: arg, error: err as NodeJS.ErrnoException });
      continue;
    }
    if (info.isDirectory()) out.push(...(await walk(arg)).map((path) => ({ path })));
    else out.push({ path: arg });
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && PAGE_FILE.test(entry.name)) files.push(path);
  }
  return files.sort(byCodePoint);
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
