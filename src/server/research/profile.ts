/**
 * @module An entity's profile: how often the archive mentions a nation or person, since when,
 * month by month, with whom and in which sections, and its latest and most relevant articles,
 * all within the filters of a search ("Ash Carter, within articles about Mosul, 2016").
 */
import { searchQuery, type FacetCount, type SearchHit, type SearchQuery } from '../../search/engine.js';
import { periodsBetween } from '../../search/periods.js';
import type { EntityLookup, Unmatched } from '../filter-resolution.js';
import type { SearchService } from '../search-service.js';

export type EntityFacet = 'nations' | 'persons';

// Co-mentioned nations and persons listed per facet, and articles listed as "latest" and "most relevant".
export const CO_MENTIONS = 10;
export const LATEST = 10;
export const RELEVANT = 5;
// Mentions are counted per month up to this many years between the first and the last, per year beyond.
const MONTHLY_UP_TO_YEARS = 10;

export interface Mention {
  id: string;
  title: string;
  url: string;
  publishedAt: string;
}

export interface Profile {
  entity: { facet: EntityFacet; label: string; labelAr: string | null };
  /** the filters the profile was drawn within (the entity itself not among them) */
  query: SearchQuery;
  total: number;
  firstMention: Mention | null;
  lastMention: Mention | null;
  interval: 'month' | 'year';
  /** every period from the first mention to the last, empty ones included */
  timeline: { period: string; count: number }[];
  coMentions: { nations: FacetCount[]; persons: FacetCount[] };
  sections: FacetCount[];
  latest: SearchHit[];
  /** the most relevant articles for the query's words (none without words) */
  relevant: SearchHit[];
}

export type ProfileAnswer = { found: true; profile: Profile } | { found: false; unmatched: Unmatched };

/** The profile of the entity `value` means (any name, alias, spelling or script), within `filters`. */
export async function entityProfile(
  service: SearchService,
  entities: EntityLookup | undefined,
  facet: EntityFacet,
  value: string,
  filters: SearchQuery,
): Promise<ProfileAnswer> {
  const label = await resolveEntity(service, facet, value);
  if (typeof label !== 'string') return { found: false, unmatched: label };
  const { query } = await service.filters.resolve(filters);
  const scoped: SearchQuery = { ...query, [facet]: [...new Set([...query[facet], label])], match: 'all' };
  const newest = { ...scoped, sort: 'newest' as const, page: 1, perPage: LATEST };
  const [latest, oldest, months, relevant] = await Promise.all([
    service.search({ ...newest, facets: ['nations', 'persons', 'sections'], facetLimit: CO_MENTIONS + 1 }),
    service.search({ ...scoped, sort: 'oldest', page: 1, perPage: 1, facetLimit: 0 }),
    service.timeline(scoped, 'month'),
    query.q === '' ? null : service.search({ ...scoped, sort: 'relevance', page: 1, perPage: RELEVANT, facetLimit: 0 }),
  ]);
  const { total, hits, facets } = latest.result;
  const first = oldest.result.hits[0];
  const last = hits[0];
  const entity = entities?.byLabel(facet, label);
  const { interval, timeline } =
    first && last ? series(months, first.publishedAt, last.publishedAt) : { interval: 'month' as const, timeline: [] };
  return {
    found: true,
    profile: {
      entity: { facet, label, labelAr: entity?.labelAr ?? null },
      query,
      total,
      firstMention: first ? mention(first) : null,
      lastMention: last ? mention(last) : null,
      interval,
      timeline,
      coMentions: {
        nations: others(facets.nations, facet === 'nations' ? label : null),
        persons: others(facets.persons, facet === 'persons' ? label : null),
      },
      sections: facets.sections.slice(0, CO_MENTIONS),
      latest: hits,
      relevant: relevant?.result.hits ?? [],
    },
  };
}

/** The label a typed value means, or what it failed to match with the closest labels. */
async function resolveEntity(service: SearchService, facet: EntityFacet, value: string): Promise<string | Unmatched> {
  const { query, unmatched } = await service.filters.resolve(searchQuery({ [facet]: [value] }));
  if (unmatched.length === 0) return query[facet][0]!;
  return (await service.filters.suggest(unmatched))[0]!;
}

/** Month counts as the profile's series: every month between the first and last mention, or every year when that spans long. */
function series(months: FacetCount[], first: string, last: string): Pick<Profile, 'interval' | 'timeline'> {
  const counts = new Map(months.map((m) => [m.value, m.count]));
  const from = Date.parse(first) / 1000;
  const to = Date.parse(last) / 1000;
  if (Number(last.slice(0, 4)) - Number(first.slice(0, 4)) < MONTHLY_UP_TO_YEARS) {
    return { interval: 'month', timeline: periodsBetween(from, to, 'month').map((period) => ({ period, count: counts.get(period) ?? 0 })) };
  }
  const years = new Map<string, number>();
  for (const [month, count] of counts) years.set(month.slice(0, 4), (years.get(month.slice(0, 4)) ?? 0) + count);
  return { interval: 'year', timeline: periodsBetween(from, to, 'year').map((period) => ({ period, count: years.get(period) ?? 0 })) };
}

function others(values: FacetCount[], self: string | null): FacetCount[] {
  return values.filter((v) => v.value !== self).slice(0, CO_MENTIONS);
}

function mention(hit: SearchHit): Mention {
  return { id: hit.id, title: hit.title, url: hit.url, publishedAt: hit.publishedAt };
}
