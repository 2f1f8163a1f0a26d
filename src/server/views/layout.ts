/**
 * @module The page shell: head (CSS and deferred JS as static files, so the CSP needs no
 * 'unsafe-inline'), top bar with the search box, footer.
 */
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { assetUrl } from '../assets.js';

export interface LayoutOptions {
  title: string;
  /** the current free-text query, echoed in the top bar's search box */
  q?: string;
  /** the form id the top bar's box belongs to (the search page wraps its filters in it) */
  formId?: string;
  /** classes on <body>, e.g. the page kind */
  bodyClass: string;
  /** what the skip link jumps to, the page's <main id="results">: "results", "the article" */
  skipTo: string;
  /** a feed of this page (the search page's Atom feed), announced to browsers and feed readers */
  feed?: { title: string; href: string };
  main: HtmlValue;
}

export const SITE_NAME = 'Archivist';
export const SEARCH_FORM_ID = 'search-form';

export function layout(opts: LayoutOptions): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${opts.title}</title>
<meta name="description" content="Search a news archive by text, nation, person, date and section.">
<link rel="stylesheet" href="${assetUrl('app.css')}">
<link rel="icon" href="${assetUrl('favicon.svg')}" type="image/svg+xml">
<script src="${assetUrl('app.js')}" defer></script>
${opts.feed ? html`<link rel="alternate" type="application/atom+xml" title="${opts.feed.title}" href="${opts.feed.href}">` : ''}
</head>
<body class="${opts.bodyClass}">
<a class="skip" href="#results">Skip to ${opts.skipTo}</a>
${opts.main}
<footer class="site-footer"><p>${SITE_NAME}: a search-indexed news archive. <a href="/api/docs">API</a> · <a href="/batch">Batch lookup</a></p></footer>
</body>
</html>`;
}

/** Top bar: brand and the search box. Inside the search page's form, or its own small form. */
export function topBar(q: string, insideForm: boolean): SafeHtml {
  const box = html`<div class="searchbox" role="search">
  <svg class="searchbox-icon" viewBox="0 0 24 24" aria-hidden="true" width="20" height="20"><circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" stroke-width="2"/><path d="M20 20l-4-4" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
  <input id="q" type="search" name="q" value="${q}" placeholder="Search articles: words, &quot;exact phrases&quot;, -exclude" aria-label="Search articles" autocomplete="off" maxlength="512" dir="auto">
  <button type="submit" class="searchbox-go">Search</button>
</div>`;
  return html`<header class="topbar">
  <div class="topbar-inner">
    <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">A</span><span class="brand-name">${SITE_NAME}</span><span class="brand-tag">news archive</span></a>
    ${insideForm ? box : html`<form class="topbar-form" method="get" action="/">${box}</form>`}
    <nav class="site-nav" aria-label="Tools"><a href="/trends">Trends</a></nav>
  </div>
</header>`;
}
