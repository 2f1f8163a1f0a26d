/**
 * @module The results column: count and sort, active filter chips, the timeline chart, the hits
 * (title, date, section, entity chips, highlighted snippet), pagination and the empty state.
 */
import type { SearchHit, SearchResult } from '../../search/engine.js';
import type { Unmatched } from '../filter-resolution.js';
import { highlighted, html, join, type SafeHtml } from './html.js';
import { langAttr } from './text-lang.js';
import { timelineChart } from './chart.js';
import { feedLink } from './feed-link.js';
import { filterChips } from './filter-chips.js';
import { formatCount, formatDate, plural } from './format.js';
import { articleHref, profileHref, searchHref, searchParams, withChanges, withFilter, type FilterKey, type PageState } from './urls.js';
import type { EntityNames } from './sidebar.js';

// Chips per kind on a hit before "+N more": keeps cards scannable.
const CHIPS_PER_KIND = 5;
// Page links shown either side of the current page.
const PAGE_WINDOW = 2;

/** A link that removes one filter, with the result count it would give. */
export interface Suggestion {
  label: string;
  href: string;
  total: number;
}

export interface ResultsModel {
  state: PageState;
  result: SearchResult | null;
  tookMs: number;
  /** shown instead of results (bad parameter, engine down) */
  problem?: string;
  suggestions: Suggestion[];
  /** filter values that matched nothing, with the closest labels ("Did you mean …") */
  didYouMean?: Unmatched[];
  /** every name of a nation's or person's entity, folded, for the sidebar's filter boxes (either script, aliases) */
  entityNames?: EntityNames;
}

export function resultsColumn(m: ResultsModel): SafeHtml {
  if (m.problem !== undefined || m.result === null) {
    return html`<main id="results" class="results" tabindex="-1">
  ${heading(m.state)}
  <div class="alert" role="alert"><strong>We could not run this search.</strong> ${m.problem ?? ''}</div>
  ${m.state.sort ? html`<input type="hidden" name="sort" value="${m.state.sort}">` : ''}
  <p><a href="/">Start a new search</a></p>
</main>`;
  }
  const { state, result } = m;
  const totalPages = Math.ceil(result.total / state.perPage);
  return html`<main id="results" class="results" tabindex="-1">
  ${heading(state)}
  <div class="results-head">
    <p class="result-count" role="status" aria-live="polite">${summary(state, result.total)} <span class="took">${m.tookMs} ms</span></p>
    <a class="filters-jump" href="#sidebar">Filters</a>
    ${feedLink(state)}
    ${sortSelect(state)}
  </div>
  ${filterChips(state, (changes) => withChanges(state, changes), { label: 'Active filters' })}
  ${didYouMean(state, m.didYouMean ?? [])}
  ${result.total > 0 ? timelineChart(state, result.facets.years, result.facets.months) : ''}
  ${result.total === 0 ? emptyState(state, m.suggestions) : html`<ol class="hits" start="${(state.page - 1) * state.perPage + 1}">${result.hits.map((h) => hitCard(state, h))}</ol>`}
  ${result.hits.length === 0 && result.total > 0 ? html`<p class="empty-page">This page is past the last result. <a href="${searchHref({ ...state, page: totalPages })}">Go to the last page (${formatCount(totalPages)})</a></p>` : ''}
  ${pagination(state, totalPages)}
  ${result.total > 0 ? downloads(state) : ''}
</main>`;
}

/**
 * The page's heading, for screen readers and outlines: the design heads the page with the search
 * box itself, so it is not shown. Inside #results, so it follows the words as they are typed.
 */
function heading(state: PageState): SafeHtml {
  return html`<h1 class="visually-hidden">Search the archive${state.q ? html` for “<bdi>${state.q}</bdi>”` : ''}</h1>`;
}

function summary(state: PageState, total: number): SafeHtml {
  const count = html`<strong class="total">${formatCount(total)}</strong> ${total === 1 ? 'article' : 'articles'}`;
  // the quotes stay outside the isolated query, so an Arabic query does not turn them round
  return state.q ? html`${count} for “<bdi class="query">${state.q}</bdi>”` : count;
}

