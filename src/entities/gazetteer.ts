/**
 * @module The nation gazetteer: every way of writing a sovereign state (names, aliases, codes,
 * demonyms, in English and Arabic) plus the blocking phrases, in one token trie built at module
 * load. `matchNations` walks the tokens once, taking the longest phrase at each position.
 */
import type { Country } from 'world-countries';
import type IsoCountries from 'i18n-iso-countries';
import { createRequire } from 'node:module';
import { tokenizeBlock, type Token } from './tokenize.js';
import { cliticVariants, demonymForms, isArabic, nisbaForms } from './arabic-forms.js';
import { commonWords, nationTraps, nationsAr, nationsEn, widerWords } from './vocab.js';

export type EntryKind = 'nation' | 'demonym' | 'block' | 'oman';
export interface Entry {
  kind: EntryKind;
  /** canonical English name; null for blockers */
  nation: string | null;
  /** the phrase's own tokens: their capitals are what the text must show */
  words: readonly string[];
  /** an all-caps or dotted code ("US", "U.S."): the text must match it letter for letter */
  exact: boolean;
}
export interface NationMatch {
  start: number;
  /** exclusive */
  end: number;
  entry: Entry;
  /** set when the match is one part of a hyphenated word ("Saudi" in "Saudi-led") */
  part?: number;
}
interface TrieNode {
  next: Map<string, TrieNode>;
  entries: Entry[];
}

const require = createRequire(import.meta.url);
// world-countries is CommonJS: its typings' default export does not survive NodeNext interop.
const countries = require('world-countries') as Country[];
// The library without its Node entry, which loads and registers all of its ~80 locales: a parse
// worker pays for every module it loads at start, and only English and Arabic names are used.
const isoCountries = require('i18n-iso-countries/index.js') as typeof IsoCountries;
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
isoCountries.registerLocale(require('i18n-iso-countries/langs/ar.json'));

const root: TrieNode = { next: new Map(), entries: [] };
const canonicalByCode = new Map<string, string>();
buildGazetteer();

/** Canonical English name of an ISO alpha-2 code, for the sovereign states we know. */
export function canonicalName(code: string): string | undefined {
  return canonicalByCode.get(code);
}

/** Every gazetteer match in `tokens`, left to right, longest first, without overlaps. */
export function matchNations(tokens: readonly Token[]): NationMatch[] {
  const out: NationMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind !== 'word') {
      i++;
      continue;
    }
    const best = longestAt(tokens, i);
    if (best) {
      out.push(best);
      i = best.end;
      continue;
    }
    t.parts.forEach((part, p) => {
      const entry = root.next.get(part)?.entries.find((e) => e.words.length === 1 && caseFits(e, [partSurface(t, p)]));
      if (entry) out.push({ start: i, end: i + 1, entry, part: p });
    });
    i++;
  }
  return out;
}

function longestAt(tokens: readonly Token[], i: number): NationMatch | null {
  const first = tokens[i]!;
  if (!isArabic(first.text)) return longestFrom(tokens, i, root.next.get(first.key));
  for (const node of arabicStarts(first.key)) {
    const best = longestFrom(tokens, i, node);
    if (best) return best;
  }
  return null;
}

// Trie children for the clitic variants of an Arabic key, remembered per key: most Arabic words
// name no nation, and their variants need not be cut and looked up again at every occurrence.
// The memo is dropped whole when full, so a long-running worker's memory stays bounded.
const ARABIC_STARTS_MEMO_MAX = 50_000;
const arabicStartsMemo = new Map<string, readonly TrieNode[]>();
const NO_NODES: readonly TrieNode[] = Object.freeze([]);

function arabicStarts(key: string): readonly TrieNode[] {
  let nodes = arabicStartsMemo.get(key);
  if (nodes) return nodes;
  const found = cliticVariants(key).map((v) => root.next.get(v)).filter((n): n is TrieNode => n !== undefined);
  nodes = found.length === 0 ? NO_NODES : found;
  if (arabicStartsMemo.size >= ARABIC_STARTS_MEMO_MAX) arabicStartsMemo.clear();
  arabicStartsMemo.set(key, nodes);
  return nodes;
}

/** Walk the trie from `node` (the child for token `i`) as far as the tokens go; keep the longest. */
function longestFrom(tokens: readonly Token[], i: number, start: TrieNode | undefined): NationMatch | null {
  const block = tokens[i]!.block;
  let best: NationMatch | null = null;
  for (let j = i, node = start; node; ) {
    const entry = node.entries.length > 0 ? node.entries.find((e) => caseFitsAt(e, tokens, i)) : undefined;
    if (entry) best = { start: i, end: j + 1, entry };
    const next = tokens[++j];
    if (!next || next.block !== block) break;
    node = node.next.get(next.key);
  }
  return best;
}

