/**
 * @module A search's Atom feed: its URL and the title that names the search, shared by the feed
 * itself (src/server/feeds.ts) and the search page, which announces it with
 * `<link rel="alternate">` in its head and a visible "Feed" link.
 */
import { html, type SafeHtml } from './html.js';
import { SITE_NAME } from './layout.js';
import { searchHref, type PageState } from './urls.js';

export const FEED_PATH = '/feeds/search.atom';
export const ATOM_TYPE = 'application/atom+xml';

/**
 * The feed of a search, in the search page's parameter order. Sort and paging are left out: a
 * feed is always the newest articles, so two pages of one search share one feed (and one id).
 */
export function feedHref(state: PageState): string {
  return FEED_PATH + searchHref({ ...state, sort: '', page: 1, perPage: 20 }).slice(1);
}

/** The search page the feed stands for: the same search, newest first. */
export function feedSearchHref(state: PageState): string {
  return searchHref({ ...state, sort: state.q ? 'newest' : '', page: 1, perPage: 20 });
}

/** "Archivist: “coalition” · nation France and Syria · section Politics · 2016-01-01 to 2016-12-31" */
export function feedTitle(state: PageState): string {
  const combine = state.match === 'any' ? ' or ' : ' and ';
  const parts: string[] = [];
  if (state.q) parts.push(`“${state.q}”`);
  if (state.nation.length > 0) parts.push(`nation ${state.nation.join(combine)}`);
  if (state.person.length > 0) parts.push(`person ${state.person.join(combine)}`);
  if (state.section.length > 0) parts.push(`section ${state.section.join(' or ')}`);
  if (state.language.length > 0) parts.push(`language ${state.language.join(' or ')}`);
  if (state.source.length > 0) parts.push(`source ${state.source.join(' or ')}`);
  if (state.author.length > 0) parts.push(`author ${state.author.join(' or ')}`);
  if (state.from && state.to) parts.push(`${state.from} to ${state.to}`);
  else if (state.from) parts.push(`from ${state.from}`);
  else if (state.to) parts.push(`until ${state.to}`);
  return parts.length === 0 ? `${SITE_NAME}: newest articles` : `${SITE_NAME}: ${parts.join(' · ')}`;
}

/** The visible link beside the result count (inside #results, so it follows a search updated in place). */
export function feedLink(state: PageState): SafeHtml {
  return html`<a class="feed-link" href="${feedHref(state)}" type="${ATOM_TYPE}" title="Follow this search in a feed reader (Atom)">Feed</a>`;
}
