/**
 * @module HTML error pages (404, 503, 500): the message is escaped like everything else.
 */
import { html, type SafeHtml } from './html.js';
import { layout, topBar } from './layout.js';

const HEADINGS: Record<number, string> = {
  400: 'That request could not be understood',
  404: 'Page not found',
  413: 'That request is too large',
  429: 'Too many requests',
  503: 'Search is temporarily unavailable',
};

export function errorPage(status: number, message: string): SafeHtml {
  const heading = HEADINGS[status] ?? (status >= 500 ? 'Something went wrong' : 'Request refused');
  const hint =
    status === 404 ? 'The page may have moved, or the address was mistyped.' : status >= 500 ? 'Please try again in a moment.' : '';
  return layout({
    title: `${heading} · Archivist`,
    bodyClass: 'page-error',
    skipTo: 'the message',
    main: html`${topBar('', false)}
<main id="results" class="error-main">
  <p class="error-status">${status}</p>
  <h1>${heading}</h1>
  <p class="error-message">${message}</p>
  ${hint ? html`<p class="error-hint">${hint}</p>` : ''}
  <p><a class="button" href="/">Back to search</a></p>
</main>`,
  });
}
