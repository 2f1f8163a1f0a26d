/**
 * @module Synthetic Al Bawaba-like articles with their ground truth, for benchmarks.
 * Article i depends only on (seed, i): a corpus of 1,000 is the first 1,000 of a corpus of 100,000.
 */
import { Prng, hash32 } from './prng.js';
import { SECTIONS, type SectionLexicon } from './data/vocab.js';
import { AUTHORS_AR, AUTHORS_EN } from './data/people.js';
import { cumulative, weightedIndex, writeEnglish, type WrittenArticle } from './writer-en.js';
import { writeArabic } from './writer-ar.js';
import { AR_SECTIONS, AR_TAGS } from './templates-ar.js';

export type Lang = 'en' | 'ar';
export type LangChoice = Lang | 'mixed';

export interface ArticleSpec {
  url: string;
  lang: Lang;
  title: string;
  subtitle: string | null;
  authors: string[];
  /** ISO 8601 UTC with seconds */
  publishedAt: string;
  updatedAt: string | null;
  section: string;
  tags: string[];
  paragraphs: string[];
  /** site boilerplate lines that sit inside the body ("Read more: …"); never part of the truth */
  readMore: string[];
  /** ground truth, canonical and sorted */
  nations: string[];
  persons: string[];
}

export interface GenerateOptions {
  seed: number;
  /** default 'en'; 'mixed' makes about one article in five Arabic, like the site's traffic */
  lang?: LangChoice;
}

// The brief: 15 years of dates, 2011-2025 inclusive.
const FIRST_DAY = Date.UTC(2011, 0, 1);
const LAST_DAY = Date.UTC(2025, 11, 31);
const MINUTES_SPAN = (LAST_DAY - FIRST_DAY) / 60_000;
// ~300-700 words per article: a uniform target in [300, 600], then the paragraph that crosses it.
const MIN_WORDS = 300;
const MAX_WORDS = 600; // the last paragraph and the closer add up to ~100 words
const MIXED_ARABIC_SHARE = 0.2;
const SECTION_CUMULATIVE = cumulative(SECTIONS.map((s) => s.weight));
// Node ids: unique per index within a corpus, in the range the site's URLs show.
const NODE_BASE = 1_000_000;

export function generateArticles(n: number, opts: GenerateOptions): ArticleSpec[] {
  const out = new Array<ArticleSpec>(n);
  for (let i = 0; i < n; i++) out[i] = generateArticle(i, opts);
  return out;
}

/** The same articles one at a time, for corpora too large to hold in memory at once. */
export function* iterateArticles(n: number, opts: GenerateOptions): Generator<ArticleSpec> {
  for (let i = 0; i < n; i++) yield generateArticle(i, opts);
}

export function generateArticle(index: number, opts: GenerateOptions): ArticleSpec {
  const rng = new Prng(hash32(`${opts.seed}:${index}`), index);
  const lang = pickLang(rng, opts.lang ?? 'en');
  const section = SECTIONS[weightedIndex(rng, SECTION_CUMULATIVE)]!;
  const published = FIRST_DAY + Math.floor(rng.next() * MINUTES_SPAN) * 60_000;
  const year = new Date(published).getUTCFullYear();
  const target = rng.int(MIN_WORDS, MAX_WORDS);
  const w = lang === 'ar' ? writeArabic(rng, year, target) : writeEnglish(rng, section, year, target);
  const node = NODE_BASE + index;
  const updated = rng.chance(0.15) ? published + rng.int(20, 600) * 60_000 : null;
  return {
    url: articleUrl(lang, section, w.title, node),
    lang,
    title: w.title,
    subtitle: rng.chance(0.85) ? w.subtitle : null,
    authors: pickAuthors(rng, lang),
    publishedAt: isoSeconds(published),
    updatedAt: updated === null ? null : isoSeconds(updated),
    section: lang === 'ar' ? AR_SECTIONS[section.name]! : section.name,
    tags: pickTags(rng, lang, section, w),
    paragraphs: w.paragraphs,
    readMore: w.readMore,
    nations: w.nations,
    persons: w.persons,
  };
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}

/** `https://www.albawaba.com/<section-slug>/<slug>-<node>`; the Arabic edition lives under /ar/. */
export function articleUrl(lang: Lang, section: SectionLexicon, title: string, node: number): string {
  const slug = slugify(title);
  const path = `${section.slug}/${slug}-${node}`;
  return `https://www.albawaba.com/${lang === 'ar' ? `ar/${encodeURI(path)}` : path}`;
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // Latin accents off ("Hervé" -> "herve")
    .normalize('NFC') // and Arabic letters recomposed (the hamza of "أ" was split off by NFKD)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function pickLang(rng: Prng, choice: LangChoice): Lang {
  const r = rng.next(); // drawn in every mode so 'en' and 'mixed' corpora stay aligned
  if (choice === 'mixed') return r < MIXED_ARABIC_SHARE ? 'ar' : 'en';
  return choice;
}

function pickAuthors(rng: Prng, lang: Lang): string[] {
  const pool = lang === 'ar' ? AUTHORS_AR : AUTHORS_EN;
  const first = rng.pick(pool);
  if (rng.chance(0.1)) {
    const second = rng.pick(pool);
    if (
      second !== first &&
      !second.startsWith('Al Bawaba') &&
      !first.startsWith('Al Bawaba') &&
      second !== 'البوابة' &&
      first !== 'البوابة'
    )
      return [first, second];
  }
  return [first];
}

function pickTags(rng: Prng, lang: Lang, section: SectionLexicon, w: WrittenArticle): string[] {
  const tags = new Set<string>();
  const topical = rng.int(1, 3);
  for (let i = 0; i < topical; i++) tags.add(lang === 'ar' ? rng.pick(AR_TAGS) : rng.zipf(section.tags));
  for (const n of w.focus.slice(0, rng.int(0, 2))) {
    if (w.nations.includes(n.name)) tags.add(lang === 'ar' ? n.ar : n.name === 'United Arab Emirates' ? 'UAE' : n.name);
  }
  return [...tags];
}
