/**
 * @module Search URLs: the page's state as query parameters (shareable, works without JS), and
 * the links that add or remove one filter, change the sort or the page.
 */
import type { SearchQuery } from '../../search/engine.js';
import { toIsoBound } from '../params.js';

/** A search as it appears in the URL; defaults omitted. */
export interface PageState {
  q: string;
  nation: string[];
  person: string[];
  section: string[];
  language: string[];
  source: string[];
  author: string[];
  match: 'all' | 'any';
  from: string;
  to: string;
  /** '' = the default for the query (relevance with text, newest without) */
  sort: string;
  page: number;
  perPage: number;
}

/** The repeatable filters of a search, in the order the pages show them. */
export const FILTER_KEYS = ['nation', 'person', 'section', 'language', 'source', 'author'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Filters in force: every filter value, and the date range as one. */
export function activeFilterCount(state: PageState): number {
  return FILTER_KEYS.reduce((n, key) => n + state[key].length, 0) + (state.from || state.to ? 1 : 0);
}

const DEFAULT_PER_PAGE = 20;

/** The URL state of a validated query (dates shown as the days the user picked). */
export function stateFromQuery(query: SearchQuery): PageState {
  const defaultSort = query.q === '' ? 'newest' : 'relevance';
  return {
    q: query.q,
    nation: query.nations,
    person: query.persons,
    section: query.sections,
    language: query.languages ?? [],
    source: query.sources ?? [],
    author: query.authors ?? [],
    match: query.match,
    from: shortDate(query.from, 'T00:00:00Z'),
    to: shortDate(query.to, 'T23:59:59Z'),
    sort: query.sort === defaultSort ? '' : query.sort,
    page: query.page,
    perPage: query.perPage,
  };
}

export function emptyState(): PageState {
  return {
    q: '',
    nation: [],
    person: [],
    section: [],
    language: [],
    source: [],
    author: [],
    match: 'all',
    from: '',
    to: '',
    sort: '',
    page: 1,
    perPage: DEFAULT_PER_PAGE,
  };
}

/** "/?q=…&nation=…" in a fixed parameter order. */
export function searchHref(state: PageState): string {
  const qs = searchParams(state).toString();
  return qs ? `/?${qs}` : '/';
}

/** The search's query string parameters (defaults omitted), for the page and every endpoint that takes a search. */
export function searchParams(state: PageState): URLSearchParams {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const v of state.nation) p.append('nation', v);
  for (const v of state.person) p.append('person', v);
  if (state.match !== 'all' && state.nation.length + state.person.length > 1) p.set('match', state.match);
  for (const v of state.section) p.append('section', v);
  for (const v of state.language) p.append('language', v);
  for (const v of state.source) p.append('source', v);
  for (const v of state.author) p.append('author', v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort) p.set('sort', state.sort);
  if (state.perPage !== DEFAULT_PER_PAGE) p.set('perPage', String(state.perPage));
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

/** The same search plus a filter value (back to page 1). */
export function withFilter(state: PageState, key: FilterKey, value: string): string {
  if (state[key].includes(value)) return searchHref({ ...state, page: 1 });
  return searchHref({ ...state, [key]: [...state[key], value], page: 1 });
}

/** The same search without one filter value. */
export function withoutFilter(state: PageState, key: FilterKey, value: string): string {
  return searchHref({ ...state, [key]: state[key].filter((v) => v !== value), page: 1 });
}

/** An article's page, remembering the search it was found by (its "← Search" link returns there). */
export function articleHref(id: string, search: string): string {
  return search === '/' ? `/articles/${encodeURIComponent(id)}` : `/articles/${encodeURIComponent(id)}?back=${encodeURIComponent(search)}`;
}

/** The search to return to from an article: only a search of this site ("/" or "/?…"), never another URL. */
export function backToSearch(back: unknown): string {
  return typeof back === 'string' && /^\/(?:\?[^#\\]*)?$/u.test(back) && !back.startsWith('//') ? back : '/';
}

export function withChanges(state: PageState, changes: Partial<PageState>): string {
  return searchHref({ ...state, page: 1, ...changes });
}

/**
 * The same search narrowed to one period (the days `first` to `last`), kept inside the active date
 * range: a chart bar counts only the part of its period within that range, and its link must give
 * that count, not the whole period's. Null for a period wholly outside the range.
 */
export function withinPeriod(state: PageState, first: string, last: string): string | null {
  const { from, to } = state;
  if ((from !== '' && instant(last, 'end') < instant(from, 'start')) || (to !== '' && instant(first, 'start') > instant(to, 'end')))
    return null;
  return withChanges(state, {
    from: from !== '' && instant(from, 'start') > instant(first, 'start') ? from : first,
    to: to !== '' && instant(to, 'end') < instant(last, 'end') ? to : last,
  });
}

/** The instant a date bound means (a day is its first or last second), comparable as text; '' if invalid. */
function instant(bound: string, edge: 'start' | 'end'): string {
  return toIsoBound(bound, edge) ?? '';
}

/** A search for one value only: the article page's entity links. */
export function filterOnly(key: FilterKey, value: string): string {
  return searchHref({ ...emptyState(), [key]: [value] });
}

/** The profile page of a nation or person (its label as the path segment). */
export function profileHref(key: 'nation' | 'person', label: string): string {
  return `/${key === 'nation' ? 'nations' : 'persons'}/${encodeURIComponent(label)}`;
}

function shortDate(iso: string | undefined, dayEdge: string): string {
  if (iso === undefined) return '';
  return iso.endsWith(dayEdge) ? iso.slice(0, 10) : iso;
}
