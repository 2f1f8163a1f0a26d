/**
 * @module Entity linking: one identity per nation and person across scripts, spellings and
 * aliases. `openLinker` builds the registry (gazetteer nations, config/entities/persons.json, the
 * user's ARCHIVIST_ENTITIES file) and a Linker that learns the archive's other persons.
 */
import type { NameCount } from './learned.js';
import { Linker } from './linker.js';
import { EntityRegistry } from './registry.js';
import { loadNations, loadPersons, readEntitiesFile, SHIPPED_ENTITIES_FILE } from './registry-data.js';

export { Linker } from './linker.js';
export { EntityRegistry } from './registry.js';
export type { Entity, EntityFacet } from './registry.js';
export type { NameCount } from './learned.js';
export { nameKey, variantKey } from './name-forms.js';
export { SHIPPED_ENTITIES_FILE } from './registry-data.js';

const registries = new Map<string, EntityRegistry>();

/** The registry of the shipped data plus `entitiesFile` (cached per file: it is read once per process). */
export function loadRegistry(entitiesFile?: string): EntityRegistry {
  const cacheKey = entitiesFile ?? '';
  let registry = registries.get(cacheKey);
  if (!registry) {
    const shipped = readEntitiesFile(SHIPPED_ENTITIES_FILE, 'config/entities/persons.json');
    const own = entitiesFile ? readEntitiesFile(entitiesFile) : null;
    registry = new EntityRegistry(loadNations(own?.nations), loadPersons(shipped, own));
    registries.set(cacheKey, registry);
  }
  return registry;
}

export function openLinker(archiveNames: () => readonly NameCount[], entitiesFile?: string): Linker {
  return new Linker(loadRegistry(entitiesFile), archiveNames);
}
