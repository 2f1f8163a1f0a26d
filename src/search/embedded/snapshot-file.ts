/**
 * @module A file of named binary sections with a JSON header, written atomically: the
 * embedded engine's in-memory side saved whole (see snapshot.ts). Layout: magic, header length
 * (u32), header JSON (the caller's fields and each section's offset and length), the sections
 * each 8-byte aligned (so they can be viewed as Int32 / Float64 arrays without a copy), then a
 * trailer: CRC-32 of everything before it and the magic again. A file that is cut short,
 * overwritten in part or of another format is refused, never half-read.
 */
import { closeSync, fsyncSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import { allocate } from './shared-arrays.js';

const MAGIC = 0x41_53_4e_50; // "ASNP"
const HEAD_BYTES = 8; // magic, header length
const TRAILER_BYTES = 8; // crc32, magic
const ALIGN = 8;
/** One read or write call moves at most this much (readSync and writeSync take int32 lengths). */
const IO_STEP = 1 << 30;

export type Section = Uint8Array | Int32Array | Uint32Array | Float64Array;

interface SectionEntry {
  name: string;
  offset: number;
  length: number;
}

/** A file read back: its header fields and its sections as views into one buffer. */
export interface SectionFile<H> {
  header: H;
  section(name: string): Uint8Array;
  /** bytes of the file */
  bytes: number;
}

const pad = (n: number) => (ALIGN - (n % ALIGN)) % ALIGN;

/**
 * Write `header` and `sections` to `file` through a temporary file, fsynced, renamed over
 * `file` and the folder fsynced: a crash at any moment leaves the old file or the new one.
 */
export function writeSectionFile(file: string, header: object, sections: Record<string, Section>): number {
  const entries: SectionEntry[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(sections)) {
    entries.push({ name, offset, length: data.byteLength });
    offset += data.byteLength + pad(data.byteLength);
  }
  const json = Buffer.from(JSON.stringify({ header, sections: entries }));
  const headLength = HEAD_BYTES + json.length + pad(HEAD_BYTES + json.length);
  const head = Buffer.alloc(headLength);
  head.writeUInt32LE(MAGIC, 0);
  head.writeUInt32LE(json.length, 4);
  json.copy(head, HEAD_BYTES);
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w');
  let crc = 0;
  const put = (bytes: Uint8Array) => {
    crc = crc32(bytes, crc);
    for (let at = 0; at < bytes.length; at += IO_STEP) writeSync(fd, bytes, at, Math.min(IO_STEP, bytes.length - at));
  };
  try {
    put(head);
    for (const data of Object.values(sections)) {
      put(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      put(new Uint8Array(pad(data.byteLength)));
    }
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE(MAGIC, 4);
    writeSync(fd, trailer);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw err;
  }
  closeSync(fd);
  renameSync(temp, file);
  syncFolder(dirname(file));
  return headLength + offset + TRAILER_BYTES;
}

/** The header of `file` alone (a few hundred bytes read), or undefined when absent or not one. */
export function readSectionHeader<H>(file: string): H | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(HEAD_BYTES);
    if (readSync(fd, head, 0, HEAD_BYTES, 0) !== HEAD_BYTES || head.readUInt32LE(0) !== MAGIC) return undefined;
    const json = Buffer.alloc(head.readUInt32LE(4));
    if (readSync(fd, json, 0, json.length, HEAD_BYTES) !== json.length) return undefined;
    return (JSON.parse(json.toString('utf8')) as { header: H }).header;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/**
 * Read `file` whole into one shared buffer (large sequential reads) and check it; undefined when it
 * is absent, cut short or its checksum does not match.
 */
export function readSectionFile<H>(file: string): SectionFile<H> | undefined {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return undefined;
  }
  if (size < HEAD_BYTES + TRAILER_BYTES) return undefined;
  // in shared memory: the facet rows loaded as views of it are counted on the facet thread too
  const buf = allocate(Uint8Array, size, true);
  const fd = openSync(file, 'r');
  try {
    for (let at = 0; at < size;) {
      const got = readSync(fd, buf, at, Math.min(IO_STEP, size - at), at);
      if (got === 0) return undefined;
      at += got;
    }
  } finally {
    closeSync(fd);
  }
  const view = new DataView(buf.buffer);
  const body = size - TRAILER_BYTES;
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(body + 4, true) !== MAGIC) return undefined;
  if (crc32(buf.subarray(0, body)) >>> 0 !== view.getUint32(body, true)) return undefined;
  const jsonLength = view.getUint32(4, true);
  const parsed = JSON.parse(Buffer.from(buf.buffer, HEAD_BYTES, jsonLength).toString('utf8')) as { header: H; sections: SectionEntry[] };
  const start = HEAD_BYTES + jsonLength + pad(HEAD_BYTES + jsonLength);
  const byName = new Map(parsed.sections.map((s) => [s.name, s]));
  return {
    header: parsed.header,
    bytes: size,
    section(name) {
      const s = byName.get(name);
      if (!s) throw new Error(`${file}: no section ${name}`);
      return buf.subarray(start + s.offset, start + s.offset + s.length);
    },
  };
}

/** Remove `file` and every temporary file of it (no writer may be running). */
export function deleteSectionFile(file: string): void {
  rmSync(file, { force: true });
  removeTemporaries(file, () => true);
}

/** Remove the temporary files of `file` left by writers killed before their rename. */
export function removeTemporaries(file: string, orphan: (pid: number) => boolean = isGone): void {
  const prefix = `${basename(file)}.tmp-`;
  let names: string[];
  try {
    names = readdirSync(dirname(file));
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && orphan(Number(name.slice(prefix.length)))) rmSync(join(dirname(file), name), { force: true });
  }
}

/** Whether no process `pid` runs (its temporary file is then an orphan). */
function isGone(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** Views of a section as typed arrays (sections are 8-byte aligned within an aligned buffer). */
export const asInt32 = (b: Uint8Array) => new Int32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
export const asUint32 = (b: Uint8Array) => new Uint32Array(b.buffer, b.byteOffset, b.byteLength >>> 2);
export const asFloat64 = (b: Uint8Array) => new Float64Array(b.buffer, b.byteOffset, b.byteLength >>> 3);

function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some file systems refuse to open a folder: the rename is then as durable as they make it
  }
}
