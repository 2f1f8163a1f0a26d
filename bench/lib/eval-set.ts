/**
 * @module The trafilatura evaluation set (../shared/datasets/trafilatura-eval.tgz, Apache-2.0):
 * real pages from many sites and languages with snippets their main text must and must not hold.
 * Never part of the project: read from ARCHIVIST_EVAL_DIR when set, else unpacked once into the
 * system's temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SnippetCriteria } from './snippet-score.js';

const ARCHIVE = resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/datasets/trafilatura-eval.tgz');
const UNPACKED = join(tmpdir(), 'archivist-trafilatura-eval');

export interface EvalPage extends SnippetCriteria {
  url: string;
  file: string;
  bytes: Uint8Array;
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
}

/** The set's folder, unpacking the archive when needed; null (with the reason) when there is none. */
export function locateEvalSet(): { dir: string } | { missing: string } {
  const given = process.env.ARCHIVIST_EVAL_DIR;
  if (given)
    return existsSync(join(given, 'evaldata.json')) ? { dir: given } : { missing: `ARCHIVIST_EVAL_DIR=${given} has no evaldata.json` };
  const dir = join(UNPACKED, 'trafilatura-eval');
  if (existsSync(join(dir, 'evaldata.json'))) return { dir };
  if (!existsSync(ARCHIVE)) return { missing: `${ARCHIVE} not found (set ARCHIVIST_EVAL_DIR to an unpacked copy)` };
  mkdirSync(UNPACKED, { recursive: true });
  execFileSync('tar', ['xzf', ARCHIVE, '-C', UNPACKED]);
  return existsSync(join(dir, 'evaldata.json')) ? { dir } : { missing: `${ARCHIVE} holds no trafilatura-eval/evaldata.json` };
}

/** Every page of the set with its criteria, in the order of evaldata.json. */
export function readEvalSet(dir: string, limit = Infinity): EvalPage[] {
  const entries = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<string, EvalEntry>;
  const pages: EvalPage[] = [];
  for (const [url, e] of Object.entries(entries)) {
    if (pages.length >= limit) break;
    const path = [join(dir, 'eval', e.file), join(dir, 'cache', e.file)].find((p) => existsSync(p));
    if (!path) continue;
    pages.push({ url, file: e.file, bytes: new Uint8Array(readFileSync(path)), with: e.with ?? [], without: e.without ?? [] });
  }
  return pages;
}
