/**
 * @module POST /indexes/:uid/search on the fake server: the documents matched, filtered,
 * counted, ranked, paged and highlighted as Meilisearch does it in what the adapter relies on.
 * Modelled: the query as milli reads it (query.ts), matchingStrategy "last" (milli
 * src/search/new/query_graph.rs, removal_order_for_terms_matching_strategy_last: words are
 * dropped from the end, never a phrase, and the first word is kept only when the query has no
 * phrase), negations, stop words, filters and facets on normalised values (filter.ts,
 * facets.ts), the settings checks that fail a search on an index without its settings, and the
 * highlight length of prefix and typo matches (highlight.ts).
 * Not modelled: the proximity, attribute and exactness ranking rules (the fake ranks by sort,
 * words, typo, then the custom `field:asc|desc` rules), multi-word synonyms, cropping around the
 * best window (a body longer than cropLength is cut after its first match).
 */
import { filterFields, matchesFilter, parseFilter } from './filter.js';
import { facetDistribution } from './facets.js';
import { highlightText } from './highlight.js';
import { SearchRefused } from './search-refused.js';
import { parseQuery, wordCost, type ParsedQuery, type QueryTerm } from './query.js';
import { words, type Token } from './tokenizer.js';

export type Doc = Record<string, unknown>;
export type Settings = Record<string, unknown>;

export { SearchRefused };

interface IndexedField {
  text: string;
  tokens: Token[];
}

export function search(docs: readonly Doc[], settings: Settings, body: Record<string, unknown>) {
  const filterable = new Set(settings.filterableAttributes as string[]);
  const stopWords = new Set(settings.stopWords as string[]);
  const typo = settings.typoTolerance as { enabled: boolean; minWordSizeForTypos: { oneTypo: number; twoTypos: number } };
  const synonyms = (settings.synonyms ?? {}) as Record<string, string[]>;
  const query = parseQuery(typeof body.q === 'string' ? body.q : '', stopWords, { enabled: typo.enabled, ...typo.minWordSizeForTypos });
  const filter = checkedFilter(body.filter, filterable);
  const sort = checkedSort(body.sort, new Set(settings.sortableAttributes as string[]));
  const facets = (body.facets ?? []) as string[];
  for (const f of facets) if (!filterable.has(f)) throw new SearchRefused('invalid_search_facets', `Attribute \`${f}\` is not filterable.`);

  const fields = searchableFields(docs, settings);
  const ranked: { doc: Doc; index: number; bucket: number; typos: number }[] = [];
  docs.forEach((doc, index) => {
    if (filter !== undefined && !matchesFilter(filter, doc)) return;
    const indexed = fields(doc).map((f) => f.tokens);
    const score = matchQuery(query, indexed, synonyms);
    if (score !== undefined) ranked.push({ doc, index, ...score });
  });
  const rules = customRules(settings.rankingRules as string[]);
  ranked.sort(
    (a, b) =>
      compareBy(sort, a.doc, b.doc) || a.bucket - b.bucket || a.typos - b.typos || compareBy(rules, a.doc, b.doc) || a.index - b.index,
  );

  const page = Number(body.page ?? 1);
  const perPage = Number(body.hitsPerPage ?? 20);
  const pageDocs = ranked.slice((page - 1) * perPage, page * perPage);
  const maxValues = (settings.faceting as { maxValuesPerFacet: number }).maxValuesPerFacet;
  const vocabulary = new Set(docs.flatMap((d) => fields(d).flatMap((f) => f.tokens.filter((t) => t.kind === 'word').map((t) => t.lemma))));
  const context = { body, query, vocabulary, synonyms, stopWords };
  return {
    hits: pageDocs.map(({ doc }) => formatHit(doc, context)),
    query: body.q ?? '',
    processingTimeMs: 0,
    hitsPerPage: perPage,
    page,
    totalPages: perPage === 0 ? 0 : Math.ceil(ranked.length / perPage),
    totalHits: ranked.length,
    // in indexing order: a value is shown as the first document that carries it spells it
    facetDistribution: facetDistribution(inIndexOrder(ranked), facets, maxValues),
  };
}

function inIndexOrder(ranked: { doc: Doc; index: number }[]): Doc[] {
  return [...ranked].sort((a, b) => a.index - b.index).map((r) => r.doc);
}

/** The searchable attributes' text of a document, tokenised (searchableAttributes, '*' = all). */
function searchableFields(docs: readonly Doc[], settings: Settings): (doc: Doc) => IndexedField[] {
  const attributes = settings.searchableAttributes as string[];
  const stopWords = new Set(settings.stopWords as string[]);
  const cache = new Map<Doc, IndexedField[]>();
  return (doc) => {
    let out = cache.get(doc);
    if (out === undefined) {
      const names = attributes.includes('*') ? Object.keys(doc) : attributes;
      out = names.map((name) => {
        const text = typeof doc[name] === 'string' ? doc[name] : '';
        return { text, tokens: words(text, stopWords) };
      });
      cache.set(doc, out);
    }
    return out;
  };
}

