/**
 * @module The nation gazetteer: every way of writing a sovereign state (names, aliases, codes,
 * demonyms, in English and Arabic) plus the blocking phrases, in one token trie. The phrases come
 * ready-cut from data/gazetteer.json (made by gazetteer-build.ts from the country packages and our
 * data files); loading it is a JSON parse and a trie walk. `matchNations` walks the tokens once,
 * taking the longest phrase at each position.
 */
import { readFileSync } from 'node:fs';
import { keyOf, type Token } from './tokenize.js';
import { cliticVariants, isArabic } from './arabic-forms.js';

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
/** One stored phrase: [kind, nation, exact (1) or not (0), its tokens' texts]. */
export type StoredEntry = [EntryKind, string | null, 0 | 1, string[]];
export interface GazetteerData {
  entries: StoredEntry[];
  /** canonical English name by ISO alpha-2 code */
  canonical: Record<string, string>;
  /** the usual Arabic short name by ISO alpha-2 code (i18n-iso-countries), for display */
  arabic: Record<string, string>;
  /** capital cities of all countries, lower case */
  capitals: string[];
}

const FILE = new URL('./data/gazetteer.json', import.meta.url);
const data = loadGazetteer();
const root: TrieNode = { next: new Map(), entries: [] };
for (const [kind, nation, exact, words] of data.entries) insert({ kind, nation, words, exact: exact === 1 });

/** Capital cities of all countries, lower case: a capital is no part of a person's name. */
export const capitals: ReadonlySet<string> = new Set(data.capitals);

/** Canonical English name of an ISO alpha-2 code, for the sovereign states we know. */
export function canonicalName(code: string): string | undefined {
  return data.canonical[code];
}

/**
 * Every nation the gazetteer knows, for the entity registry (src/linking): its ISO code, English
 * and Arabic labels, and every phrase that names it (kind 'nation') or its people ('demonym').
 */
export function gazetteerNations(): { code: string; label: string; labelAr: string | null; names: string[]; demonyms: string[] }[] {
  const byName = new Map<string, { names: string[]; demonyms: string[] }>();
  for (const [kind, nation, , words] of data.entries) {
    if (nation === null || (kind !== 'nation' && kind !== 'demonym')) continue;
    let forms = byName.get(nation);
    if (!forms) byName.set(nation, (forms = { names: [], demonyms: [] }));
    (kind === 'nation' ? forms.names : forms.demonyms).push(words.join(' '));
  }
  return Object.entries(data.canonical).map(([code, label]) => ({
    code,
    label,
    labelAr: data.arabic[code] ?? null,
    names: byName.get(label)?.names ?? [],
    demonyms: byName.get(label)?.demonyms ?? [],
  }));
}

/** Every gazetteer match in `tokens`, left to right, longest first, without overlaps. */
export function matchNations(tokens: readonly Token[]): NationMatch[] {
  const out: NationMatch[] = [];
  for (let i = 0; i < tokens.length;) {
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
    if (t.parts.length > 0) matchParts(t, i, out);
    i++;
  }
  return out;
}

// The per-token loops here create no closures: a closure that captures a loop's variables makes
// V8 allocate a context for every iteration (every word of the text), even when it never runs;
// they were a large share of everything a parse allocated.

/** Nations named by the parts of a hyphenated word ("Saudi" in "Saudi-led"). */
function matchParts(t: Token, i: number, out: NationMatch[]): void {
  t.parts.forEach((part, p) => {
    const entry = root.next.get(part)?.entries.find((e) => e.words.length === 1 && caseFits(e, [partSurface(t, p)]));
    if (entry) out.push({ start: i, end: i + 1, entry, part: p });
  });
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
  const found = cliticVariants(key)
    .map((v) => root.next.get(v))
    .filter((n): n is TrieNode => n !== undefined);
  nodes = found.length === 0 ? NO_NODES : found;
  if (arabicStartsMemo.size >= ARABIC_STARTS_MEMO_MAX) arabicStartsMemo.clear();
  arabicStartsMemo.set(key, nodes);
  return nodes;
}

/** Walk the trie from `node` (the child for token `i`) as far as the tokens go; keep the longest. */
function longestFrom(tokens: readonly Token[], i: number, start: TrieNode | undefined): NationMatch | null {
  const block = tokens[i]!.block;
  let best: NationMatch | null = null;
  for (let j = i, node = start; node;) {
    const entry = fittingEntry(node.entries, tokens, i);
    if (entry) best = { start: i, end: j + 1, entry };
    const next = tokens[++j];
    if (!next || next.block !== block) break;
    node = node.next.get(next.key);
  }
  return best;
}

function fittingEntry(entries: readonly Entry[], tokens: readonly Token[], i: number): Entry | undefined {
  for (const e of entries) if (caseFitsAt(e, tokens, i)) return e;
  return undefined;
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

function insert(entry: Entry): void {
  let node = root;
  for (const w of entry.words) {
    const key = keyOf(w);
    let child = node.next.get(key);
    if (!child) node.next.set(key, (child = { next: new Map(), entries: [] }));
    node = child;
  }
  node.entries.push(entry);
}

/** The stored gazetteer, its shape checked: a broken file stops the program at start, named. */
function loadGazetteer(): GazetteerData {
  const parsed = JSON.parse(readFileSync(FILE, 'utf8')) as Partial<GazetteerData>;
  const kinds = new Set<unknown>(['nation', 'demonym', 'block', 'oman']);
  const fine =
    Array.isArray(parsed.entries) &&
    Array.isArray(parsed.capitals) &&
    typeof parsed.canonical === 'object' &&
    typeof parsed.arabic === 'object' &&
    parsed.entries.every(
      (e) =>
        Array.isArray(e) &&
        kinds.has(e[0]) &&
        Array.isArray(e[3]) &&
        e[3].length > 0 &&
        e[3].every((w) => typeof w === 'string' && w.length > 0),
    );
  if (!fine) throw new Error(`entities gazetteer ${FILE.pathname} is invalid: regenerate it with npx tsx src/entities/gazetteer-build.ts`);
  return parsed as GazetteerData;
}
