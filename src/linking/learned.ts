/**
 * @module Persons the registry does not know, linked from the archive itself. The names the
 * archive holds are grouped by spelling variant (name-forms.ts variantKey), and an Arabic group
 * is linked to a Latin one (or to a registry person's Latin name) when the two can be the same
 * name word by word (cross-script.ts) and neither side could be anyone else: the Arabic group
 * matches exactly one person, and that person's Latin name matches no other Arabic group. A name
 * of one word, or with fewer than MIN_CONSONANTS consonants, is never linked across scripts:
 * short names collide. A wrong merge is worse than a missed one (docs/architecture.md states the
 * precision this is held to, and test/linking measures it).
 *
 * Learning from the whole archive happens at `reindex` (and when a process first links); a name
 * first seen later joins its spelling group, or an existing Latin person when it is Arabic,
 * without changing any label already in the index.
 */
import { isArabic } from '../entities/arabic-forms.js';
import { consonantKey, sameNameAcrossScripts } from './cross-script.js';
import { variantKey } from './name-forms.js';
import type { Entity, EntityRegistry } from './registry.js';

// Below this many consonants in the whole name, two different people share skeletons too often.
const MIN_CONSONANTS = 5;

export interface NameCount {
  value: string;
  count: number;
}

interface Group {
  key: string;
  arabic: boolean;
  consonants: string;
  forms: Map<string, number>;
  /** set once decided: the registry's person, a cross-script link, or the group's own */
  entity?: Entity;
  /** Arabic groups linked to this Latin group */
  linked: number;
}

export class LearnedPersons {
  private readonly groups = new Map<string, Group>();
  private readonly latinByConsonants = new Map<string, Group[]>();

  constructor(private readonly registry: EntityRegistry) {
    // the Latin names of registry persons the file gives no Arabic name are link targets too; a
    // person with an Arabic name is matched by it (registry.known), never guessed from the Latin
    for (const [entity, keys] of registry.entries('persons')) {
      if (entity.labelAr !== null) continue;
      for (const key of keys) {
        if (isArabic(key)) continue;
        const group = this.group(variantKey(key), key, 0);
        group.entity ??= entity;
      }
    }
  }

  /** Learn a whole archive's names at once: groups first, then the links, then every group's own entity. */
  learn(names: readonly NameCount[]): void {
    const fresh: Group[] = [];
    for (const { value, count } of names) {
      if (this.registry.known('persons', value)) continue;
      const group = this.group(variantKey(value), value, count);
      if (group.entity === undefined && !fresh.includes(group)) fresh.push(group);
    }
    const arabic = fresh.filter((g) => g.arabic);
    const candidates = new Map(arabic.map((g) => [g, this.latinCandidates(g)] as const));
    for (const targets of candidates.values()) for (const t of targets) t.linked++;
    for (const [group, targets] of candidates) {
      const [target] = targets;
      if (targets.length === 1 && target!.linked === 1) group.entity = this.linkedEntity(target!, group);
    }
    for (const group of fresh) group.entity ??= ownEntity(group);
  }

  /** The entity of a person's name (learning it when new). */
  entityOf(name: string): Entity {
    const key = variantKey(name);
    const known = this.groups.get(key);
    if (known?.entity) return known.entity;
    const group = this.group(key, name, 1);
    if (group.arabic) {
      const targets = this.latinCandidates(group);
      const [target] = targets;
      if (targets.length === 1 && target!.linked === 0) {
        target!.linked++;
        group.entity = this.linkedEntity(target!, group);
      }
    }
    group.entity ??= ownEntity(group);
    return group.entity;
  }

  /** The entity a name already has, without learning it (filters). */
  find(name: string): Entity | null {
    return this.groups.get(variantKey(name))?.entity ?? null;
  }

  private group(key: string, form: string, count: number): Group {
    let group = this.groups.get(key);
    if (!group) {
      const arabic = isArabic(key);
      group = { key, arabic, consonants: consonantsOf(key, arabic), forms: new Map(), linked: 0 };
      this.groups.set(key, group);
      if (!arabic) push(this.latinByConsonants, group.consonants, group);
    }
    if (count > 0) group.forms.set(form, (group.forms.get(form) ?? 0) + count);
    return group;
  }

  /** The Latin groups (of distinct persons) an Arabic group can be. */
  private latinCandidates(group: Group): Group[] {
    if (group.key.split(' ').length < 2 || group.consonants.replace(/ /gu, '').length < MIN_CONSONANTS) return [];
    const matches = (this.latinByConsonants.get(group.consonants) ?? []).filter((l) => sameNameAcrossScripts(group.key, l.key));
    const persons = new Set(matches.map((m) => m.entity?.id ?? m.key));
    return persons.size === 1 ? matches.slice(0, 1) : matches;
  }

  private linkedEntity(latin: Group, arabic: Group): Entity {
    // a registry person keeps its own entity; learned ones ("person:~…") gain the Arabic label below
    if (latin.entity && !latin.entity.id.startsWith('person:~')) return latin.entity;
    latin.entity ??= { id: `person:~${latin.key}`, facet: 'persons', label: mostFrequent(latin), labelAr: mostFrequent(arabic) };
    if (latin.entity.labelAr === null) latin.entity = { ...latin.entity, labelAr: mostFrequent(arabic) };
    return latin.entity;
  }
}

function ownEntity(group: Group): Entity {
  const label = mostFrequent(group);
  return { id: `person:~${group.key}`, facet: 'persons', label, labelAr: group.arabic ? label : null };
}

/** The spelling the archive uses most (ties: the first in code-point order, so the choice is stable). */
function mostFrequent(group: Group): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of group.forms) {
    if (count > bestCount || (count === bestCount && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best === '' ? group.key : best;
}

function consonantsOf(key: string, arabic: boolean): string {
  return key
    .split(' ')
    .map((w) => (w === 'bin' ? 'bin' : consonantKey(w, arabic)))
    .join(' ');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
