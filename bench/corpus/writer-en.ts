/**
 * @module Writes one English article: picks its nations and cast, fills sentence templates, and
 * records every nation and person it actually names (the ground truth travels with the text).
 */
import type { Prng } from './prng.js';
import { NATIONS, NOT_NATIONS, type NationForms } from './data/nations.js';
import { ADJECTIVES, ADVERBS, ATTRIBUTIONS, MONTHS, SHARED_NOUNS, SOURCES, TIME_PHRASES, type SectionLexicon } from './data/vocab.js';
import { PERSONS, TAIL_KINDS, TAIL_WORDS, type Person } from './lexicon.js';
import { presentTense } from './verbs.js';
import { compileAll, capitalise, render, titleCase, FreshPicker, type Compiled } from './template.js';
import * as T from './templates-en.js';

const C = {
  leads: compileAll(T.LEADS),
  body: compileAll(T.BODY),
  quoteFrames: compileAll(T.QUOTE_FRAMES),
  quotes: compileAll(T.QUOTES),
  closers: compileAll(T.CLOSERS),
  titles: compileAll(T.TITLES.map(titleCase)),
  subtitles: compileAll(T.SUBTITLES),
  readMore: compileAll(T.READ_MORE),
  traps: compileAll(T.TRAPS),
};

// Tuned together so articles read like wire copy: ~1 quote in 4 sentences, 2-4 sentences a paragraph.
const QUOTE_SHARE = 0.25;
const TRAP_SHARE = 0.01; // an entity trap (Saudi Aramco, the Jordan River, Michael Jordan, turkey…) in ~1 article in 4
const MIN_SENTENCES_PER_PARAGRAPH = 2;
const MAX_SENTENCES_PER_PARAGRAPH = 4;
const BASKETBALL_PLAYER = 'Michael Jordan';
const FUTURE_PHRASES = ['next week', 'in the coming days', 'later this month', 'before the summer', 'early next year'];

// "a" before a lower-case vowel ("a economic meeting") becomes "an"; capitals ("a US plan") stay.
const A_BEFORE_VOWEL = / a (?=[aeiou])/;
const A_BEFORE_VOWEL_G = / a (?=[aeiou])/g;
// A sentence naming two nations ("{N} and {N}") needs two different ones: the focus grows up to this.
const MAX_FOCUS = 8;
const NATION_CUMULATIVE = cumulative(NATIONS.map((n) => n.weight));
const PERSONS_BY_SECTION = new Map<string, Person[]>();

export interface WrittenArticle {
  title: string;
  subtitle: string;
  paragraphs: string[];
  readMore: string[];
  nations: string[];
  persons: string[];
  focus: NationForms[];
}

export function writeEnglish(rng: Prng, section: SectionLexicon, year: number, targetWords: number): WrittenArticle {
  const w = new EnglishWriter(rng, section, year);
  const title = w.sentence(rng.pick(C.titles), true);
  const subtitle = w.sentence(rng.pick(C.subtitles));
  const paragraphs: string[] = [];
  let words = 0;
  let first = true;
  while (words < targetWords) {
    const count = rng.int(MIN_SENTENCES_PER_PARAGRAPH, MAX_SENTENCES_PER_PARAGRAPH);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      sentences.push(w.sentence(first ? rng.pick(C.leads) : w.nextTemplate()));
      first = false;
    }
    const p = sentences.join(' ');
    words += countWords(p);
    paragraphs.push(p);
  }
  paragraphs.push(w.sentence(rng.pick(C.closers)));
  // "Read more" lines name nations too, but as boilerplate they must stay out of the truth.
  const truth = { nations: [...w.nations].sort(), persons: [...w.persons].sort() };
  const readMore = [0, 1].map(() => w.sentence(rng.pick(C.readMore)).replace(/: ([a-z])/, (_m, c: string) => `: ${c.toUpperCase()}`));
  return { title, subtitle, paragraphs, readMore, ...truth, focus: w.focus };
}

