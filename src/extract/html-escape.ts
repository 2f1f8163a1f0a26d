/**
 * @module Escaping text for HTML: the one escaper of the search snippets and the page views, so
 * article text can never become markup on either path.
 */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // old browsers read a backtick as an attribute quote
  '`': '&#96;',
};
const ESCAPE_CHARS = /[&<>"'`]/g;

/** Escape text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPE_CHARS, (c) => ESCAPES[c]!);
}
