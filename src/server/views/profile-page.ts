/**
 * @module An entity's profile page: mentions over time as linked bars, first and last mention,
 * co-mentioned nations and persons, sections, latest and most relevant articles. Every number
 * links to the search that gives it; a small form narrows the profile by words and dates.
 */
import type { FacetCount, SearchHit } from '../../search/engine.js';
import type { Profile } from '../research/profile.js';
import { barChart, type Bar } from './chart.js';
import { formatCount, formatDate, lastDayOfMonth, monthName, plural } from './format.js';
import { html, type SafeHtml } from './html.js';
import { layout, SITE_NAME, topBar } from './layout.js';
import { articleHref, profileHref, searchHref, stateFromQuery, withChanges, withFilter, type PageState } from './urls.js';

export function profilePage(p: Profile): SafeHtml {
  const key = p.entity.facet === 'nations' ? 'nation' : 'person';
  // the search of every article the profile counts: its filters plus the entity
  const scope = withEntity(stateFromQuery({ ...p.query, page: 1 }), key, p.entity.label);
  const kind = key === 'nation' ? 'Nation' : 'Person';
  return layout({
    title: `${p.entity.label} · ${SITE_NAME}`,
    bodyClass: 'page-profile',
    main: html`${topBar(p.query.q, false)}
<div class="profile-layout">
  <main id="results" class="profile" tabindex="-1">
    <p class="breadcrumb"><a href="/" class="back-link">← Search</a> <span aria-hidden="true">/</span> ${kind}</p>
    <header class="profile-head">
      <h1 class="profile-title" dir="auto">${p.entity.label}${p.entity.labelAr && p.entity.labelAr !== p.entity.label ? html` <span class="profile-title-ar" lang="ar" dir="rtl">${p.entity.labelAr}</span>` : ''}</h1>
      <p class="profile-summary"><a href="${searchHref(scope)}"><strong>${formatCount(p.total)}</strong> ${p.total === 1 ? 'article' : 'articles'}</a> mention ${key === 'nation' ? 'it' : 'them'}${scopeNote(p)}.
      ${p.firstMention ? html`First: <a href="${articleHref(p.firstMention.id, searchHref(scope))}">${formatDate(p.firstMention.publishedAt)}</a>.` : ''}
      ${p.lastMention ? html`Latest: <a href="${articleHref(p.lastMention.id, searchHref(scope))}">${formatDate(p.lastMention.publishedAt)}</a>.` : ''}</p>
      ${narrowForm(p)}
    </header>
    ${p.timeline.length > 0 ? barChart(p.interval === 'month' ? 'Mentions per month' : 'Mentions per year', bars(scope, p), 'mentions-title') : ''}
    ${p.relevant.length > 0 ? hitList('Most relevant', p.relevant, scope) : ''}
    ${hitList('Latest articles', p.latest, scope)}
  </main>
  <aside class="profile-aside" aria-label="Mentioned with">
    ${coMentions('Nations mentioned with it', 'nation', p.coMentions.nations, scope)}
    ${coMentions('Persons mentioned with it', 'person', p.coMentions.persons, scope)}
    ${p.sections.length > 0 ? html`<section class="card"><h2 class="card-title">Sections</h2><ul class="count-list">${p.sections.map((s) => html`<li><a href="${withFilter(scope, 'section', s.value)}" dir="auto">${s.value}</a> <span class="facet-count">${formatCount(s.count)}</span></li>`)}</ul></section>` : ''}
  </aside>
</div>`,
  });
}

function withEntity(state: PageState, key: 'nation' | 'person', label: string): PageState {
  return state[key].includes(label) ? state : { ...state, [key]: [...state[key], label] };
}

function scopeNote(p: Profile): SafeHtml | '' {
  const parts: string[] = [];
  if (p.query.q) parts.push(`“${p.query.q}”`);
  for (const v of [...p.query.nations, ...p.query.persons, ...p.query.sections]) parts.push(v);
  if (p.query.from || p.query.to)
    parts.push(`${p.query.from ? formatDate(p.query.from) : '…'} to ${p.query.to ? formatDate(p.query.to) : 'today'}`);
  return parts.length > 0 ? html` within <bdi>${parts.join(', ')}</bdi>` : '';
}

function narrowForm(p: Profile): SafeHtml {
  const state = stateFromQuery({ ...p.query, page: 1 });
  return html`<form class="profile-narrow" method="get" action="${profileHref(p.entity.facet === 'nations' ? 'nation' : 'person', p.entity.label)}">
  <label>Within words <input type="search" name="q" value="${p.query.q}" dir="auto" maxlength="512"></label>
  <label>From <input type="date" name="from" value="${state.from}"></label>
  <label>To <input type="date" name="to" value="${state.to}"></label>
  ${state.section.map((s) => html`<input type="hidden" name="section" value="${s}">`)}
  <button type="submit" class="button">Narrow</button>
</form>`;
}

/** One bar per period, linking to that period's filtered search. */
function bars(scope: PageState, p: Profile): Bar[] {
  return p.timeline.map(({ period, count }) => {
    const monthly = p.interval === 'month';
    const from = monthly ? `${period}-01` : `${period}-01-01`;
    const to = monthly ? `${period}-${lastDayOfMonth(Number(period.slice(0, 4)), Number(period.slice(5, 7)))}` : `${period}-12-31`;
    // labels are thinned to fit, so each carries its year: "Oct ’16"
    const label = monthly ? `${monthName(period)} ’${period.slice(2, 4)}` : period;
    const name = monthly ? `${monthName(period)} ${period.slice(0, 4)}` : period;
    return { label, title: `${name}: ${plural(count, 'article')}`, count, href: withChanges(scope, { from, to }) };
  });
}

function coMentions(title: string, key: 'nation' | 'person', values: FacetCount[], scope: PageState): SafeHtml | '' {
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
            html`<li><a href="${articleHref(h.id, back)}" dir="auto">${h.title}</a> <span class="hit-date"><time datetime="${h.publishedAt}">${formatDate(h.publishedAt)}</time>${h.section ? html` · ${h.section}` : ''}</span></li>`,
        )}</ol>`
  }</section>`;
}
