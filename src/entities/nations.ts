/**
 * @module Nations: gazetteer matches judged in context. Case already decided "US"/"us" and
 * "Turkey"/"turkey"; here the remaining traps: company names (Qatar Airways), the language sense
 * of a demonym ("in French"), names that are people (Michael Jordan, Chad Morrison), the food in
 * a headline ("Roll Out the Turkey"), Georgia the US state, and عمان the city vs Oman.
 */
import type { Token } from './tokenize.js';
import type { NationMatch } from './gazetteer.js';
import type { Resolved } from './resolve.js';
import { nationTraps, nationsAr, personsEn } from './vocab.js';
import { keyOf } from './tokenize.js';
import { cliticVariants } from './arabic-forms.js';

// How far around "Georgia" a US cue (Atlanta, governor, Senate …) is looked for, in tokens:
// about one clause, so that a US cue in another sentence does not turn the country into the state.
const GEORGIA_CUE_WINDOW = 8;

const companySuffixes = new Set(nationTraps.companySuffixes);
const ambiguous = new Set(nationTraps.ambiguous);
const foodCues = new Set(nationTraps.foodCues);
const georgiaCues = new Set(nationTraps.georgiaUsCues);
const usStates = new Set(nationTraps.usStates);
const georgiaArticleCues = new Set(nationTraps.georgiaArticleCues);
const languageCues = new Set(nationTraps.languageCues);
const omanCues = new Set(nationsAr.omanCues.map(keyOf));
const jordanCues = new Set(nationsAr.jordanCues.map(keyOf));
const cityBeforeOman = new Set(nationsAr.cityBeforeOman.map(keyOf));

/**
 * The canonical nations of `matches`, given the token indices that belong to persons (`claimed`):
 * a nation word inside a person's name, or a person's surname, is that person.
 */
export function judgeNations(
  tokens: readonly Token[],
  matches: readonly NationMatch[],
  people: Pick<Resolved, 'claimed' | 'mentioned'>,
): Set<string> {
  const found = new Set<string>();
  let omanPending = false;
  let lastLanguage: NationMatch | null = null;
  for (const m of matches) {
    const { entry } = m;
    if (entry.kind === 'block' || entry.nation === null) continue;
    if (isLanguage(tokens, m) || listedAfter(tokens, lastLanguage, m)) {
      lastLanguage = m;
      continue;
    }
    if (inSet(m, people.claimed) || isCompanyName(tokens, m)) continue;
    // "Jordan, now 57" after "Michael Jordan" is the man; "Kuwait and Jordan" is the country
    if (inSet(m, people.mentioned) && !listedWithNation(tokens, matches, m)) continue;
    if (m.part === undefined && isAmbiguousWord(tokens, m) && !ambiguousKept(tokens, m)) continue;
    if (entry.kind !== 'oman') {
      found.add(entry.nation);
      continue;
    }
    const written = vocalised(tokens[m.start]!.text);
    if (written === 'Oman') found.add('Oman');
    else if (written === undefined) omanPending ||= !namedAsCity(tokens, matches, m);
  }
  if (omanPending && omanMeant(tokens, found)) found.add('Oman');
  return found;
}

function inSet(m: NationMatch, set: ReadonlySet<number>): boolean {
  for (let i = m.start; i < m.end; i++) if (set.has(i)) return true;
  return false;
}

const LIST_GLUE = new Set([',', 'and', 'or', '&']);

/** Another nation right before or after, with only "," / "and" / "or" between them. */
function listedWithNation(tokens: readonly Token[], matches: readonly NationMatch[], m: NationMatch): boolean {
  return matches.some((o) => {
    if (o === m || o.entry.kind === 'block') return false;
    const [from, to] = o.end <= m.start ? [o.end, m.start] : m.end <= o.start ? [m.end, o.start] : [0, -1];
    if (to < from || to - from > 2 || to - from < 1) return false;
    for (let i = from; i < to; i++) if (!LIST_GLUE.has(tokens[i]!.key)) return false;
    return true;
  });
}

// "Qatar Airways", "Oman Air", "Saudi Aramco": the nation word is part of a company's name.
// "Saudi Air Force" is not a company: "Air" followed by another capitalised word is left alone.
function isCompanyName(tokens: readonly Token[], m: NationMatch): boolean {
  if (m.part !== undefined) return false;
  const next = tokens[m.end];
  if (!next || next.kind !== 'word' || next.block !== tokens[m.start]!.block || !companySuffixes.has(next.text)) return false;
  if (next.text === 'Air') {
    const after = tokens[m.end + 1];
    return !(after && after.kind === 'word' && after.cap);
  }
  return true;
}

// "speaks French", "translated into Arabic and French": the language, not the state.
function isLanguage(tokens: readonly Token[], m: NationMatch): boolean {
  if (m.entry.kind !== 'demonym' || m.part !== undefined) return false;
  const t = tokens[m.start]!;
  const prev = sameBlock(tokens, m.start - 1, t);
  const next = sameBlock(tokens, m.end, t);
  const closes = !next || next.kind !== 'word' || next.key === 'and' || next.key === 'or';
  return !!prev && languageCues.has(prev.key) && closes;
}