/**
 * Whether a document matches, and its words bucket (how many words had to be dropped from the
 * end) and typo count; undefined when it does not match even with every droppable word dropped.
 */
function matchQuery(query: ParsedQuery, fields: Token[][], synonyms: Record<string, string[]>) {
  const all = fields.flat();
  if (query.negativeWords.some((w) => all.some((t) => t.kind === 'word' && t.lemma === w))) return undefined;
  if (query.negativePhrases.some((p) => hasPhrase(fields, p))) return undefined;
  const costs = query.terms.map((term) => termCost(term, fields, synonyms));
  const hasPhraseTerm = query.terms.some((t) => t.kind === 'phrase');
  // droppable: every word when the query has a phrase, else every word but the first; none in a one-term query
  const droppable =
    query.terms.length <= 1 ? [] : [...query.terms.keys()].filter((i) => query.terms[i]!.kind === 'word' && (hasPhraseTerm || i > 0));
  for (let dropped = 0; dropped <= droppable.length; dropped++) {
    const removed = new Set(droppable.slice(droppable.length - dropped));
    const required = costs.filter((_, i) => !removed.has(i));
    if (required.every((c) => c !== undefined)) return { bucket: dropped, typos: required.reduce((sum: number, c) => sum + c, 0) };
  }
  return undefined;
}

/** The fewest typos with which a term matches the document, or undefined. */
export function termCost(term: QueryTerm, fields: Token[][], synonyms: Record<string, string[]>): number | undefined {
  if (term.kind === 'phrase') return hasPhrase(fields, term.words) ? 0 : undefined;
  let best: number | undefined;
  for (const t of fields.flat()) {
    if (t.kind !== 'word') continue;
    const cost = wordCost(term, t.lemma, synonyms[term.word]);
    if (cost !== undefined && (best === undefined || cost < best)) best = cost;
  }
  return best;
}

/** The phrase's words at consecutive positions of one field; a stop-word hole takes any word. */
function hasPhrase(fields: Token[][], phrase: (string | null)[]): boolean {
  return fields.some((tokens) =>
    tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] !== undefined && (w === null || tokens[i + k]!.lemma === w))),
  );
}

function checkedFilter(filter: unknown, filterable: Set<string>) {
  if (typeof filter !== 'string' || filter === '') return undefined;
  const node = parseFilter(filter);
  for (const field of filterFields(node)) {
    if (!filterable.has(field)) throw new SearchRefused('invalid_search_filter', `Attribute \`${field}\` is not filterable.`);
  }
  return node;
}

function checkedSort(sort: unknown, sortable: Set<string>): string[] {
  const rules = (sort ?? []) as string[];
  for (const rule of rules) {
    const field = rule.split(':')[0]!;
    if (!sortable.has(field)) throw new SearchRefused('invalid_search_sort', `Attribute \`${field}\` is not sortable.`);
  }
  return rules;
}

/** The `field:asc|desc` rules among the ranking rules. */
function customRules(rankingRules: string[]): string[] {
  return rankingRules.filter((r) => r.includes(':'));
}

function compareBy(rules: string[], a: Doc, b: Doc): number {
  for (const rule of rules) {
    const [field, dir] = rule.split(':') as [string, string];
    const x = a[field] as number | string;
    const y = b[field] as number | string;
    if (x !== y) return (x < y ? -1 : 1) * (dir === 'desc' ? -1 : 1);
  }
  return 0;
}

interface FormatContext {
  body: Record<string, unknown>;
  query: ParsedQuery;
  vocabulary: ReadonlySet<string>;
  synonyms: Record<string, string[]>;
  stopWords: ReadonlySet<string>;
}

function formatHit(doc: Doc, { body, query, vocabulary, synonyms, stopWords }: FormatContext) {
  const retrieve = (body.attributesToRetrieve as string[] | undefined) ?? Object.keys(doc);
  const hit: Doc = Object.fromEntries(retrieve.filter((k) => k in doc).map((k) => [k, doc[k]]));
  const formatted: Doc = { ...hit };
  const tags = {
    pre: typeof body.highlightPreTag === 'string' ? body.highlightPreTag : '<em>',
    post: typeof body.highlightPostTag === 'string' ? body.highlightPostTag : '</em>',
  };
  const crop = new Set((body.attributesToCrop as string[] | undefined) ?? []);
  for (const name of new Set([...((body.attributesToHighlight as string[] | undefined) ?? []), ...crop])) {
    if (typeof doc[name] !== 'string') continue;
    const cropLength = crop.has(name) ? Number(body.cropLength ?? 10) : undefined;
    formatted[name] = highlightText(doc[name], query, vocabulary, synonyms, tags, cropLength, stopWords);
  }
  return { ...hit, _formatted: formatted };
}
