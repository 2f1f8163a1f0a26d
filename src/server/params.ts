/**
 * @module Query-string schemas (zod) for the search and facet endpoints, shared by the JSON API
 * and the search page. Parse once here; past this point code trusts SearchQuery.
 * Every failure names the parameter (docs/interfaces.md: 400 invalid_parameter).
 */
import { z } from 'zod';
import { toUtcSeconds } from '../document.js';
import { InputError } from '../errors.js';
import { FACET_NAMES, type FacetName, type SearchQuery } from '../search/engine.js';

// The longest free-text query accepted (docs/interfaces.md); longer is a paste accident or an attack.
export const MAX_Q_CHARS = 512;
// A filter value longer than this cannot be a nation, person or section name (the longest real
// ones are under 100 characters); up to it, unknown values simply match nothing.
export const MAX_VALUE_CHARS = 512;
// How many values one filter may repeat; a page with more checkboxes ticked than this is abuse.
export const MAX_VALUES = 50;
// Results per page (docs/interfaces.md: 1-100, default 20).
export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 20;
// Deepest page: beyond it the engine would rank 200,000+ rows for one request; nobody reads there.
export const MAX_PAGE = 10_000;
// Facet autocomplete: default and largest number of values returned.
export const DEFAULT_FACET_LIMIT = 10;
// "Every period" of a time facet: more months than an archive spans (a century).
export const ALL_PERIODS = 1_200;
export const MAX_FACET_LIMIT = 100;

const SORTS = ['relevance', 'newest', 'oldest'] as const;
const MATCHES = ['all', 'any'] as const;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/i;
const WHOLE_NUMBER = /^\d{1,9}$/;

/** A parameter that may appear at most once; '' (an empty form field) counts as absent. */
function once<T extends z.ZodType<unknown, string>>(inner: T) {
  return z.preprocess((v) => (v === '' ? undefined : v), z.string({ error: 'must be given at most once' }).pipe(inner).optional());
}

/**
 * A repeatable parameter: one value or many, trimmed; empty values and duplicates are dropped
 * before the cap is applied, so a link that repeats one value is not refused. `fold` maps a
 * value to its one spelling (language codes are lower case: `EN` is `en`).
 */
function many(name: string, fold: (value: string) => string = (value) => value) {
  return z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z
      .array(z.string().max(MAX_VALUE_CHARS, `each ${name} value must be at most ${MAX_VALUE_CHARS} characters`))
      .transform((values) => [...new Set(values.map((s) => fold(s.trim())).filter((s) => s !== ''))])
      .pipe(z.array(z.string()).max(MAX_VALUES, `at most ${MAX_VALUES} ${name} values`)),
  );
}

function wholeNumber(name: string, min: number, max: number) {
  const message = `${name} must be a whole number from ${min} to ${max}`;
  return z.string().regex(WHOLE_NUMBER, message).transform(Number).pipe(z.number().min(min, message).max(max, message));
}

function dateBound(edge: 'start' | 'end') {
  return z.string().transform((s, ctx) => {
    const iso = toIsoBound(s.trim(), edge);
    if (iso === null) {
      ctx.addIssue({ code: 'custom', message: 'expected a date YYYY-MM-DD or an ISO 8601 timestamp' });
      return z.NEVER;
    }
    return iso;
  });
}

function oneOf<const T extends readonly [string, ...string[]]>(name: string, values: T) {
  return z.enum(values, { error: `${name} must be one of ${values.join(', ')}` });
}

export const SearchParams = z
  .object({
    q: once(z.string().max(MAX_Q_CHARS, `q must be at most ${MAX_Q_CHARS} characters`)),
    nation: many('nation'),
    person: many('person'),
    section: many('section'),
    language: many('language', (code) => code.toLowerCase()),
    source: many('source'),
    author: many('author'),
    match: once(oneOf('match', MATCHES)),
    from: once(dateBound('start')),
    to: once(dateBound('end')),
    sort: once(oneOf('sort', SORTS)),
    page: once(wholeNumber('page', 1, MAX_PAGE)),
    perPage: once(wholeNumber('perPage', 1, MAX_PER_PAGE)),
  })
  .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, {
    path: ['from'],
    message: 'from must not be after to',
  });

