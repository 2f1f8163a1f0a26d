/**
 * @module The batch lookup page (/batch): a text area of names or queries, one per line, posted
 * as a plain form (no JavaScript needed), and the answers as a table: how each line was read,
 * its articles, first and last mention, and what is mentioned most with it, each a link to the
 * search it stands for. "Download CSV" posts the same text area for the API's CSV.
 */
import type { FacetCount } from '../../search/engine.js';
import type { BatchAnswer } from '../batch/lookup.js';
import { MAX_BATCH_LINES } from '../batch/input.js';
import { formatCount, formatDate, plural } from './format.js';
import { html, type SafeHtml } from './html.js';
import { layout, SITE_NAME, topBar } from './layout.js';
import { articleHref, emptyState, searchHref, type PageState } from './urls.js';

export const BATCH_FORM_ID = 'batch-form';

export interface BatchPageModel {
  /** the text area's content, kept as typed */
  text: string;
  /** null before a lookup (or when it was refused) */
  answers: readonly BatchAnswer[] | null;
  /** why the lookup was refused or failed */
  problem?: string;
}

export function batchPage(m: BatchPageModel): SafeHtml {
  return layout({
    title: `Batch lookup · ${SITE_NAME}`,
    bodyClass: 'page-batch',
    skipTo: 'the lookup',
    main: html`${topBar('', false)}
<main id="results" class="batch" tabindex="-1">
  <h1 class="batch-title">Batch lookup</h1>
  <p class="batch-intro">Up to ${formatCount(MAX_BATCH_LINES)} names or queries, one per line. A line that names a nation or a person (any spelling, English or Arabic) counts the articles that mention them; any other line is searched as words.</p>
  <form id="${BATCH_FORM_ID}" class="batch-form" method="post" action="/batch">
    <label class="batch-label" for="batch-lines">Names or queries, one per line</label>
    <textarea id="batch-lines" name="lines" rows="10" dir="auto" spellcheck="false" required placeholder="Ash Carter&#10;محمد بن سلمان&#10;Jordan&#10;&quot;oil prices&quot;">${m.text}</textarea>
    <div class="batch-actions">
      <button type="submit" class="button">Look up</button>
      <button type="submit" class="button button-quiet" name="format" value="csv">Download CSV</button>
    </div>
  </form>
  ${m.problem !== undefined ? html`<div class="alert" role="alert"><strong>We could not run this lookup.</strong> ${m.problem}</div>` : ''}
  ${m.answers ? answersTable(m.answers) : ''}
</main>`,
  });
}

function answersTable(answers: readonly BatchAnswer[]): SafeHtml {
  const found = answers.filter((a) => a.total > 0).length;
  return html`<section class="batch-results" aria-labelledby="batch-results-title">
  <div class="batch-results-head">
    <h2 id="batch-results-title">${plural(answers.length, 'line')}, ${formatCount(found)} found</h2>
    <button type="submit" form="${BATCH_FORM_ID}" class="button button-quiet" name="format" value="csv">Download CSV</button>
  </div>
  <div class="batch-table-wrap">
  <table class="batch-table">
    <thead><tr><th scope="col">Line</th><th scope="col">Read as</th><th scope="col">Articles</th><th scope="col">First</th><th scope="col">Last</th><th scope="col">Nations with it</th><th scope="col">Persons with it</th></tr></thead>
    <tbody>${answers.map(answerRow)}</tbody>
  </table>
  </div>
</section>`;
}

function answerRow(a: BatchAnswer): SafeHtml {
  const search = searchState(a);
  const href = searchHref(search);
  return html`<tr class="${a.total === 0 ? 'is-none' : ''}">
  <th scope="row" data-label="Line"><span class="batch-n">${a.lineNumber}</span> <bdi class="batch-line">${a.line}</bdi></th>
  <td data-label="Read as">${readAs(a, href)}</td>
  <td data-label="Articles" class="batch-total">${a.total > 0 ? html`<a href="${href}">${formatCount(a.total)}</a>` : '0'}</td>
  <td data-label="First">${mentionLink(a.first, href)}</td>
  <td data-label="Last">${mentionLink(a.last, href)}</td>
  <td data-label="Nations with it">${coMentions(search, 'nation', a.coMentions.nations)}</td>
  <td data-label="Persons with it">${coMentions(search, 'person', a.coMentions.persons)}</td>
</tr>`;
}

function readAs(a: BatchAnswer, href: string): SafeHtml {
  if (a.read.kind === 'text') return html`<span class="read-kind">words</span>`;
  const sameAsLine = a.read.label === a.line;
  return html`<a class="chip chip-${a.read.kind}" href="${href}" title="${a.read.kind === 'nation' ? 'Nation' : 'Person'}: ${a.read.label}" dir="auto">${a.read.label}</a>${sameAsLine ? '' : html` <span class="read-kind">${a.read.kind}</span>`}`;
}

function mentionLink(m: BatchAnswer['first'], search: string): SafeHtml | '' {
  if (m === null) return '';
  return html`<a href="${articleHref(m.id, search)}" title="${m.title}"><time datetime="${m.publishedAt}">${formatDate(m.publishedAt)}</time></a>`;
}

/** Chips with counts, each the line's search narrowed to that nation or person too. */
function coMentions(search: PageState, key: 'nation' | 'person', values: readonly FacetCount[]): SafeHtml | '' {
  if (values.length === 0) return '';
  return html`<ul class="chips">${values.map(
    (v) =>
      html`<li><a class="chip chip-${key}" href="${searchHref({ ...search, [key]: [...search[key], v.value] })}" dir="auto">${v.value} <span class="chip-count">${formatCount(v.count)}</span></a></li>`,
  )}</ul>`;
}

/** The search a line stands for: its entity as a filter, or its words. */
function searchState(a: BatchAnswer): PageState {
  const base = emptyState();
  if (a.read.kind === 'nation') return { ...base, nation: [a.read.label] };
  if (a.read.kind === 'person') return { ...base, person: [a.read.label] };
  return { ...base, q: a.read.label };
}
