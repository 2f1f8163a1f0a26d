/**
 * @module The indexer's way to entity linking: the context's Linker (the app opens one with the
 * configured registry), or one per archive with the shipped registry (tests, benches).
 */
import { openLinker } from '../linking/index.js';
import type { Linker, NameCount } from '../linking/index.js';
import type { Archive } from '../store/index.js';

const byArchive = new WeakMap<Archive, Linker>();

/** Every person name of the archive with the number of documents that give it. */
export function archivePersonNames(archive: Archive): NameCount[] {
  return archive.topFacet('persons', Number.MAX_SAFE_INTEGER);
}

export function linkerFor(ctx: { archive: Archive; linker?: Linker }): Linker {
  if (ctx.linker) return ctx.linker;
  let linker = byArchive.get(ctx.archive);
  if (!linker) {
    linker = openLinker(() => archivePersonNames(ctx.archive));
    byArchive.set(ctx.archive, linker);
  }
  return linker;
}