export const FacetParams = z.object({
  facet: oneOf('facet', FACET_NAMES as unknown as readonly [FacetName, ...FacetName[]]),
  q: once(z.string().max(MAX_VALUE_CHARS, `q must be at most ${MAX_VALUE_CHARS} characters`)),
  limit: once(wholeNumber('limit', 1, MAX_FACET_LIMIT)),
});

export interface FacetRequest {
  facet: FacetName;
  q: string;
  limit: number;
}

const SEARCH_PARAM_NAMES = Object.keys(SearchParams.shape);
/** What selects articles, without the order and paging of a result list (the research endpoints). */
export const FILTER_PARAM_NAMES = SEARCH_PARAM_NAMES.filter((name) => name !== 'sort' && name !== 'page' && name !== 'perPage');
const FACET_PARAM_NAMES = ['q', 'limit'];
const KNOWN_PARAMS = { search: SEARCH_PARAM_NAMES, filters: FILTER_PARAM_NAMES, facets: FACET_PARAM_NAMES, none: [] };

/**
 * The JSON API refuses parameters it does not know: a misspelt filter (`nations=France`) would
 * otherwise be ignored and answer an unfiltered search as if it were filtered.
 */
export function rejectUnknownParams(query: object, endpoint: keyof typeof KNOWN_PARAMS, extra: readonly string[] = []): void {
  const known = [...KNOWN_PARAMS[endpoint], ...extra];
  const unknown = Object.keys(query).find((key) => !known.includes(key));
  if (unknown === undefined) return;
  const near = known.find((k) => k.toLowerCase() === unknown.toLowerCase() || `${k}s` === unknown);
  const hint = near ? `did you mean "${near}"?` : `known: ${known.join(', ')}`;
  throw new InputError('invalid_parameter', unknown.slice(0, 64), `unknown parameter "${unknown.slice(0, 64)}" (${hint})`);
}

/** Query string -> SearchQuery, or InputError('invalid_parameter') naming the first bad one. */
export function parseSearchParams(query: unknown): SearchQuery {
  const p = parseOrThrow(SearchParams, query);
  const q = (p.q ?? '').trim();
  const out: SearchQuery = {
    q,
    nations: p.nation,
    persons: p.person,
    match: p.match ?? 'all',
    sections: p.section,
    sort: p.sort ?? (q === '' ? 'newest' : 'relevance'),
    page: p.page ?? 1,
    perPage: p.perPage ?? DEFAULT_PER_PAGE,
  };
  if (p.from !== undefined) out.from = p.from;
  if (p.to !== undefined) out.to = p.to;
  if (p.language.length > 0) out.languages = p.language;
  if (p.source.length > 0) out.sources = p.source;
  if (p.author.length > 0) out.authors = p.author;
  return out;
}

export function parseFacetParams(facet: string, query: unknown): FacetRequest {
  const p = parseOrThrow(FacetParams, { ...(query as object), facet });
  // time facets list every period unless a limit is asked for: a timeline has no "top 10"
  const timeFacet = p.facet === 'years' || p.facet === 'months';
  return { facet: p.facet, q: (p.q ?? '').trim(), limit: p.limit ?? (timeFacet ? ALL_PERIODS : DEFAULT_FACET_LIMIT) };
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const parameter = String(issue.path[0] ?? 'query');
  const message = issue.message.startsWith(parameter) ? issue.message : `${parameter}: ${issue.message}`;
  throw new InputError('invalid_parameter', parameter, message);
}

/**
 * "2016-12-31" -> "2016-12-31T00:00:00Z" (start) or "2016-12-31T23:59:59Z" (end: whole days are
 * inclusive); a full timestamp is normalised to UTC seconds (no zone given = UTC). Null if invalid.
 */
export function toIsoBound(text: string, edge: 'start' | 'end'): string | null {
  const day = DAY.exec(text);
  if (day) {
    if (!validDate(+day[1]!, +day[2]!, +day[3]!)) return null;
    return `${text}T${edge === 'start' ? '00:00:00' : '23:59:59'}Z`;
  }
  const ts = TIMESTAMP.exec(text);
  if (!ts) return null;
  const [, y, mo, d, h, mi, s = '0', zone] = ts;
  if (!validDate(+y!, +mo!, +d!) || +h! > 23 || +mi! > 59 || +s > 59) return null;
  const ms = Date.parse(zone ? text : `${text}Z`);
  if (Number.isNaN(ms)) return null;
  return toUtcSeconds(new Date(ms));
}

function validDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
