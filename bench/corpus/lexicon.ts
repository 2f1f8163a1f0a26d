/**
 * @module The generator's fixed casts, built once from a constant seed so that every corpus
 * (whatever its seed) shares the same few hundred persons and the same long tail of rare names.
 */
import worldCountries, { type Country } from 'world-countries';
import { Prng } from './prng.js';
import { NATIONS, type NationForms } from './data/nations.js';
import { AR_FIRST, AR_LAST, AR_ROLES, NAME_GROUPS, ROLES, type Role } from './data/people.js';
import { TAIL_KINDS, TAIL_SYLLABLES } from './data/vocab.js';

// Constant, so the cast is the same for every corpus seed: persons recur across corpora.
const CAST_SEED = 20_160_121;
// "a few hundred distinct persons" (the architecture's measured corpus used 400).
export const PERSON_COUNT = 400;
export const AR_PERSON_COUNT = 160;
// Rare proper nouns: most occur in a handful of articles of a 100k corpus (the long tail).
export const TAIL_COUNT = 30_000;
// A Middle East site: about a third of the people it quotes have Arabic names (NAME_GROUPS[0]).
const ARAB_NAME_SHARE = 0.35;

export interface Person {
  /** canonical full name (the ground truth form) */
  name: string;
  /** what a later mention uses ("Carter", "al-Rashid", "von der Heide") */
  surname: string;
  role: Role;
  /** the state the person speaks for (officials), else null */
  nation: NationForms | null;
}

export interface ArPerson {
  name: string;
  surname: string;
  title: string;
  nation: NationForms | null;
}

const NATION_BY_NAME = new Map(NATIONS.map((n) => [n.name, n]));

export const PERSONS: readonly Person[] = buildPersons();
export const AR_PERSONS: readonly ArPerson[] = buildArPersons();
export const TAIL_WORDS: readonly string[] = buildTail();
export { TAIL_KINDS };

function buildPersons(): Person[] {
  const rng = new Prng(CAST_SEED, 1);
  const seen = new Set<string>();
  const out: Person[] = [];
  while (out.length < PERSON_COUNT) {
    const group = rng.chance(ARAB_NAME_SHARE) ? NAME_GROUPS[0]! : rng.pick(NAME_GROUPS.slice(1));
    const name = `${rng.pick(group.first)} ${rng.pick(group.last)}`;
    if (seen.has(name)) continue;
    seen.add(name);
    let role = rng.pick(ROLES);
    // "Sheikh" is a Gulf and Levant honorific: elsewhere the person becomes an ambassador.
    if (role.title === 'Sheikh' && group !== NAME_GROUPS[0]) role = ROLES.find((r) => r.title === 'Ambassador')!;
    const nation = role.official ? (NATION_BY_NAME.get(rng.pick(group.nations)) ?? null) : null;
    out.push({ name, surname: surnameOf(name), role, nation });
  }
  return out;
}

function buildArPersons(): ArPerson[] {
  const rng = new Prng(CAST_SEED, 2);
  const arabNations = NATIONS.filter((n) => NAME_GROUPS[0]!.nations.includes(n.name) && n.arAdj);
  const seen = new Set<string>();
  const out: ArPerson[] = [];
  while (out.length < AR_PERSON_COUNT) {
    const last = rng.pick(AR_LAST);
    const name = `${rng.pick(AR_FIRST)} ${last}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const role = rng.pick(AR_ROLES);
    out.push({ name, surname: last, title: role.title, nation: role.official ? rng.pick(arabNations) : null });
  }
  return out;
}

/** Everything after the first given name: keeps particles ("von der Heide", "bin Saeed"). */
function surnameOf(name: string): string {
  return name.slice(name.indexOf(' ') + 1);
}

function buildTail(): string[] {
  const rng = new Prng(CAST_SEED, 3);
  // A made-up word that happens to spell a country or demonym would break the ground truth.
  const forbidden = new Set<string>();
  // Node loads the package's CJS entry (an array); its typings describe the ESM default export.
  const countries = worldCountries as unknown as readonly Country[];
  for (const c of countries) {
    forbidden.add(c.name.common.toLowerCase());
    const dem = c.demonyms?.eng;
    if (dem) forbidden.add(dem.m.toLowerCase());
  }
  const seen = new Set<string>();
  const out: string[] = [];
  while (out.length < TAIL_COUNT) {
    const parts = rng.int(2, 3);
    let w = '';
    for (let i = 0; i < parts; i++) w += rng.pick(TAIL_SYLLABLES);
    if (seen.has(w) || forbidden.has(w)) continue;
    seen.add(w);
    out.push(w[0]!.toUpperCase() + w.slice(1));
  }
  return out;
}
