/**
 * @module Whether the data folder can hold the archive, checked before SQLite opens it. Every
 * command that opens the archive opens it for writing (even `stats`, `search` and `serve`: the
 * schema migration and WAL mode write), and SQLite's own errors ("unable to open database file",
 * "attempt to write a readonly database") name neither the setting nor the path.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../errors.js';
import { ensureFolder } from '../store/folders.js';

const VARIABLE = 'ARCHIVIST_DATA_DIR';

/** Whether this process may write `path` (a file, or a folder to create files in). */
export type CanWrite = (path: string) => boolean;

/** Whether this process has `mode` access to `path`. */
const allowed =
  (mode: number): CanWrite =>
  (path) => {
    try {
      accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  };
// a folder needs search (X) as well as write to create files in it
const canWrite = allowed(constants.W_OK | constants.X_OK);
const canWriteFile = allowed(constants.W_OK);

/**
 * Create `dir` if needed (ensureFolder: a missing or impossible path), then make sure the folder
 * and the archive's files in it that exist (`file`, and SQLite's -wal and -shm beside it) can be
 * written. Throws InputError naming ARCHIVIST_DATA_DIR, the folder and the path not writable, in
 * the same one-line form as ensureFolder. `folderWritable` and `fileWritable` are for tests: as
 * root, every path is writable.
 */
export function checkDataFolder(
  dir: string,
  file: string,
  folderWritable: CanWrite = canWrite,
  fileWritable: CanWrite = canWriteFile,
): void {
  ensureFolder(dir);
  const target = resolve(dir);
  const problem = (path: string) =>
    new InputError('invalid_config', VARIABLE, `${VARIABLE}: the data folder ${target} cannot be used: ${path} is not writable`);
  if (!folderWritable(target)) throw problem(target);
  for (const path of [file, `${file}-wal`, `${file}-shm`].map((f) => join(target, f))) {
    if (existsSync(path) && !fileWritable(path)) throw problem(path);
  }
}