/** Capitals decide "US" vs "us", "Turkey" vs "turkey", "China" vs "china". */
function caseFits(entry: Entry, surfaces: readonly string[]): boolean {
  if (entry.exact) return entry.words.every((w, k) => w === surfaces[k]);
  return entry.words.every((w, k) => !/^\p{Lu}/u.test(w) || /^\p{Lu}/u.test(surfaces[k] ?? ''));
}

function caseFitsAt(entry: Entry, tokens: readonly Token[], i: number): boolean {
  const words = entry.words;
  for (let k = 0; k < words.length; k++) {
    const text = tokens[i + k]!.text;
    if (entry.exact ? words[k] !== text : startsUpper(words[k]!) && !startsUpper(text)) return false;
  }
  return true;
}

function startsUpper(w: string): boolean {
  const c = w[0] ?? '';
  return c !== c.toLowerCase();
}

function partSurface(t: Token, p: number): string {
  return t.text.split(/[-‑]/u)[p] ?? '';
}

function add(phrase: string, kind: EntryKind, nation: string | null): void {
  const tokens: Token[] = [];
  tokenizeBlock(phrase, 0, tokens);
  if (tokens.length === 0) return;
  const letters = phrase.replace(/[^\p{L}]/gu, '');
  const exact = !isArabic(phrase) && letters.length > 1 && (letters === letters.toUpperCase() || /\p{Lu}\./u.test(phrase));
  let node = root;
  for (const t of tokens) {
    let child = node.next.get(t.key);
    if (!child) node.next.set(t.key, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  // First writer wins: a blocker or alias added before a package name keeps its meaning.
  if (!node.entries.some((e) => e.exact === exact && e.words.join(' ') === tokens.map((t) => t.text).join(' '))) {
    node.entries.push({ kind, nation, words: tokens.map((t) => t.text), exact });
  }
}

function buildGazetteer(): void {
  // 1. blockers first, so that "Kuwait City" or "نهر الأردن" never reads as the nation
  for (const phrase of nationTraps.blockers) add(phrase, 'block', null);
  for (const phrase of nationsAr.blockers) add(phrase, 'block', null);
  add(nationsAr.ambiguousOman, 'oman', canonicalNameOf('OM') ?? 'Oman');
  // 2. sovereign states: hand aliases, then the packages' names and demonyms
  const sovereign = countries.filter((c) => c.independent || c.unMember || nationsEn.extraSovereign.includes(c.cca2));
  for (const c of sovereign) {
    const name = canonicalNameOf(c.cca2) ?? c.name.common;
    canonicalByCode.set(c.cca2, name);
    for (const alias of nationsEn.aliases[c.cca2] ?? []) add(alias, 'nation', name);
    for (const d of nationsEn.demonyms[c.cca2] ?? []) add(d, 'demonym', name);
    for (const n of englishNames(c)) add(n, 'nation', name);
    for (const d of englishDemonyms(c)) add(d, 'demonym', name);
    addArabic(c.cca2, name, c.translations['ara']?.common);
  }
}

function canonicalNameOf(code: string): string | undefined {
  return nationsEn.canonical[code] ?? countries.find((c) => c.cca2 === code)?.name.common;
}

// Package names worth matching: Latin script, no "Korea, Republic of" inversions, no bare codes.
function englishNames(c: Country): string[] {
  const fromIso = (isoCountries.getName(c.cca2, 'en', { select: 'all' }) as string[] | undefined) ?? [];
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

function addArabic(code: string, name: string, translation: string | undefined): void {
  const fromIso = (isoCountries.getName(code, 'ar', { select: 'all' }) as string[] | undefined) ?? [];
  const names = [...new Set([...(nationsAr.aliases[code] ?? []), ...fromIso, ...(translation ? [translation] : [])])];
  for (const n of names) if (!nationsAr.skipNames.includes(n)) add(n, 'nation', name);
  for (const n of nationsAr.irregular[code] ?? []) add(n, 'demonym', name);
  for (const d of nationsAr.demonyms[code] ?? []) for (const f of nisbaForms(d)) add(f, 'demonym', name);
  if (nationsAr.skipDemonymFor.includes(code)) return;
  for (const n of names) for (const f of demonymForms(n)) add(f, 'demonym', name);
}