function sortSelect(state: PageState): SafeHtml {
  // The default order for the query (relevance with words, newest without) is sent as an empty
  // value, so a form submitted after the words changed gets the new query's default.
  const byDefault = state.q ? 'relevance' : 'newest';
  const current = state.sort || byDefault;
  const option = (value: string, label: string) =>
    html`<option value="${value === byDefault ? '' : value}"${current === value ? html` selected` : ''}>${label}</option>`;
  return html`<label class="sort">Sort by <select name="sort">
    ${option('relevance', 'Relevance')}${option('newest', 'Newest first')}${option('oldest', 'Oldest first')}
  </select></label>`;
}

function hitCard(state: PageState, hit: SearchHit): SafeHtml {
  const title = hit.titleHighlighted ? highlighted(hit.titleHighlighted) : hit.title;
  // the article's language marks its own text only: the meta line (date, section) is the page's English
  const lang = langAttr(hit.title);
  return html`<li class="hit">
  <div class="hit-meta">
    ${hit.section ? html`<span class="hit-section">${hit.section}</span>` : ''}
    <time datetime="${hit.publishedAt}">${formatDate(hit.publishedAt)}</time>
    ${hit.authors.length > 0 ? html`<span class="hit-authors">${hit.authors.join(', ')}</span>` : ''}
  </div>
  <h3 class="hit-title" dir="auto"${lang}><a href="${articleHref(hit.id, searchHref(state))}">${title}</a></h3>
  ${hit.subtitle ? html`<p class="hit-subtitle" dir="auto"${lang}>${hit.subtitle}</p>` : ''}
  ${hit.snippet ? html`<p class="hit-snippet" dir="auto"${lang}>${highlighted(hit.snippet)}</p>` : ''}
  ${entityChips(state, hit)}
</li>`;
}

function entityChips(state: PageState, hit: SearchHit): SafeHtml | '' {
  if (hit.nations.length + hit.persons.length === 0) return '';
  const chips = (key: FilterKey, values: string[]) => {
    const shown = values.slice(0, CHIPS_PER_KIND).map((v) => {
      const active = state[key].includes(v);
      return html`<li><a class="chip chip-${key}${active ? ' is-active' : ''}" href="${withFilter(state, key, v)}" title="${active ? 'Already filtered by' : 'Filter by'} ${v}" dir="auto">${v}</a>${profileLink(key, v)}</li>`;
    });
    const rest = values.slice(CHIPS_PER_KIND);
    // the overflow opens in place, with or without JavaScript
    const more = html`<li class="chip-more"><details><summary title="Show ${rest.length} more">+${rest.length}</summary><ul class="chips">${rest.map(
      (v) =>
        html`<li><a class="chip chip-${key}" href="${withFilter(state, key, v)}" title="Filter by ${v}" dir="auto">${v}</a>${profileLink(key, v)}</li>`,
    )}</ul></details></li>`;
    return rest.length > 0 ? [...shown, more] : shown;
  };
  return html`<ul class="chips" aria-label="Nations and persons mentioned">${chips('nation', hit.nations)}${chips('person', hit.persons)}</ul>`;
}

/** The whole result set as a file (GET /api/export), in date order. */
function downloads(state: PageState): SafeHtml {
  const params = searchParams({ ...state, page: 1, perPage: 20, sort: state.sort === 'oldest' ? 'oldest' : '' });
  const href = (format: string) => `/api/export?${params.toString()}${params.size > 0 ? '&' : ''}format=${format}`;
  return html`<p class="downloads">Download all results: <a href="${href('csv')}" download>CSV</a> · <a href="${href('ndjson')}" download>NDJSON</a></p>`;
}

