/**
 * @module An entity's profile page: mentions over time as linked bars, first and last mention,
 * co-mentioned nations and persons, sections, latest and most relevant articles. Every number
 * links to the search that gives it; the filters it is drawn within show as removable chips, and
 * a small form narrows it by words and dates, keeping the other filters.
 */
import type { FacetCount, SearchHit } from '../../search/engine.js';
import type { EntityFacet, Profile } from '../research/profile.js';
import { barChart, type Bar } from './chart.js';
import { filterChips } from './filter-chips.js';
import { formatCount, formatDate, lastDayOfMonth, monthName, plural } from './format.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { layout, SITE_NAME, topBar } from './layout.js';
import { langAttr } from './text-lang.js';
import {
  articleHref,
  profileHref,
  searchHref,
  searchParams,
  stateFromQuery,
  withFilter,
  withinPeriod,
  activeFilterCount,
  FILTER_KEYS,
  type PageState,
} from './urls.js';

type EntityKey = 'nation' | 'person';

/** A profile that could not be drawn: a refused parameter (400) or an unavailable engine (503). */
export interface ProfileProblem {
  facet: EntityFacet;
  /** the name as given in the path (it was not looked up) */
  name: string;
  /** the filters as given, kept in the chips and the form */
  filters: PageState;
  problem: string;
}

export function profilePage(p: Profile): SafeHtml {
  const key = keyOf(p.entity.facet);
  const filters = stateFromQuery({ ...p.query, page: 1 });
  // the search of every article the profile counts: its filters plus the entity
  const scope = withEntity(filters, key, p.entity.label);
  const pronoun = key === 'nation' ? 'it' : 'them';
  const summary = html`<p class="profile-summary"><a href="${searchHref(scope)}"><strong>${formatCount(p.total)}</strong> ${p.total === 1 ? 'article' : 'articles'}</a> ${p.total === 1 ? 'mentions' : 'mention'} ${pronoun}${filterCount(filters) > 0 ? ', within the filters below' : ''}.
      ${p.firstMention ? html`First: <a href="${articleHref(p.firstMention.id, searchHref(scope))}">${formatDate(p.firstMention.publishedAt)}</a>.` : ''}
      ${p.lastMention ? html`Latest: <a href="${articleHref(p.lastMention.id, searchHref(scope))}">${formatDate(p.lastMention.publishedAt)}</a>.` : ''}</p>`;
  return profileLayout(
    key,
    p.entity,
    filters,
    summary,
    html`${p.timeline.length > 0 ? barChart(p.interval === 'month' ? 'Mentions per month' : 'Mentions per year', bars(scope, p), 'mentions-title') : ''}
    ${p.relevant.length > 0 ? hitList('Most relevant', p.relevant, scope) : ''}
    ${hitList('Latest articles', p.latest, scope)}`,
    html`${coMentions('Nations mentioned with it', 'nation', p.coMentions.nations, scope)}
    ${coMentions('Persons mentioned with it', 'person', p.coMentions.persons, scope)}
    ${p.sections.length > 0 ? html`<section class="card"><h2 class="card-title">Sections</h2><ul class="count-list">${p.sections.map((s) => html`<li><a href="${withFilter(scope, 'section', s.value)}" dir="auto">${s.value}</a> <span class="facet-count">${formatCount(s.count)}</span></li>`)}</ul></section>` : ''}`,
  );
}

/** The profile's page with the message instead of its numbers, the filters kept as they were given. */
export function profileProblemPage(m: ProfileProblem): SafeHtml {
  const alert = html`<div class="alert" role="alert"><strong>We could not draw this profile.</strong> ${m.problem}</div>`;
  return profileLayout(keyOf(m.facet), { label: m.name, labelAr: null }, m.filters, alert, '', '');
}

/** The frame both share: heading, the summary (or message), the filter chips and the narrowing form, then the body. */
function profileLayout(
  key: EntityKey,
  entity: { label: string; labelAr: string | null },
  filters: PageState,
  summary: SafeHtml,
  body: HtmlValue,
  aside: HtmlValue,
): SafeHtml {
  const { label, labelAr } = entity;
  const without = (changes: Partial<PageState>) => profileUrl(key, label, { ...filters, ...changes, page: 1 });
  return layout({
    title: `${label} · ${SITE_NAME}`,
    bodyClass: 'page-profile',
    skipTo: 'the profile',
    main: html`${topBar(filters.q, false)}
<div class="profile-layout">
  <main id="results" class="profile" tabindex="-1">
    <p class="breadcrumb"><a href="/" class="back-link">← Search</a> <span aria-hidden="true">/</span> ${key === 'nation' ? 'Nation' : 'Person'}</p>
    <header class="profile-head">
      <h1 class="profile-title" dir="auto"${langAttr(label)}>${label}${labelAr && labelAr !== label ? html` <span class="profile-title-ar" lang="ar" dir="rtl">${labelAr}</span>` : ''}</h1>
      ${summary}
      ${filterChips(filters, without, { label: 'Narrowed to', words: true })}
      ${narrowForm(key, label, filters)}
    </header>
    ${body}
  </main>
  <aside class="profile-aside" aria-label="Mentioned with">
    ${aside}
  </aside>
</div>`,
  });
}

