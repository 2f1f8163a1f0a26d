/**
 * @module One search over the embedded index, as a table of contents of its steps.
 */
import { EngineError } from '../../errors.js';
import { FACET_NAMES, type FacetName, type SearchQuery } from '../engine.js';
import { parseQuery, type ParsedQuery } from '../query/index.js';
import type { Bitset } from './bitset.js';
import type { FacetThread } from './facet-thread.js';
import type { PageToShow } from './hits.js';
import { SET_SLOT, type MemoryIndex, type OrderRange } from './memory-index.js';
import { proximity } from './proximity.js';
import { startFacetCounts, type FacetCounts } from './search-facets.js';
import { rankByDate, rankByRelevance } from './ranker.js';
import type { EngineStore } from './store.js';
import type { SynonymTable } from './synonyms.js';
import { phraseSet } from './phrases.js';
import { buildTerms, evaluateTerm, type EvaluatedTerm, type QueryTerm } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Values per facet when the query does not say (SearchQuery.facetLimit's documented default). */
export const DEFAULT_FACET_LIMIT = 100;

export interface SearchContext {
  store: EngineStore;
  index: MemoryIndex;
  vocab: Vocabulary;
  synonyms: SynonymTable;
  /** counts the large facet jobs while the search goes on (none: all on the calling thread) */
  facetThread?: FacetThread;
  /** other searches are under way: the facets may be counted on the thread while the caller serves them (FacetCounts.later) */
  facetsLater?: boolean;
}

/** The documents a query matches (a scratch set: valid until the next search), with its parsed text. */
export interface Matches {
  universe: Bitset;
  /** the query's words as terms (see terms.ts) */
  terms: QueryTerm[];
  /** the first term evaluated: it decides the matches (the others only rank them) */
  first: EvaluatedTerm | undefined;
  parsed: ParsedQuery;
  /** where the matches lie in the date order (all of it without a date filter) */
  dates: OrderRange;
}

export function matchSet(ctx: SearchContext, query: SearchQuery): Matches {
  const parsed = parseQuery(query.q);
  const { set: universe, dates } = filterSet(ctx.index, query); //      1. filters on the live set
  const terms = buildTerms(parsed.words, ctx.vocab, ctx.synonyms, ctx.index);
  const first = terms.length > 0 ? evaluateTerm(terms[0]!, 0, ctx, universe) : undefined;
  restrictByText(ctx, universe, first, parsed); //                      2. first word, phrases, -words
  return { universe, terms, first, parsed, dates };
}

/** A search ranked: its hits are yet to be read from the index file (hits.ts), its facets collected. */
export interface RankedSearch {
  total: number;
  page: PageToShow;
  /**
   * Collect them once: the facet thread may be counting a large result's meanwhile (hand the
   * page to the hit thread first, and both work at once).
   */
  facets: FacetCounts;
}

export function rankSearch(ctx: SearchContext, query: SearchQuery): RankedSearch {
  const matches = matchSet(ctx, query);
  const { universe, parsed, dates } = matches;
  const total = universe.count();
  // 3. facets: a large result's shared with the facet thread, which counts while this one ranks
  const facets = startFacetCounts(
    ctx.index,
    ctx.facetThread,
    universe,
    total,
    query.facetLimit ?? DEFAULT_FACET_LIMIT,
    query.facets ?? FACET_NAMES,
    ctx.facetsLater,
  );
  const offset = (query.page - 1) * query.perPage; //                   4. the page, ranked
  let page: number[];
  if (query.sort === 'relevance' && matches.terms.length > 0) {
    const terms = rankingTerms(ctx, matches);
    page = rankByRelevance({ index: ctx.index, terms, proximity: proximityOf(ctx, terms) }, universe, offset, query.perPage);
  } else page = rankByDate(ctx.index, universe, total, dates, query.sort !== 'oldest', offset, query.perPage);
  const marked = matchedWords(ctx.vocab, matches.terms, parsed); //    5. what the hits show (hits.ts)
  const shown = { seqs: page.map((doc) => ctx.index.seqs[doc]!), ids: page.map((doc) => ctx.index.ids[doc]!), marked };
  return { total, facets, page: shown };
}

/**
 * Every term evaluated, the first as matchSet left it. The others only rank, so they are
 * evaluated after the matches are known (their phrases looked for in the matches alone), and
 * not at all for a page by date.
 */
function rankingTerms(ctx: SearchContext, { terms, first, universe }: Matches): EvaluatedTerm[] {
  return terms.map((t, slot) => (slot === 0 ? first! : evaluateTerm(t, slot, ctx, universe)));
}

function filterSet(index: MemoryIndex, q: SearchQuery): { set: Bitset; dates: OrderRange } {
  const set = index.liveSet(SET_SLOT.universe);
  const combine = (facet: FacetName, values: readonly string[], all: boolean) => {
    if (values.length === 0) return;
    const one = index.scratchSet(SET_SLOT.facetValue);
    if (all || values.length === 1) {
      for (const v of values) set.and(index.facets[facet].bitset(v, index.n, one));
      return;
    }
    const any = index.scratchSet(SET_SLOT.facetAny);
    any.words.fill(0);
    for (const v of values) any.or(index.facets[facet].bitset(v, index.n, one));
    set.and(any);
  };
  combine('nations', q.nations, q.match === 'all');
  combine('persons', q.persons, q.match === 'all');
  combine('sections', q.sections, false);
  combine('languages', q.languages ?? [], false);
  combine('sources', q.sources ?? [], false);
  combine('authors', q.authors ?? [], false);
  if (q.from === undefined && q.to === undefined) return { set, dates: { lo: 0, hi: index.n } };
  const from = q.from === undefined ? -Infinity : seconds(q.from, 'from');
  const to = q.to === undefined ? Infinity : seconds(q.to, 'to');
  return { set, dates: index.restrictToDates(set, from, to, SET_SLOT.dates) };
}

function restrictByText(ctx: SearchContext, universe: Bitset, first: EvaluatedTerm | undefined, parsed: ParsedQuery): void {
  // Words are dropped from the end when documents lack them ("more matched words first"),
  // never the first one: a document must match it.
  if (first) universe.and(first.bits);
  // a phrase is checked only in the documents still in the result: each candidate costs a row read
  for (const phrase of parsed.phrases) universe.and(phraseSet(phrase, ctx, universe));
  for (const negation of parsed.negations) universe.andNot(phraseSet(negation, ctx, universe));
}

function proximityOf(ctx: SearchContext, terms: readonly EvaluatedTerm[]): (doc: number, upTo: number) => number {
  const termMask = new Map<number, number>();
  terms.forEach((t, i) => {
    for (const alt of t.alternatives) termMask.set(alt.termId, (termMask.get(alt.termId) ?? 0) | (1 << i));
  });
  return (doc, upTo) => proximity(ctx.store.tokens(ctx.index.seqs[doc]!), termMask, upTo);
}

/**
 * Normalised words to mark in snippets, each with the query word it stands for: a word's typo
 * and prefix variants and one-word synonyms share their term's; each word of a phrase (quoted,
 * or a multi-word synonym) counts on its own, so the window showing the whole phrase wins over
 * one showing a word of it.
 */
function matchedWords(vocab: Vocabulary, terms: readonly QueryTerm[], parsed: ParsedQuery): Map<string, number> {
  const words = new Map<string, number>();
  let group = terms.length;
  const mark = (word: string, as: number) => {
    if (!words.has(word)) words.set(word, as);
  };
  terms.forEach((t, term) => {
    for (const alt of t.alternatives) mark(vocab.terms[alt.termId]!, term);
  });
  for (const phrase of [...terms.flatMap((t) => t.phrases), ...parsed.phrases]) for (const w of phrase) mark(w, group++);
  return words;
}

function seconds(iso: string, parameter: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new EngineError('invalid_query', `${parameter}: not a date: ${iso}`, { parameter });
  return ms / 1000;
}