/** The small link beside an entity chip that opens the entity's profile. */
function profileLink(key: FilterKey, value: string): SafeHtml | '' {
  if (key !== 'nation' && key !== 'person') return '';
  return html`<a class="chip-profile" href="${profileHref(key, value)}" title="Profile of ${value}" aria-label="Profile of ${value}">↗</a>`;
}

/** "Did you mean France?" for each filter value that matched nothing: the link swaps the value for the label. */
function didYouMean(state: PageState, unmatched: readonly Unmatched[]): SafeHtml {
  const offers = unmatched.filter((u) => u.suggestions.length > 0);
  if (offers.length === 0) return html``;
  return html`<p class="did-you-mean" role="note">${offers.map(
    (u) =>
      html`<span>No ${u.parameter} “<bdi>${u.value}</bdi>”. Did you mean ${join(
        u.suggestions.map(
          (s) =>
            html`<a href="${searchHref({ ...state, [u.parameter]: [...state[u.parameter].filter((v) => v !== u.value), s], page: 1 })}"><bdi>${s}</bdi></a>`,
        ),
        ' or ',
      )}?</span> `,
  )}</p>`;
}

function emptyState(state: PageState, suggestions: Suggestion[]): SafeHtml {
  const filtered =
    state.q !== '' || state.nation.length + state.person.length + state.section.length > 0 || state.from !== '' || state.to !== '';
  if (!filtered) {
    return html`<section class="empty" aria-labelledby="empty-title">
  <h2 id="empty-title">The archive is empty</h2>
  <p>Add articles with <code>archivist ingest &lt;pages&gt;</code> or <code>archivist crawl &lt;url&gt;</code>, or start the server with <code>--demo</code> to load the sample articles.</p>
</section>`;
  }
  return html`<section class="empty" aria-labelledby="empty-title">
  <h2 id="empty-title">No articles match this search</h2>
  ${
    suggestions.length > 0
      ? html`<p>Try removing a filter:</p>
  <ul class="suggestions">${suggestions.map((s) => html`<li><a href="${s.href}">${s.label}</a> <span class="suggestion-count">${plural(s.total, 'article')}</span></li>`)}</ul>`
      : html`<p>Check the spelling, use fewer or more general words, or <a href="/">browse the newest articles</a>.</p>`
  }
  ${state.q && suggestions.length > 0 ? html`<p class="empty-hint">Words are matched with typo tolerance; put "quotes" around an exact phrase.</p>` : ''}
</section>`;
}

function pagination(state: PageState, totalPages: number): SafeHtml | '' {
  if (totalPages <= 1) return '';
  // past the last page (an old link, a hand-edited URL), the pager stands on the last page with
  // results, and "previous" leads there rather than to another empty page
  const past = state.page > totalPages;
  const page = Math.min(state.page, totalPages);
  const link = (p: number, label: string | number, rel?: string) =>
    html`<a class="page-link" href="${searchHref({ ...state, page: p })}"${rel ? html` rel="${rel}"` : ''}>${label}</a>`;
  const items: (SafeHtml | string)[] = [];
  const from = Math.max(1, page - PAGE_WINDOW);
  const to = Math.min(totalPages, page + PAGE_WINDOW);
  if (from > 1) items.push(link(1, 1), from > 2 ? html`<span class="page-gap">…</span>` : '');
  for (let p = from; p <= to; p++) {
    items.push(p === page && !past ? html`<span class="page-link is-current" aria-current="page">${p}</span>` : link(p, p));
  }
  if (to < totalPages)
    items.push(to < totalPages - 1 ? html`<span class="page-gap">…</span>` : '', link(totalPages, formatCount(totalPages)));
  return html`<nav class="pagination" aria-label="Pages">
  ${past ? link(totalPages, '← Previous', 'prev') : page > 1 ? link(page - 1, '← Previous', 'prev') : html`<span class="page-link is-disabled">← Previous</span>`}
  <span class="page-numbers">${items}</span>
  ${page < totalPages ? link(page + 1, 'Next →', 'next') : html`<span class="page-link is-disabled">Next →</span>`}
</nav>`;
}