function keyOf(facet: EntityFacet): EntityKey {
  return facet === 'nations' ? 'nation' : 'person';
}

function withEntity(state: PageState, key: EntityKey, label: string): PageState {
  return state[key].includes(label) ? state : { ...state, [key]: [...state[key], label] };
}

/** Filters in force on a profile, where its words are one too. */
function filterCount(state: PageState): number {
  return activeFilterCount(state) + (state.q ? 1 : 0);
}

/** The profile narrowed by `state` (its filters as the search page writes them). */
function profileUrl(key: EntityKey, label: string, state: PageState): string {
  const qs = searchParams(state).toString();
  return qs ? `${profileHref(key, label)}?${qs}` : profileHref(key, label);
}

/** Words and dates to change; every other filter rides along hidden, so narrowing never drops one. */
function narrowForm(key: EntityKey, label: string, state: PageState): SafeHtml {
  return html`<form class="profile-narrow" method="get" action="${profileHref(key, label)}">
  <label>Within words <input type="search" name="q" value="${state.q}" dir="auto" maxlength="512"></label>
  <label>From <input type="date" name="from" value="${state.from}"></label>
  <label>To <input type="date" name="to" value="${state.to}"></label>
  ${FILTER_KEYS.map((k) => state[k].map((v) => html`<input type="hidden" name="${k}" value="${v}">`))}
  ${state.match === 'any' ? html`<input type="hidden" name="match" value="any">` : ''}
  <button type="submit" class="button">Narrow</button>
</form>`;
}

/** One bar per period, linking to that period's filtered search (within the profile's own dates). */
function bars(scope: PageState, p: Profile): Bar[] {
  return p.timeline.flatMap(({ period, count }) => {
    const monthly = p.interval === 'month';
    const from = monthly ? `${period}-01` : `${period}-01-01`;
    const to = monthly ? `${period}-${lastDayOfMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)))}` : `${period}-12-31`;
    // labels are thinned to fit, so each carries its year: "Oct ’16"
    const label = monthly ? `${monthName(period)} ’${period.slice(2, 4)}` : period;
    const name = monthly ? `${monthName(period)} ${period.slice(0, 4)}` : period;
    // the timeline runs from the first mention to the last, inside the dates; a period outside has no bar
    const href = withinPeriod(scope, from, to);
    return href === null ? [] : [{ label, title: `${name}: ${plural(count, 'article')}`, count, href }];
  });
}

function coMentions(title: string, key: EntityKey, values: FacetCount[], scope: PageState): SafeHtml | '' {
  if (values.length === 0) return '';
  return html`<section class="card"><h2 class="card-title">${title}</h2><ul class="count-list">${values.map(
    (v) =>
      html`<li><a href="${withFilter(scope, key, v.value)}" title="Articles that mention both" dir="auto">${v.value}</a> <span class="facet-count">${formatCount(v.count)}</span> <a class="chip-profile" href="${profileHref(key, v.value)}" title="Profile of ${v.value}" aria-label="Profile of ${v.value}">↗</a></li>`,
  )}</ul></section>`;
}

function hitList(title: string, hits: SearchHit[], scope: PageState): SafeHtml {
  const back = searchHref(scope);
  return html`<section class="card profile-hits"><h2 class="card-title">${title}</h2>${
    hits.length === 0
      ? html`<p class="facet-empty">No articles</p>`
      : html`<ol class="profile-hit-list">${hits.map(
          (h) =>
            html`<li><a href="${articleHref(h.id, back)}" dir="auto"${langAttr(h.title)}>${h.title}</a> <span class="hit-date"><time datetime="${h.publishedAt}">${formatDate(h.publishedAt)}</time>${h.section ? html` · ${h.section}` : ''}</span></li>`,
        )}</ol>`
  }</section>`;
}
