/**
 * @module The filter sidebar: checkbox lists with counts for nations, persons (with a filter box)
 * and sections, the all/any switch and the date range. Plain form fields: without JavaScript the
 * "Apply filters" button submits them as GET parameters.
 */
import type { FacetCount, Facets } from '../../search/engine.js';
import { html, type SafeHtml } from './html.js';
import { formatCount, formatDate } from './format.js';
import { searchHref, type FilterKey, type PageState } from './urls.js';

// Values listed before "Show more": enough to see the leaders without a long scroll.
const VISIBLE_VALUES = 8;

interface FacetGroup {
  key: FilterKey;
  title: string;
  values: FacetCount[];
  /** show a text box that filters the list (long lists) */
  filterable: boolean;
}

export function sidebar(state: PageState, facets: Facets | null): SafeHtml {
  const active = state.nation.length + state.person.length + state.section.length + (state.from || state.to ? 1 : 0);
  const groups: FacetGroup[] = [
    { key: 'nation', title: 'Nations', values: facets?.nations ?? [], filterable: true },
    { key: 'person', title: 'Persons', values: facets?.persons ?? [], filterable: true },
    { key: 'section', title: 'Sections', values: facets?.sections ?? [], filterable: false },
  ];
  return html`<aside id="sidebar" class="sidebar" aria-label="Filters">
  <div class="sidebar-head">
    <h2>Filters</h2>
    ${active > 0 ? html`<a class="clear-all" href="${searchHref({ ...state, nation: [], person: [], section: [], from: '', to: '', page: 1 })}">Clear all</a>` : ''}
  </div>
  ${facetGroup(state, groups[0]!)}
  ${facetGroup(state, groups[1]!)}
  ${matchSwitch(state)}
  ${facetGroup(state, groups[2]!)}
  ${dateRange(state)}
  <button type="submit" class="button apply-filters">Apply filters</button>
</aside>`;
}

function facetGroup(state: PageState, group: FacetGroup): SafeHtml {
  const selected = state[group.key];
  const counts = new Map(group.values.map((v) => [v.value, v.count]));
  // Ticked values first (even at 0 results, so they can be unticked), then the rest by count.
  const rows: FacetCount[] = [
    ...selected.map((value) => ({ value, count: counts.get(value) ?? 0 })),
    ...group.values.filter((v) => !selected.includes(v.value)),
  ];
  const id = `facet-${group.key}`;
  if (rows.length === 0) {
    return html`<fieldset class="facet" id="${id}"><legend>${group.title}</legend><p class="facet-empty">None in these results</p></fieldset>`;
  }
  const visible = rows.slice(0, Math.max(VISIBLE_VALUES, selected.length));
  const more = rows.slice(visible.length);
  return html`<fieldset class="facet" id="${id}" data-facet="${group.key}">
  <legend>${group.title} <span class="facet-total">${formatCount(rows.length)}</span></legend>
  ${
    group.filterable && rows.length > VISIBLE_VALUES
      ? html`<input type="search" class="facet-filter" placeholder="Filter ${group.title.toLowerCase()}…" aria-label="Filter ${group.title.toLowerCase()}" autocomplete="off" hidden>`
      : ''
  }
  <ul class="facet-list">${visible.map((v) => facetRow(group.key, v, selected.includes(v.value)))}</ul>
  ${
    more.length > 0
      ? html`<details class="facet-more"><summary>Show ${formatCount(more.length)} more</summary>
  <ul class="facet-list">${more.map((v) => facetRow(group.key, v, false))}</ul></details>`
      : ''
  }
  <p class="facet-nomatch" hidden>No match</p>
</fieldset>`;
}

function facetRow(key: FilterKey, v: FacetCount, checked: boolean): SafeHtml {
  return html`<li><label class="facet-row${checked ? ' is-checked' : ''}"><input type="checkbox" name="${key}" value="${v.value}"${checked ? html` checked` : ''}><span class="facet-name" dir="auto">${v.value}</span><span class="facet-count">${formatCount(v.count)}</span></label></li>`;
}

function matchSwitch(state: PageState): SafeHtml | '' {
  if (state.nation.length + state.person.length < 2) return html`<input type="hidden" name="match" value="${state.match}">`;
  const option = (value: 'all' | 'any', label: string) =>
    html`<label class="match-option"><input type="radio" name="match" value="${value}"${state.match === value ? html` checked` : ''}> ${label}</label>`;
  return html`<fieldset class="facet match">
  <legend>Combine nations and persons</legend>
  ${option('all', 'Mentions all')} ${option('any', 'Mentions any')}
</fieldset>`;
}

function dateRange(state: PageState): SafeHtml {
  return html`<fieldset class="facet dates">
  <legend>Published</legend>
  <div class="date-row">
    <label>From day <input type="date" name="from" value="${state.from}" max="9999-12-31" aria-describedby="date-hint"></label>
    <label>To day <input type="date" name="to" value="${state.to}" max="9999-12-31" aria-describedby="date-hint"></label>
  </div>
  <p class="date-hint" id="date-hint">${
    state.from || state.to
      ? `${state.from ? formatDate(`${state.from}T00:00:00Z`) : 'Any day'} to ${state.to ? formatDate(`${state.to}T00:00:00Z`) : 'today'}, both days included`
      : 'Both days included.'
  }</p>
</fieldset>`;
}
