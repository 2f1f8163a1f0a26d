/**
 * @module Expanding `ingest`/`parse` arguments into the page files to read: a file as given, a
 * directory as its .html/.htm files, recursively, sorted by path so runs are reproducible.
 * Inside a directory, a symbolic link to a page file counts as that file (a folder of links is a
 * common way to pick a subset of an archive), and one whose target is gone is listed with its
 * error, so it is reported rather than skipped. Links to directories are not followed, as `find`
 * does not by default: a link cycle cannot make the walk loop.
 */
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const PAGE_FILE = /\.html?$/i;

export interface ListedInput {
  path: string;
  /** set when the argument, a folder inside it or a linked page could not be read: counted as that input's error */
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
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    return [{ path: dir, error: err as NodeJS.ErrnoException }]; // one failed input; its siblings go on
  }
  const files: ListedInput[] = [];
  const links: string[] = [];
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (!PAGE_FILE.test(entry.name)) continue;
    else if (entry.isFile()) files.push({ path });
    else if (entry.isSymbolicLink()) links.push(path);
  }
  files.push(...(await linkedPages(links)));
  return files.sort(byPath);
}

/** The links that lead to a file (or nowhere: listed with the error), their targets read together. */
async function linkedPages(links: readonly string[]): Promise<ListedInput[]> {
  const targets = await Promise.all(links.map((path) => stat(path).catch((err: NodeJS.ErrnoException) => err)));
  return links.flatMap((path, i): ListedInput[] => {
    const target = targets[i]!;
    if (target instanceof Error) return [{ path, error: target }];
    return target.isFile() ? [{ path }] : [];
  });
}

function byPath(a: ListedInput, b: ListedInput): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
