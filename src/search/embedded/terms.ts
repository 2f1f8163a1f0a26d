/**
 * @module Query terms: each query word (or synonym run) becomes the set of indexed terms it may
 * match, each with its typo count and whether it is the word itself, then is evaluated against
 * the postings into a per-document "best match" code used by the ranking rules.
 */
import { allowedTypos, ARABIC_ARTICLE, withoutArabicArticle } from '../query/index.js';
import type { Bitset } from './bitset.js';
import { SET_SLOT, type MemoryIndex } from './memory-index.js';
import { forEachPhrase, type PhraseContext } from './phrases.js';
import { FIELD_SUBTITLE, FIELD_TITLE } from './postings.js';
import type { SynonymTable } from './synonyms.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * At most this many derived terms per query word (the most frequent are kept): a one-letter
 * prefix would otherwise pull in thousands of terms for little gain in recall.
 */
export const MAX_DERIVATIONS = 500;

/** A match code packs, per document and term: typos * 6 + field * 2 + (inexact ? 1 : 0). */
export const CODE_TYPO = 6;
export const CODE_FIELD = 2;
export const NO_MATCH = 255;

export interface Alternative {
  termId: number;
  typos: number;
  /** the query word itself (not a prefix extension, typo or synonym) */
  exact: boolean;
}

export interface QueryTerm {
  alternatives: Alternative[];
  /** multi-word synonyms, matched as phrases */
  phrases: string[][];
}

export interface EvaluatedTerm extends QueryTerm {
  /** documents matching the term */
  bits: Bitset;
  /** per docIdx: best match code, NO_MATCH when absent */
  code: Uint8Array;
}

export function buildTerms(words: readonly string[], vocab: Vocabulary, synonyms: SynonymTable, index: MemoryIndex): QueryTerm[] {
  const terms: QueryTerm[] = [];
  for (let i = 0; i < words.length;) {
    const syn = synonyms.match(words, i);
    if (syn) {
      const own = words.slice(i, i + syn.length).join(' ');
      const term: QueryTerm = { alternatives: [], phrases: [] };
      for (const member of syn.members) {
        if (member.length > 1) term.phrases.push(member);
        else {
          const id = vocab.id(member[0]!);
          if (id !== undefined) term.alternatives.push({ termId: id, typos: 0, exact: member.join(' ') === own });
        }
      }
      terms.push(term);
      i += syn.length;
      continue;
    }
    terms.push({ alternatives: derive(words[i]!, i === words.length - 1, vocab, index), phrases: [] });
    i++;
  }
  return terms;
}

/**
 * Indexed terms for one query word: itself, typo neighbours, and extensions when it is the last.
 * An Arabic word is read with and without its article: كهرباء finds الكهرباء and the other way
 * round, as on Meilisearch, which splits ال off every Arabic word it indexes or is asked for
 * (docs/interfaces.md, "Matching"). Typos are allowed by the length of the word without it.
 */
function derive(word: string, isLast: boolean, vocab: Vocabulary, index: MemoryIndex): Alternative[] {
  const stem = withoutArabicArticle(word);
  const forms = stem === undefined ? (isArabicWord(word) ? [word, ARABIC_ARTICLE + word] : [word]) : [stem, word];
  const maxTypos = allowedTypos(forms[0]!);
  const own = new Set(forms.map((f) => vocab.id(f)));
  let found = forms.length === 1 ? termsFor(word, maxTypos, isLast, vocab) : mergeForms(forms, maxTypos, isLast, vocab);
  if (found.length > MAX_DERIVATIONS) {
    const df = (id: number) => index.postings.count(id);
    found = found.sort((a, b) => a.typos - b.typos || df(b.termId) - df(a.termId)).slice(0, MAX_DERIVATIONS);
  }
  return found.map((f) => ({ termId: f.termId, typos: f.typos, exact: own.has(f.termId) }));
}

function termsFor(word: string, maxTypos: number, isLast: boolean, vocab: Vocabulary): { termId: number; typos: number }[] {
  if (maxTypos > 0) return vocab.fuzzy(word, maxTypos, isLast);
  if (isLast) return vocab.withPrefix(word).map((termId) => ({ termId, typos: 0 }));
  const own = vocab.id(word);
  return own === undefined ? [] : [{ termId: own, typos: 0 }];
}

/** The terms of each form, each term once, at its fewest typos. */
function mergeForms(forms: readonly string[], maxTypos: number, isLast: boolean, vocab: Vocabulary) {
  const best = new Map<number, number>();
  for (const form of forms)
    for (const f of termsFor(form, maxTypos, isLast, vocab)) if ((best.get(f.termId) ?? Infinity) > f.typos) best.set(f.termId, f.typos);
  return [...best].map(([termId, typos]) => ({ termId, typos }));
}

/** An Arabic word (its first letter in the Arabic block). */
function isArabicWord(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 0x0600 && c <= 0x06ff;
}

/**
 * Evaluate the `slot`-th query term over the postings (and the rows, for multi-word synonyms:
 * phrases.ts, only in `within`, the documents the filters leave: elsewhere the term cannot
 * count). Its code array is the index's scratch for that slot: valid until the next search.
 */
export function evaluateTerm(term: QueryTerm, slot: number, ctx: PhraseContext, within: Bitset): EvaluatedTerm {
  const { index } = ctx;
  const bits = index.scratchSet(SET_SLOT.terms + slot);
  bits.words.fill(0);
  const code = index.scratch(slot, NO_MATCH);
  for (const alt of term.alternatives) {
    index.postings.markBest(alt.termId, bits.words, code, alt.typos * CODE_TYPO + (alt.exact ? 0 : 1), CODE_FIELD);
  }
  for (const phrase of term.phrases) {
    forEachPhrase(phrase, ctx, within, (doc, fields) => {
      // like a synonym word: inexact, in the best field holding the phrase
      const c = bestField(fields) * CODE_FIELD + 1;
      bits.add(doc);
      if (c < code[doc]!) code[doc] = c;
    });
  }
  return { alternatives: term.alternatives, phrases: term.phrases, bits, code }; // not spread: see toHit in searcher.ts
}

/** 0 title, 1 subtitle, 2 body: the most important of the field bits (postings.ts) set. */
function bestField(fields: number): number {
  return fields & FIELD_TITLE ? 0 : fields & FIELD_SUBTITLE ? 1 : 2;
}