/** Whitespace-separated words: cheap, for length targets (Documents use src/extract's count). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

class EnglishWriter {
  readonly nations = new Set<string>();
  readonly persons = new Set<string>();
  readonly focus: NationForms[];
  private readonly cast: Person[];
  private readonly introduced = new Set<Person>();
  private readonly mentioned = new Set<NationForms>();
  private readonly inSentence = new Set<NationForms>();
  // Body templates not reused within this many sentences (there are ~35).
  private readonly fresh = new FreshPicker(20);
  private titleMode = false;

  constructor(
    private readonly rng: Prng,
    private readonly section: SectionLexicon,
    private readonly year: number,
  ) {
    const k = rng.int(1, 5);
    this.focus = [];
    while (this.focus.length < k) {
      const n = NATIONS[weightedIndex(rng, NATION_CUMULATIVE)]!;
      if (!this.focus.includes(n)) this.focus.push(n);
    }
    const pool = personsFor(section.name);
    this.cast = rng.sample(pool, rng.int(2, 6));
  }

  nextTemplate(): Compiled {
    const r = this.rng.next();
    if (r < TRAP_SHARE) return this.rng.pick(C.traps);
    if (r < QUOTE_SHARE) return this.rng.pick(C.quoteFrames);
    return this.fresh.pick(C.body, this.rng);
  }

  sentence(parts: Compiled, title = false): string {
    this.titleMode = title;
    const s = render(parts, (slot) => this.fill(slot));
    this.titleMode = false;
    this.inSentence.clear();
    // An appositive at the end of a sentence leaves ",." behind: drop the comma.
    const tidy = s.includes(',.') ? s.replace(/,\./g, '.') : s;
    return capitalise(A_BEFORE_VOWEL.test(tidy) ? tidy.replace(A_BEFORE_VOWEL_G, ' an ') : tidy);
  }

  private fill(slot: string): string {
    const r = this.rng;
    switch (slot) {
      case 'P':
        return this.person();
      case 'N':
        return this.nationNoun();
      case 'D':
        return this.nationAdj().demonym;
      case 'PPL':
        return this.nationAdj().people;
      case 'C':
        return r.pick(r.pick(this.focus).cities);
      case 'R':
        return r.pick(NOT_NATIONS.regions);
      case 'O':
        return r.pick(NOT_NATIONS.organisations);
      case 'L':
        return r.pick(NOT_NATIONS.lookalikes);
      case 'LP':
        return r.pick(NOT_NATIONS.places);
      case 'MJ':
        this.persons.add(BASKETBALL_PLAYER);
        return BASKETBALL_PLAYER; // a person, not Jordan
      case 'n':
        return this.word(r.zipf(this.section.nouns));
      case 'n2':
        return this.word(r.zipf(SHARED_NOUNS));
      case 'ns':
        return this.word(r.zipf(this.section.plurals));
      case 'a':
        return this.word(r.zipf(ADJECTIVES));
      case 'v': {
        const v = r.zipf(this.section.verbs);
        return this.titleMode ? titleCase(presentTense(v)) : v;
      }
      case 'adv':
        return r.zipf(ADVERBS);
      case 'TIME':
        return r.zipf(TIME_PHRASES);
      case 'TIME2':
        return r.pick(FUTURE_PHRASES);
      case 'ATTR':
        return r.zipf(ATTRIBUTIONS);
      case 'SRC':
        return r.zipf(SOURCES);
      case 'NUM':
        return String(r.int(2, 48));
      case 'BIG':
        return `$${r.int(1, 99)}${r.chance(0.5) ? '.' + r.int(1, 9) : ''} ${r.chance(0.7) ? 'million' : 'billion'}`;
      case 'PCT':
        return `${r.int(2, 60)} percent`;
      case 'MON':
        return r.pick(MONTHS);
      case 'YR':
        return String(this.year - r.int(1, 9));
      case 'YR2':
        return String(this.year + r.int(2, 10));
      case 'T':
        return TAIL_WORDS[r.zipfIndex(TAIL_WORDS.length)]!;
      case 'TK':
        return `${TAIL_WORDS[r.zipfIndex(TAIL_WORDS.length)]!} ${r.pick(TAIL_KINDS)}`;
      case 'Q':
        return this.sentence(r.pick(C.quotes)).replace(/^[a-z]/, (c) => c.toUpperCase());
      default:
        throw new Error(`unknown template slot {${slot}}`);
    }
  }

  private word(w: string): string {
    return this.titleMode ? titleCase(w) : w;
  }

  /** A focus nation not yet named in this sentence (the focus grows when all are). */
  private pickFocus(): NationForms {
    return pickUnusedNation(this.rng, this.focus, this.inSentence, {
      nations: NATIONS,
      cumulative: NATION_CUMULATIVE,
      maxFocus: MAX_FOCUS,
    });
  }

  private nationNoun(): string {
    const n = this.pickFocus();
    this.nations.add(n.name);
    // The first mention uses the plain name, later ones may use an alias ("the US", "KSA").
    const form = this.mentioned.has(n) && this.rng.chance(0.4) ? this.rng.pick(n.forms) : n.forms[0]!;
    this.mentioned.add(n);
    return form;
  }

  private nationAdj(): NationForms {
    const n = this.pickFocus();
    this.nations.add(n.name);
    this.mentioned.add(n);
    return n;
  }

  private person(): string {
    const p = this.cast[this.rng.zipfIndex(this.cast.length)]!;
    this.persons.add(p.name);
    if (this.titleMode) return p.name;
    if (this.introduced.has(p)) return p.surname;
    this.introduced.add(p);
    return this.introduce(p);
  }

  private introduce(p: Person): string {
    const t = p.role.title;
    if (p.nation) {
      this.nations.add(p.nation.name);
      this.mentioned.add(p.nation);
      if (t === 'Sheikh') return `${p.nation.forms[0]!}'s Sheikh ${p.name}`;
      if (t === 'spokesperson') return `${p.name}, a spokesperson for the ${p.nation.demonym} government,`;
      return `${p.nation.demonym} ${t} ${p.name}`;
    }
    const article = /^[aeiou]/.test(t) ? 'an' : 'a';
    const where = this.rng.chance(0.5)
      ? `the ${TAIL_WORDS[this.rng.zipfIndex(TAIL_WORDS.length)]!} ${this.rng.pick(TAIL_KINDS)}`
      : `a firm based in ${this.rng.pick(this.pickFocus().cities)}`;
    return `${p.name}, ${article} ${t} at ${where},`;
  }
}

