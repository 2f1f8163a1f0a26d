/**
 * @module The search page: one GET form wrapping the top bar's search box, the filter sidebar and
 * the results, so it works with JavaScript off; assets/app.js swaps #sidebar and #results in
 * place when it is on.
 */
import { feedHref, feedTitle } from './feed-link.js';
import { html, type SafeHtml } from './html.js';
import { layout, SEARCH_FORM_ID, SITE_NAME, topBar } from './layout.js';
import { resultsColumn, type ResultsModel } from './results.js';
import { sidebar } from './sidebar.js';

export function searchPage(m: ResultsModel): SafeHtml {
  const { state } = m;
  const title = state.q ? `${state.q} · ${SITE_NAME}` : `${SITE_NAME}: search the news archive`;
  return layout({
    title,
    bodyClass: 'page-search',
    skipTo: 'results',
    // a refused search has no feed to follow (the feed would refuse the same parameter)
    ...(m.result === null ? {} : { feed: { title: feedTitle(state), href: feedHref(state) } }),
    main: html`<form id="${SEARCH_FORM_ID}" class="search-form" method="get" action="/">
${topBar(state.q, true)}
${state.perPage !== 20 ? html`<input type="hidden" name="perPage" value="${state.perPage}">` : ''}
<div class="layout">
${sidebar(state, m.result?.facets ?? null, m.entityNames)}
${resultsColumn(m)}
</div>
</form>`,
  });
}
