/**
 * @module How the nation gazetteer is made: every way of writing a sovereign state (world-countries
 * and i18n-iso-countries names, aliases, codes, demonyms, in English and Arabic, plus our data
 * files) and the blocking phrases, each cut into the tokens the text will show. The result is
 * stored in data/gazetteer.json, which the extractor loads: a parse worker starts without these
 * packages and without tokenising three thousand phrases. After changing a data file or updating
 * a package:   npx tsx src/entities/gazetteer-build.ts      (rewrites data/gazetteer.json)
 * test/entities/gazetteer-data.test.ts fails while the stored file differs from a fresh build.
 */
import type { Country } from 'world-countries';
import type IsoCountries from 'i18n-iso-countries';
import type { LocaleData } from 'i18n-iso-countries';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tokenizeBlock, type Token } from './tokenize.js';
import { demonymForms, isArabic, nisbaForms } from './arabic-forms.js';
import { commonWords, nationTraps, nationsAr, nationsEn, widerWords } from './vocab.js';
import type { EntryKind, GazetteerData, StoredEntry } from './gazetteer.js';

const require = createRequire(import.meta.url);
// world-countries is CommonJS: its typings' default export does not survive NodeNext interop.
const countries = require('world-countries') as Country[];
const isoCountries = require('i18n-iso-countries/index.js') as typeof IsoCountries;
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json') as LocaleData);
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json') as LocaleData);

export const GAZETTEER_FILE = fileURLToPath(new URL('./data/gazetteer.json', import.meta.url));

/** The gazetteer's entries in the order they were added (first writer wins), with its side tables. */
export function buildGazetteerData(): GazetteerData {
  const entries: StoredEntry[] = [];
  const seen = new Set<string>();
  const canonical: Record<string, string> = {};
  const arabic: Record<string, string> = {};
  const add = (phrase: string, kind: EntryKind, nation: string | null): void => {
    const tokens: Token[] = [];
    tokenizeBlock(phrase, 0, tokens);
    if (tokens.length === 0) return;
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    const exact = !isArabic(phrase) && letters.length > 1 && (letters === letters.toUpperCase() || /\p{Lu}\./u.test(phrase));
    const words = tokens.map((t) => t.text);
    // First writer wins: a blocker or alias added before a package name keeps its meaning.
    const id = `${tokens.map((t) => t.key).join('\u0001')}|${exact}|${words.join(' ')}`;
    if (seen.has(id)) return;
    seen.add(id);
    entries.push([kind, nation, exact ? 1 : 0, words]);
  };
  // 1. blockers first, so that "Kuwait City" or "نهر الأردن" never reads as the nation
  for (const phrase of nationTraps.blockers) add(phrase, 'block', null);
  for (const phrase of nationsAr.blockers) add(phrase, 'block', null);
  add(nationsAr.ambiguousOman, 'oman', canonicalNameOf('OM') ?? 'Oman');
  // 2. sovereign states: hand aliases, then the packages' names and demonyms
  const sovereign = countries.filter((c) => c.independent || c.unMember || nationsEn.extraSovereign.includes(c.cca2));
  for (const c of sovereign) {
    const name = canonicalNameOf(c.cca2) ?? c.name.common;
    canonical[c.cca2] = name;
    const arabicName = isoCountries.getName(c.cca2, 'ar') ?? c.translations['ara']?.common;
    if (arabicName) arabic[c.cca2] = arabicName;
    for (const alias of nationsEn.aliases[c.cca2] ?? []) add(alias, 'nation', name);
    for (const d of nationsEn.demonyms[c.cca2] ?? []) add(d, 'demonym', name);
    for (const n of englishNames(c)) add(n, 'nation', name);
    for (const d of englishDemonyms(c)) add(d, 'demonym', name);
    addArabic(add, c.cca2, name, c.translations['ara']?.common);
  }
  const capitals = [...new Set(countries.flatMap((c) => c.capital ?? []).map((c) => c.toLowerCase()))].sort();
  return { entries, canonical, arabic, capitals };
}

type Add = (phrase: string, kind: EntryKind, nation: string | null) => void;

function canonicalNameOf(code: string): string | undefined {
  return nationsEn.canonical[code] ?? countries.find((c) => c.cca2 === code)?.name.common;
}

// Package names worth matching: Latin script, no "Korea, Republic of" inversions, no bare codes.
function englishNames(c: Country): string[] {
  const fromIso = isoCountries.getName(c.cca2, 'en', { select: 'all' }) ?? [];
  const all = [c.name.common, c.name.official, ...fromIso, ...c.altSpellings];
  return all.filter(
    (n) =>
      /^[\p{Script=Latin}\s'’.-]+$/u.test(n) &&
      !/^[\p{Lu}.]+$/u.test(n) &&
      !nationsEn.skipNames.includes(n) &&
      // an alternative spelling that is an English word ("Island" for Iceland) would fire on prose
      !(c.altSpellings.includes(n) && (commonWords.has(n.toLowerCase()) || widerWords.has(n.toLowerCase()))),
  );
}

function englishDemonyms(c: Country): string[] {
  const eng = c.demonyms?.['eng'];
  if (!eng) return [];
  const singular = [...new Set([eng.m, eng.f])]
    .flatMap((d) => d.split(/\s+or\s+|,\s*|\//u))
    .map((d) => d.trim())
    .filter((d) => d.length > 0 && !nationsEn.skipDemonyms.includes(d));
  // "Iraqis", "Americans"; "Chinese", "Swiss", "French" have no -s plural.
  const plural = singular.filter((d) => !/(s|sh|ch|x|z|ese)$/u.test(d)).map((d) => `${d}s`);
  return [...singular, ...plural];
}

function addArabic(add: Add, code: string, name: string, translation: string | undefined): void {
  const fromIso = isoCountries.getName(code, 'ar', { select: 'all' }) ?? [];
  const names = [...new Set([...(nationsAr.aliases[code] ?? []), ...fromIso, ...(translation ? [translation] : [])])];
  for (const n of names) if (!nationsAr.skipNames.includes(n)) add(n, 'nation', name);
  for (const n of nationsAr.irregular[code] ?? []) add(n, 'demonym', name);
  for (const d of nationsAr.demonyms[code] ?? []) for (const f of nisbaForms(d)) add(f, 'demonym', name);
  if (nationsAr.skipDemonymFor.includes(code)) return;
  for (const n of names) for (const f of demonymForms(n)) add(f, 'demonym', name);
}

/** The stored file's text: one entry per line, so that a rebuild's diff shows what changed. */
export function gazetteerFileText(data: GazetteerData): string {
  const comment = 'Generated by `npx tsx src/entities/gazetteer-build.ts`; do not edit. Entries: [kind, nation, exact, words].';
  const lines = data.entries.map((e) => `  ${JSON.stringify(e)}`).join(',\n');
  return `{\n"$comment": ${JSON.stringify(comment)},\n"canonical": ${JSON.stringify(data.canonical)},\n"arabic": ${JSON.stringify(data.arabic)},\n"capitals": ${JSON.stringify(data.capitals)},\n"entries": [\n${lines}\n]\n}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GAZETTEER_FILE, gazetteerFileText(buildGazetteerData()));
  console.log(`wrote ${GAZETTEER_FILE}`);
}
