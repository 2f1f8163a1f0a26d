/**
 * @module The entity registry: name -> entity, for the nations of the gazetteer and the persons
 * of the shipped and user files. A name matches an entity by its folded spelling (nameKey: case,
 * accents, Arabic letter forms, punctuation) or, for persons, by its spelling variants
 * (variantKey: Mohammed / Muhammad, al- / el-, bin / ibn). Two entities never share a name: a
 * file that gives one name to two is refused at load; a variant key two persons share links
 * neither (the exact names still do).
 */
import { InputError } from '../errors.js';
import { withoutArabicArticle } from '../search/query/normalize.js';
import { nameKey, variantKey } from './name-forms.js';
import type { EntityRecord } from './registry-data.js';

export type EntityFacet = 'nations' | 'persons';

export interface Entity {
  id: string;
  facet: EntityFacet;
  /** the facet value: English where known, else Arabic */
  label: string;
  labelAr: string | null;
}

/** One facet's lookup tables. */
class FacetTable {
  readonly entities: Entity[] = [];
  readonly byKey = new Map<string, Entity>();
  readonly byVariant = new Map<string, Entity | null>(); // null: two entities share the variant
  readonly byWeak = new Map<string, Entity | null>();
  readonly byLabel = new Map<string, Entity>();
  /** every folded name of an entity, for facet value search and suggestions */
  readonly keysOf = new Map<Entity, string[]>();

  constructor(
    readonly facet: EntityFacet,
    records: readonly EntityRecord[],
    useVariants: boolean,
  ) {
    for (const r of records) {
      const entity: Entity = { id: r.id, facet, label: r.label, labelAr: r.labelAr };
      this.entities.push(entity);
      this.byLabel.set(r.label, entity);
      const keys = [...new Set(r.names.map(nameKey).filter((k) => k !== ''))];
      this.keysOf.set(entity, keys);
      for (const key of keys) this.claim(key, entity, r);
      if (useVariants) for (const name of r.names) share(this.byVariant, variantKey(name), entity);
      for (const name of r.weakNames) share(this.byWeak, nameKey(name), entity);
    }
  }

  private claim(key: string, entity: Entity, record: EntityRecord): void {
    const holder = this.byKey.get(key);
    if (holder && holder !== entity) {
      throw new InputError('invalid_config', 'ARCHIVIST_ENTITIES', `the name "${key}" is given to both ${holder.id} and ${record.id}`);
    }
    this.byKey.set(key, entity);
  }
}

function share(map: Map<string, Entity | null>, key: string, entity: Entity): void {
  if (key === '') return;
  const holder = map.get(key);
  map.set(key, holder === undefined || holder === entity ? entity : null);
}

export class EntityRegistry {
  private readonly tables: Record<EntityFacet, FacetTable>;

  constructor(nations: readonly EntityRecord[], persons: readonly EntityRecord[]) {
    this.tables = { nations: new FacetTable('nations', nations, false), persons: new FacetTable('persons', persons, true) };
  }

  /** The entity a name (as an article gives it) is, or null when the registry does not know it. */
  known(facet: EntityFacet, name: string): Entity | null {
    const t = this.tables[facet];
    return t.byKey.get(nameKey(name)) ?? t.byVariant.get(variantKey(name)) ?? null;
  }

  /**
   * The entity a filter value means: a name, or a weaker cue such as a demonym ("Saudi"). An
   * Arabic demonym is also taken with the article, as text writes it after a noun: المصرية,
   * السوري, الأمريكية (the gazetteer lists مصرية, سوري, أمريكية).
   */
  resolve(facet: EntityFacet, value: string): Entity | null {
    const weak = this.tables[facet].byWeak;
    const key = nameKey(value);
    const stem = key.includes(' ') ? undefined : withoutArabicArticle(key); // a demonym is one word
    return this.known(facet, value) ?? weak.get(key) ?? (stem === undefined ? null : (weak.get(stem) ?? null));
  }

  /** The entity whose facet value is `label`. */
  byLabel(facet: EntityFacet, label: string): Entity | null {
    return this.tables[facet].byLabel.get(label) ?? null;
  }

  /** The folded names (every script, aliases too) of the entity whose facet value is `label`; empty when none is known. */
  namesOf(facet: EntityFacet, label: string): readonly string[] {
    const entity = this.byLabel(facet, label);
    return entity ? (this.tables[facet].keysOf.get(entity) ?? []) : [];
  }

  /** Every entity of a facet with its folded names. */
  entries(facet: EntityFacet): ReadonlyMap<Entity, readonly string[]> {
    return this.tables[facet].keysOf;
  }

  /** Entities one of whose names contains `q` (folded), those whose name starts with it first. */
  search(facet: EntityFacet, q: string, limit: number): Entity[] {
    const needle = nameKey(q);
    if (needle === '') return [];
    const starts: Entity[] = [];
    const contains: Entity[] = [];
    for (const [entity, keys] of this.tables[facet].keysOf) {
      if (keys.some((k) => k.startsWith(needle) || k.includes(` ${needle}`))) starts.push(entity);
      else if (keys.some((k) => k.includes(needle))) contains.push(entity);
    }
    return [...starts, ...contains].slice(0, limit);
  }
}
