/**
 * @module The article page: full text (escaped, `dir="auto"` per paragraph so Arabic reads right to
 * left), metadata, and the nations and persons as links that start a filtered search.
 */
import type { Document } from '../../document.js';
import type { EntityLookup } from '../filter-resolution.js';
import { html, type SafeHtml } from './html.js';
import { layout, SITE_NAME, topBar } from './layout.js';
import { formatDate, formatDateTime, plural, safeHref } from './format.js';
import { emptyState, filterOnly, profileHref, searchHref } from './urls.js';

/**
 * `entities`: the registry, so each name shows as the entity it is (its label, and on an Arabic
 * page its Arabic name beside: "Mohammed bin Salman · محمد بن سلمان") and links to that entity's search.
 */
export function articlePage(doc: Document, entities?: EntityLookup, back = '/'): SafeHtml {
  const original = safeHref(doc.url);
  // A page that states no date carries its fetch time: a reader must not take it for the publication date.
  const undated = doc.dateSource === 'fetched';
  const rtl = doc.lang === 'ar' || doc.lang === 'fa' || doc.lang === 'he' || doc.lang === 'ur';
  return layout({
    title: `${doc.title} · ${SITE_NAME}`,
    bodyClass: 'page-article',
    skipTo: 'the article',
    main: html`${topBar('', false)}
<div class="article-layout">
  <main id="results" class="article" lang="${doc.lang}" dir="${rtl ? 'rtl' : 'auto'}">
    <p class="breadcrumb" dir="ltr"><a href="${back}" class="back-link">← Search</a>${doc.section ? html` <span aria-hidden="true">/</span> <a href="${filterOnly('section', doc.section)}">${doc.section}</a>` : ''}</p>
    <header class="article-head">
      <h1 class="article-title" dir="auto">${doc.title}</h1>
      ${doc.subtitle ? html`<p class="article-subtitle" dir="auto">${doc.subtitle}</p>` : ''}
      <p class="article-byline" dir="auto">
        ${doc.authors.length > 0 ? html`<span class="byline-authors">By ${doc.authors.join(', ')}</span>` : ''}
        ${undated ? html`<span class="byline-undated" title="${UNDATED_HINT}">undated</span> · fetched ` : ''}<time datetime="${doc.publishedAt}" title="${formatDateTime(doc.publishedAt)}">${formatDate(doc.publishedAt)}</time>
        ${doc.updatedAt && doc.updatedAt.slice(0, 10) !== doc.publishedAt.slice(0, 10) ? html`<span class="byline-updated">updated <time datetime="${doc.updatedAt}">${formatDate(doc.updatedAt)}</time></span>` : ''}
      </p>
    </header>
    <div class="article-body">
      ${doc.paragraphs.map((p) => html`<p dir="auto">${p}</p>`)}
    </div>
  </main>
  <aside class="article-aside" aria-label="About this article">
    ${entityList('Nations', 'nation', shownEntities('nations', doc.entities.nations, rtl, entities))}
    ${entityList('Persons', 'person', shownEntities('persons', doc.entities.persons, rtl, entities))}
    ${doc.tags.length > 0 ? html`<section class="card"><h2 class="card-title">Tags</h2><ul class="tag-list">${doc.tags.map((t) => html`<li dir="auto"><a href="${searchHref({ ...emptyState(), q: `"${t}"` })}" title="Search for ${t}">${t}</a></li>`)}</ul></section>` : ''}
    <section class="card details">
      <h2 class="card-title">Details</h2>
      <dl>
        <dt>${undated ? 'Fetched (undated)' : 'Published'}</dt><dd>${formatDateTime(doc.publishedAt)}</dd>
        ${doc.section ? html`<dt>Section</dt><dd>${doc.section}</dd>` : ''}
        <dt>Length</dt><dd>${plural(doc.wordCount, 'word')}</dd>
        <dt>Source</dt><dd>${doc.source}</dd>
        <dt>Language</dt><dd>${doc.lang}</dd>
      </dl>
      ${original ? html`<p><a class="original-link" href="${original}" rel="noopener noreferrer nofollow">Read the original ↗</a></p>` : ''}
      <p><a class="json-link" href="/api/articles/${encodeURIComponent(doc.id)}">JSON</a></p>
    </section>
  </aside>
</div>`,
  });
}

const UNDATED_HINT = 'The page states no publication date; the date shown is when it was fetched.';

interface ShownEntity {
  /** the facet value the chip filters by */
  label: string;
  /** what the chip says */
  text: string;
}

/** Each name as its entity: the label, with the Arabic name beside it on an Arabic page; one chip per entity. */
function shownEntities(
  facet: 'nations' | 'persons',
  names: readonly string[],
  arabicPage: boolean,
  entities?: EntityLookup,
): ShownEntity[] {
  const shown = new Map<string, ShownEntity>();
  for (const name of names) {
    const entity = entities?.resolve(facet, name);
    const label = entity?.label ?? name;
    const arabic = entity?.labelAr;
    const text = arabicPage && arabic && arabic !== label ? `${label} · ${arabic}` : label;
    if (!shown.has(label)) shown.set(label, { label, text });
  }
  return [...shown.values()];
}

function entityList(title: string, key: 'nation' | 'person', values: readonly ShownEntity[]): SafeHtml | '' {
  if (values.length === 0) return '';
  return html`<section class="card">
  <h2 class="card-title">${title}</h2>
  <ul class="chips">${values.map(
    (v) =>
      html`<li><a class="chip chip-${key}" href="${profileHref(key, v.label)}" title="Profile of ${v.label}" dir="auto">${v.text}</a><a class="chip-profile" href="${filterOnly(key, v.label)}" title="Search the articles that mention ${v.label}" aria-label="Search the articles that mention ${v.label}">⌕</a></li>`,
  )}</ul>
</section>`;
}
