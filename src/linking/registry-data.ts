/**
 * @module The registry's data: every nation of the gazetteer (ISO code, English and Arabic
 * labels, every name and demonym it knows, in both scripts), the shipped list of persons
 * (config/entities/persons.json) and an optional file of the user's own (ARCHIVIST_ENTITIES):
 * more persons, more aliases for a shipped person (same id), more aliases for a nation (by code).
 * A file that does not parse, or names one alias for two entities, stops the program at start
 * with the file and the reason.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { gazetteerNations } from '../entities/gazetteer.js';
import { readJsonConfig } from '../config.js';
import { InputError } from '../errors.js';

/** The persons shipped with the app. */
export const SHIPPED_ENTITIES_FILE = fileURLToPath(new URL('../../config/entities/persons.json', import.meta.url));

const name = z.string().trim().min(1);
const PersonSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens'),
  en: name.optional(),
  ar: name.optional(),
  aliases: z.array(name).default([]),
  note: z.string().optional(),
});
const EntitiesFileSchema = z.object({
  persons: z.array(PersonSchema).default([]),
  nations: z.array(z.object({ code: z.string().regex(/^[A-Z]{2}$/), aliases: z.array(name) })).default([]),
});
export type PersonRecord = z.infer<typeof PersonSchema>;

/** One entity as the registry holds it. */
export interface EntityRecord {
  /** "person:mohammed-bin-salman", "nation:SA" */
  id: string;
  /** the English label where there is one, else the Arabic one: the facet value */
  label: string;
  labelAr: string | null;
  /** every name that means it, labels included */
  names: string[];
  /** names that point to it in a filter but are not its name ("Saudi" for Saudi Arabia) */
  weakNames: string[];
}

export function loadNations(extra: EntitiesFile['nations'] = []): EntityRecord[] {
  const more = new Map<string, string[]>();
  for (const n of extra) more.set(n.code, [...(more.get(n.code) ?? []), ...n.aliases]);
  return gazetteerNations().map((n) => ({
    id: `nation:${n.code}`,
    label: n.label,
    labelAr: n.labelAr,
    names: [n.label, ...(n.labelAr ? [n.labelAr] : []), n.code, ...n.names, ...(more.get(n.code) ?? [])],
    weakNames: n.demonyms,
  }));
}

export type EntitiesFile = z.infer<typeof EntitiesFileSchema>;

/** Read an entity file; throws InputError naming the file, the place and the reason. */
export function readEntitiesFile(file: string, variable = 'ARCHIVIST_ENTITIES'): EntitiesFile {
  return readJsonConfig(file, variable, EntitiesFileSchema);
}

/** The persons of the shipped file and the user's, merged by id (the user's aliases are added). */
export function loadPersons(shipped: EntitiesFile, own: EntitiesFile | null): EntityRecord[] {
  const byId = new Map<string, PersonRecord>();
  for (const p of [...shipped.persons, ...(own?.persons ?? [])]) {
    const known = byId.get(p.id);
    byId.set(p.id, known ? { ...known, en: p.en ?? known.en, ar: p.ar ?? known.ar, aliases: [...known.aliases, ...p.aliases] } : p);
  }
  for (const p of byId.values()) {
    if (!p.en && !p.ar) {
      throw new InputError(
        'invalid_config',
        'ARCHIVIST_ENTITIES',
        `ARCHIVIST_ENTITIES: person ${p.id} has neither "en" nor "ar", and the shipped list has no such id`,
      );
    }
  }
  return [...byId.values()].map((p) => ({
    id: `person:${p.id}`,
    label: (p.en ?? p.ar)!,
    labelAr: p.ar ?? null,
    names: [...(p.en ? [p.en] : []), ...(p.ar ? [p.ar] : []), ...p.aliases],
    weakNames: [],
  }));
}