function personsFor(section: string): Person[] {
  let list = PERSONS_BY_SECTION.get(section);
  if (!list) {
    list = PERSONS.filter((p) => p.role.sections.includes(section));
    PERSONS_BY_SECTION.set(section, list);
  }
  return list;
}

function cumulative(weights: readonly number[]): number[] {
  let sum = 0;
  return weights.map((w) => (sum += w));
}

function weightedIndex(rng: Prng, cum: readonly number[]): number {
  const x = rng.next() * cum[cum.length - 1]!;
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! > x) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * A nation for a sentence, from the article's focus by a Zipf draw; one already named in this
 * sentence is replaced by an unused focus nation, or by a new one drawn from `pool` (added to the
 * focus while it has fewer than `maxFocus`). Records the pick in `inSentence`.
 */
function pickUnusedNation(
  rng: Prng,
  focus: NationForms[],
  inSentence: Set<NationForms>,
  pool: { nations: readonly NationForms[]; cumulative: readonly number[]; maxFocus: number },
): NationForms {
  let n = focus[rng.zipfIndex(focus.length)]!;
  if (inSentence.has(n)) {
    const unused = focus.filter((f) => !inSentence.has(f));
    if (unused.length > 0) n = rng.pick(unused);
    else {
      do n = pool.nations[weightedIndex(rng, pool.cumulative)]!;
      while (inSentence.has(n));
      if (focus.length < pool.maxFocus) focus.push(n);
    }
  }
  inSentence.add(n);
  return n;
}

export { weightedIndex, cumulative, pickUnusedNation };