// "into French and Spanish": a demonym coordinated with a language is a language too.
function listedAfter(tokens: readonly Token[], language: NationMatch | null, m: NationMatch): boolean {
  if (!language || m.entry.kind !== 'demonym') return false;
  const gap = tokens.slice(language.end, m.start).map((t) => t.key);
  return gap.length === 1 && (gap[0] === 'and' || gap[0] === 'or' || gap[0] === ',');
}

function isAmbiguousWord(tokens: readonly Token[], m: NationMatch): boolean {
  return m.end - m.start === 1 && m.entry.kind === 'nation' && ambiguous.has(tokens[m.start]!.text);
}

/** Context for a name that is also a common noun, a first name or a US state. */
function ambiguousKept(tokens: readonly Token[], m: NationMatch): boolean {
  const t = tokens[m.start]!;
  const prev = sameBlock(tokens, m.start - 1, t);
  const next = sameBlock(tokens, m.end, t);
  // "the Turkey", "the Jordan", "the China cabinet": countries named without an article
  if (prev?.key === 'the' && next?.text !== '-') return false;
  if (t.text === 'Turkey' && ((next && foodCues.has(next.key)) || (prev && foodCues.has(prev.key)))) return false;
  if (t.text === 'Georgia' && georgiaUsState(tokens, m.start)) return false;
  if (t.titleCase) return true;
  // "Michael Jordan", "Chad Morrison", "Israel Katz": part of a longer capitalised name
  const capitalWord = (x: Token | undefined): boolean => !!x && x.kind === 'word' && x.cap && !x.allCaps;
  // "Jordan King Abdullah", "China President Xi": a title after the name keeps the country
  if (capitalWord(next) && !t.possessive && !personsEn.titles.has(next!.key)) return false;
  if (capitalWord(prev) && !prev!.sentenceStart) return false;
  return true;
}

function georgiaUsState(tokens: readonly Token[], at: number): boolean {
  const block = tokens[at]!.block;
  const from = Math.max(0, at - GEORGIA_CUE_WINDOW);
  const to = Math.min(tokens.length, at + GEORGIA_CUE_WINDOW + 1);
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.block !== block) continue;
    if (georgiaCues.has(t.text) || georgiaCues.has(t.key)) return true;
    // "Georgia and Indiana", "Georgia, North Carolina": listed with another state
    if (t.cap && (usStates.has(t.text) || usStates.has(`${t.text} ${tokens[i + 1]?.text ?? ''}`))) return true;
  }
  // "Atlanta" anywhere in the text: a city of the state only
  return tokens.some((t) => t.cap && georgiaArticleCues.has(t.text));
}

/**
 * عمان written with its vowels says which it is: عُمان (u after the ain) is Oman, عمّان (a
 * doubled m) is Amman. Undefined when it is written bare, as most texts do.
 */
function vocalised(text: string): 'Oman' | 'Amman' | undefined {
  if (text.includes('\u0651')) return 'Amman';
  if (/\u0639\u064F/u.test(text)) return 'Oman';
  return undefined;
}

/**
 * Bare عمان is Amman (Jordan's capital) in a text about Jordan and Oman elsewhere, unless the
 * text also speaks of the Sultanate (سلطنة، مسقط، عماني). Jordan's king (عبدالله الثاني, also
 * written عبد الله الثاني) makes the text one about Jordan.
 */
function omanMeant(tokens: readonly Token[], found: ReadonlySet<string>): boolean {
  let jordan = found.has('Jordan');
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (omanCues.has(t.key) || omanCues.has(t.key.replace(/^[وفبل]/u, ''))) return true;
    if (jordanCues.has(t.key) || jordanCues.has(t.key.replace(/^[وفبل]/u, ''))) jordan = true;
    if (t.key === 'الثاني' && /^(?:[وف]?عبدالله|الله)$/u.test(tokens[i - 1]?.key ?? '')) jordan = true;
  }
  return !jordan;
}

/**
 * "العاصمة عمان", "العاصمة الأردنية عمان": a city word before عمان, straight or across one
 * demonym match (which counts on its own), names Amman the city.
 */
function namedAsCity(tokens: readonly Token[], matches: readonly NationMatch[], m: NationMatch): boolean {
  const demonym = matches.find((o) => o.end === m.start && o.entry.kind === 'demonym' && o.part === undefined);
  const before = sameBlock(tokens, (demonym?.start ?? m.start) - 1, tokens[m.start]!);
  return !!before && cliticVariants(before.key).some((v) => cityBeforeOman.has(v));
}

function sameBlock(tokens: readonly Token[], i: number, t: Token): Token | undefined {
  const x = tokens[i];
  return x && x.block === t.block ? x : undefined;
}
