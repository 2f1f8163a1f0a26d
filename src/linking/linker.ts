/**
 * @module Linking at index time: a Document's nations and persons, as its article gives them,
 * to the entities they are (the registry, then the persons learned from the archive). The index
 * gets the entities' labels in its facet fields, so facets, filters and counts are per entity on
 * both engines; the archive keeps the names as written, so a registry change is a `reindex`,
 * never a re-parse. Filters resolve through the same tables.
 */
import type { Document } from '../document.js';
import { LearnedPersons } from './learned.js';
import type { NameCount } from './learned.js';
import { nameKey } from './name-forms.js';
import type { Entity, EntityFacet, EntityRegistry } from './registry.js';

export class Linker {
  private learned: LearnedPersons | undefined;

  /** `archiveNames`: every person name of the archive with its document count (read when first needed) */
  constructor(
    readonly registry: EntityRegistry,
    private readonly archiveNames: () => readonly NameCount[],
  ) {}

  /** Learn the archive's names again (reindex: every link settled from the whole archive). */
  relearn(): void {
    this.learned = new LearnedPersons(this.registry);
    this.learned.learn(this.archiveNames());
  }

  /** The entity of a name as an article gives it. */
  entityOf(facet: EntityFacet, name: string): Entity {
    const known = this.registry.known(facet, name);
    if (known) return known;
    if (facet === 'persons') return this.persons().entityOf(name);
    return { id: `nation:~${nameKey(name)}`, facet, label: name, labelAr: null };
  }

  /** The Document as the index sees it: entities are labels, one per entity, sorted. */
  linkDocument(doc: Document): Document {
    const labels = (facet: EntityFacet, names: readonly string[]) => [...new Set(names.map((n) => this.entityOf(facet, n).label))].sort();
    return { ...doc, entities: { nations: labels('nations', doc.entities.nations), persons: labels('persons', doc.entities.persons) } };
  }

  /**
   * linkDocument for a run over many documents (export): each name is looked up once, since
   * names repeat from article to article. For a run that learns nothing new (a read).
   */
  documentLinker(): (doc: Document) => Document {
    const cache = { nations: new Map<string, string>(), persons: new Map<string, string>() };
    const labelOf = (facet: EntityFacet, name: string): string => {
      let label = cache[facet].get(name);
      if (label === undefined) cache[facet].set(name, (label = this.entityOf(facet, name).label));
      return label;
    };
    const labels = (facet: EntityFacet, names: readonly string[]) => [...new Set(names.map((n) => labelOf(facet, n)))].sort();
    return (doc) => ({
      ...doc,
      entities: { nations: labels('nations', doc.entities.nations), persons: labels('persons', doc.entities.persons) },
    });
  }

  /** The entity a filter value means (a label, an alias, a spelling), or null: nothing is learned. */
  resolve(facet: EntityFacet, value: string): Entity | null {
    return this.registry.resolve(facet, value) ?? (facet === 'persons' ? this.persons().find(value) : null);
  }

  /** Registry entities one of whose names (either script) contains `q`: facet value search. */
  search(facet: EntityFacet, q: string, limit: number): Entity[] {
    return this.registry.search(facet, q, limit);
  }

  /** Every name the registry knows for the entity labelled `label`, folded (for spelling suggestions in either script). */
  namesOf(facet: EntityFacet, label: string): readonly string[] {
    return this.registry.namesOf(facet, label);
  }

  /** The entity whose label is a facet value, for showing its Arabic name beside it. */
  byLabel(facet: EntityFacet, label: string): Entity | null {
    return this.registry.byLabel(facet, label) ?? (facet === 'persons' ? this.persons().find(label) : null);
  }

  private persons(): LearnedPersons {
    if (!this.learned) this.relearn();
    return this.learned!;
  }
}
