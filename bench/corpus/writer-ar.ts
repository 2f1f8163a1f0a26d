/**
 * @module Writes one Arabic article (the Arabic edition): same approach as writer-en.ts,
 * persons written in Arabic, numbers sometimes in Arabic-Indic digits as on the site.
 */
import type { Prng } from './prng.js';
import { NATIONS, type NationForms } from './data/nations.js';
import { AR_PERSONS, type ArPerson } from './lexicon.js';
import { compileAll, render, FreshPicker, type Compiled } from './template.js';
import { countWords, cumulative, pickUnusedNation, weightedIndex, type WrittenArticle } from './writer-en.js';
import * as T from './templates-ar.js';

const C = {
  leads: compileAll(T.AR_LEADS),
  body: compileAll(T.AR_BODY),
  quotes: compileAll(T.AR_QUOTES),
  titles: compileAll(T.AR_TITLES),
  subtitles: compileAll(T.AR_SUBTITLES),
  readMore: compileAll(T.AR_READ_MORE),
};
// Adjective slots need a nation that has a simple Arabic adjective.
const AR_NATIONS = NATIONS.filter((n) => n.arAdj !== null);
const AR_CUMULATIVE = cumulative(AR_NATIONS.map((n) => n.weight));
const AR_CITIES: Readonly<Record<string, readonly string[]>> = {
  Egypt: ['القاهرة', 'الإسكندرية'],
  'Saudi Arabia': ['الرياض', 'جدة'],
  Jordan: ['عمّان', 'العقبة', 'إربد'],
  'United Arab Emirates': ['أبوظبي', 'دبي'],
  Iraq: ['بغداد', 'الموصل', 'البصرة'],
  Syria: ['دمشق', 'حلب'],
  Lebanon: ['بيروت', 'صيدا'],
  Qatar: ['الدوحة'],
  Kuwait: ['الجهراء'],
  Turkey: ['أنقرة', 'إسطنبول'],
  France: ['باريس'],
  'United Kingdom': ['لندن'],
  'United States': ['واشنطن', 'نيويورك'],
  Russia: ['موسكو'],
};
const DEFAULT_CITIES = ['جنيف', 'بروكسل', 'فيينا'];
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
// Body templates not reused within this many sentences (there are ~26).
const AR_TEMPLATE_MEMORY = 14;

export function writeArabic(rng: Prng, year: number, targetWords: number): WrittenArticle {
  const w = new ArabicWriter(rng, year);
  const title = w.sentence(rng.pick(C.titles), true);
  const subtitle = w.sentence(rng.pick(C.subtitles));
  const paragraphs: string[] = [];
  let words = 0;
  let first = true;
  const fresh = new FreshPicker(AR_TEMPLATE_MEMORY);
  while (words < targetWords) {
    const count = rng.int(2, 3);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) {
      sentences.push(w.sentence(first ? rng.pick(C.leads) : fresh.pick(C.body, rng)));
      first = false;
    }
    const p = sentences.join(' ');
    words += countWords(p);
    paragraphs.push(p);
  }
  const truth = { nations: [...w.nations].sort(), persons: [...w.persons].sort() };
  const readMore = [0, 1].map(() => w.sentence(rng.pick(C.readMore)));
  return { title, subtitle, paragraphs, readMore, ...truth, focus: w.focus };
}

/** Digits as the Arabic edition prints them: Arabic-Indic about half the time. */
export function arabicDigits(n: number | string): string {
  return String(n).replace(/[0-9]/g, (d) => ARABIC_INDIC[Number(d)]!);
}

class ArabicWriter {
  readonly nations = new Set<string>();
  readonly persons = new Set<string>();
  readonly focus: NationForms[] = [];
  private readonly cast: ArPerson[];
  private readonly introduced = new Set<ArPerson>();
  private readonly inSentence = new Set<NationForms>();
  private titleMode = false;

  constructor(
    private readonly rng: Prng,
    private readonly year: number,
  ) {
    const k = rng.int(1, 4);
    while (this.focus.length < k) {
      const n = AR_NATIONS[weightedIndex(rng, AR_CUMULATIVE)]!;
      if (!this.focus.includes(n)) this.focus.push(n);
    }
    this.cast = rng.sample(AR_PERSONS, rng.int(2, 4));
  }

  sentence(parts: Compiled, title = false): string {
    this.titleMode = title;
    const s = render(parts, (slot) => this.fill(slot));
    this.titleMode = false;
    this.inSentence.clear();
    return s;
  }

  private fill(slot: string): string {
    const r = this.rng;
    switch (slot) {
      case 'P':
        return this.person();
      case 'N':
        return this.nation().ar;
      case 'AM':
        return this.nation().arAdj!;
      case 'AF':
        return `${this.nation().arAdj!}ة`;
      case 'C':
        return r.pick(AR_CITIES[r.pick(this.focus).name] ?? DEFAULT_CITIES);
      case 'NUM': {
        const n = r.int(2, 95);
        return r.chance(0.5) ? arabicDigits(n) : String(n);
      }
      case 'YR':
        return String(this.year - r.int(1, 8));
      case 'QA':
        return this.sentence(r.pick(C.quotes));
      case 'n':
      case 'goal':
      case 'field':
      case 'econ':
      case 'SRC':
      case 'DAY':
      case 'O':
        return r.zipf(T.AR_WORDS[slot]);
      default:
        throw new Error(`unknown Arabic template slot {${slot}}`);
    }
  }

  private nation(): NationForms {
    // Two nations in one sentence must differ; the Arabic focus grows without a cap.
    const n = pickUnusedNation(this.rng, this.focus, this.inSentence, {
      nations: AR_NATIONS,
      cumulative: AR_CUMULATIVE,
      maxFocus: Infinity,
    });
    this.nations.add(n.name);
    return n;
  }

  private person(): string {
    const p = this.cast[this.rng.zipfIndex(this.cast.length)]!;
    this.persons.add(p.name);
    if (this.titleMode) return p.name;
    if (this.introduced.has(p)) return p.surname;
    this.introduced.add(p);
    if (p.nation) {
      this.nations.add(p.nation.name);
      return `${p.title} ${p.nation.arAdj!} ${p.name}`;
    }
    return `${p.title} ${p.name}`;
  }
}
