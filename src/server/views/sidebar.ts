/**
 * @module The filter sidebar: checkbox lists with counts for nations, persons (with a filter box)
 * and sections, the all/any switch and the date range. Plain form fields: without JavaScript the
 * "Apply filters" button submits them as GET parameters.
 */
import type { FacetCount, Facets } from '../../search/engine.js';
import { html, type SafeHtml } from './html.js';
import { formatCount, formatDate } from './format.js';
import { activeFilterCount, profileHref, searchHref, type FilterKey, type PageState } from './urls.js';

/** The folded names (nameKey) of the entity a facet value labels; none for a value the registry does not know. */
export type EntityNames = (facet: 'nations' | 'persons', label: string) => readonly string[];

// Values listed before "Show more": enough to see the leaders without a long scroll.
const VISIBLE_VALUES = 8;

interface FacetGroup {
  key: FilterKey;
  title: string;
  values: FacetCount[];
  /** show a text box that filters the list (long lists) */
  filterable: boolean;
  /** how a value is shown (languages by name); default the value itself */
  label?: (value: string) => string;
  /** false when there are no counts (a refused search): a ticked value then shows no misleading 0 */
  counted?: boolean;
  /** an entity's every name, for the filter box (nations and persons) */
  names?: EntityNames;
}

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "en" -> "English"; a code Intl does not know stays as it is. */
export function languageName(code: string): string {
  try {
    return LANGUAGE_NAMES.of(code) ?? code;
  } catch {
    return code;
  }
}

export function sidebar(state: PageState, facets: Facets | null, entityNames?: EntityNames): SafeHtml {
  const active = activeFilterCount(state);
  const groups: FacetGroup[] = [
    { key: 'nation', title: 'Nations', values: facets?.nations ?? [], filterable: true, names: entityNames },
    { key: 'person', title: 'Persons', values: facets?.persons ?? [], filterable: true, names: entityNames },
    { key: 'section', title: 'Sections', values: facets?.sections ?? [], filterable: false },
  ];
  const more: FacetGroup[] = [
    { key: 'language', title: 'Languages', values: facets?.languages ?? [], filterable: false, label: languageName },
    { key: 'source', title: 'Sources', values: facets?.sources ?? [], filterable: false },
    { key: 'author', title: 'Authors', values: facets?.authors ?? [], filterable: true },
  ];
  // a refused search has no counts; its ticked values are listed all the same, to stay ticked
  if (facets === null) for (const group of [...groups, ...more]) group.counted = false;
  const cleared = { nation: [], person: [], section: [], language: [], source: [], author: [], from: '', to: '', page: 1 };
  return html`<aside id="sidebar" class="sidebar" aria-label="Filters">
  <div class="sidebar-head">
    <h2>Filters</h2>
    ${active > 0 ? html`<a class="clear-all" href="${searchHref({ ...state, ...cleared })}">Clear all</a>` : ''}
  </div>
  ${facetGroup(state, groups[0]!)}
  ${facetGroup(state, groups[1]!)}
  ${matchSwitch(state)}
  ${facetGroup(state, groups[2]!)}
  ${dateRange(state)}
  ${more.map((group) => facetGroup(state, group))}
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
  <ul class="facet-list">${visible.map((v) => facetRow(group, v, selected.includes(v.value)))}</ul>
  ${
    more.length > 0
      ? html`<details class="facet-more"><summary>Show ${formatCount(more.length)} more</summary>
  <ul class="facet-list">${more.map((v) => facetRow(group, v, false))}</ul></details>`
      : ''
  }
  <p class="facet-nomatch" hidden>No match</p>
</fieldset>`;
}

function facetRow(group: FacetGroup, v: FacetCount, checked: boolean): SafeHtml {
  const key = group.key;
  const label = group.label ? group.label(v.value) : v.value;
  const profile = key === 'nation' || key === 'person' ? profileHref(key, v.value) : null;
  // the filter box (assets/app.js) also matches these: السعودية finds Saudi Arabia, mbs its person
  const names = group.names?.(key === 'nation' ? 'nations' : 'persons', v.value) ?? [];
  return html`<li${names.length > 0 ? html` data-names="${names.join('|')}"` : ''}><label class="facet-row${checked ? ' is-checked' : ''}"><input type="checkbox" name="${key}" value="${v.value}"${checked ? html` checked` : ''}><span class="facet-name" dir="auto">${label}</span>${group.counted === false ? '' : html`<span class="facet-count">${formatCount(v.count)}</span>`}</label>${
    profile === null
      ? ''
      : html`<a class="facet-profile" href="${profile}" title="Profile of ${v.value}" aria-label="Profile of ${v.value}">↗</a>`
  }</li>`;
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
