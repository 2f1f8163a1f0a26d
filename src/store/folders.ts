/**
 * @module Making the data folder, one level at a time. Node's recursive mkdirSync loops forever
 * on some file systems (a path under /proc), and its errors name a syscall, not the problem; this
 * walks down the path itself, so no call can loop, and says in plain words what is wrong and
 * which setting to change.
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../errors.js';

/** The setting that names the data folder, for messages. */
const VARIABLE = 'ARCHIVIST_DATA_DIR';

/** Create `dir` and any missing parents; throws InputError naming ARCHIVIST_DATA_DIR and the path. */
export function ensureFolder(dir: string): void {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    const kind = kindOf(at);
    if (kind === 'folder') break;
    if (kind === 'other') throw problem(target, `${at} is a file, not a folder`);
    missing.unshift(at);
    if (dirname(at) === at) break;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kindOf(folder) === 'folder') continue; // made meanwhile by another process
      throw problem(target, reason(folder, code));
    }
  }
}

function kindOf(path: string): 'folder' | 'other' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

function reason(folder: string, code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `no permission to create ${folder}`;
    case 'EROFS':
      return `${dirname(folder)} is on a read-only file system`;
    case 'ENOSPC':
      return `no space left to create ${folder}`;
    case 'ENOENT':
      return `${dirname(folder)} does not allow new folders`;
    default:
      return `cannot create ${folder} (${code ?? 'unknown error'})`;
  }
}

function problem(target: string, why: string): InputError {
  return new InputError('invalid_config', VARIABLE, `${VARIABLE}: the data folder ${target} cannot be used: ${why}`);
}
