/**
 * @module The search as the user gave it, read without validation: what a page re-rendered for a
 * refused parameter shows, so that no filter is lost on the way back. Text and dates are kept as
 * typed (the message says which one is wrong); a number or choice that is not valid falls back to
 * its default, since a select or a pager cannot show it.
 */
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE } from '../params.js';
import { emptyState, FILTER_KEYS, type PageState } from './urls.js';

const SORTS = ['relevance', 'newest', 'oldest'];

/** A query string (express's parsed `req.query`) as page state, every parameter kept that can be shown. */
export function stateAsGiven(query: Record<string, unknown>): PageState {
  const state = emptyState();
  state.q = first(query.q);
  for (const key of FILTER_KEYS) state[key] = values(query[key]);
  state.language = state.language.map((code) => code.toLowerCase());
  state.match = first(query.match) === 'any' ? 'any' : 'all';
  state.from = first(query.from).trim();
  state.to = first(query.to).trim();
  const sort = first(query.sort);
  // the query's own default order is written as no sort at all, as stateFromQuery does
  state.sort = SORTS.includes(sort) && sort !== (state.q.trim() === '' ? 'newest' : 'relevance') ? sort : '';
  state.page = wholeNumber(first(query.page), MAX_PAGE) ?? 1;
  state.perPage = wholeNumber(first(query.perPage), MAX_PER_PAGE) ?? DEFAULT_PER_PAGE;
  return state;
}

function first(value: unknown): string {
  const one: unknown = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one : '';
}

/** Every string value of a repeatable parameter, trimmed, without empties and repeats. */
function values(value: unknown): string[] {
  const list: unknown[] = Array.isArray(value) ? value : value === undefined ? [] : [value];
  const strings = list.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return [...new Set(strings.filter((v) => v !== ''))];
}

function wholeNumber(text: string, max: number): number | null {
  if (!/^\d{1,9}$/.test(text)) return null;
  const n = Number(text);
  return n >= 1 && n <= max ? n : null;
}
