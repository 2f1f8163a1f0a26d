/**
 * @module Expanding `ingest`/`parse` arguments into the page files to read: a file as given, a
 * directory as its .html/.htm files, recursively, sorted by path so runs are reproducible.
 * Inside a directory, a symbolic link to a page file counts as that file (a folder of links is a
 * common way to pick a subset of an archive), and one whose target is gone is listed with its
 * error, so it is reported rather than skipped. Links to directories are not followed, as `find`
 * does not by default: a link cycle cannot make the walk loop.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const PAGE_FILE = /\.html?$/i;

export interface ListedInput {
  path: string;
  /** set when the argument (or a linked page in a directory) could not be read: counted as that input's error */
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
    if (info.isDirectory()) out.push(...(await walk(arg)));
    else out.push({ path: arg });
  }
  return out;
}

async function walk(dir: string): Promise<ListedInput[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files: ListedInput[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (!PAGE_FILE.test(entry.name)) continue;
    else if (entry.isFile()) files.push({ path });
    else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch((err: NodeJS.ErrnoException) => err);
      if (target instanceof Error) files.push({ path, error: target });
      else if (target.isFile()) files.push({ path });
    }
  }
  return files.sort(byPath);
}

function byPath(a: ListedInput, b: ListedInput): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
