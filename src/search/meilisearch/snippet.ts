/**
 * @module Highlighting without trusting article text. Meilisearch wraps matches in the tags we
 * give it but escapes nothing, so it is given two private-use characters as tags; the text is
 * then HTML-escaped and only those characters become <mark> and </mark>.
 */
// the embedded engine's escaping, so both engines give byte-identical snippets
import { escapeHtml } from '../../extract/html-escape.js';

/** U+E000 / U+E001 (Unicode private use area): never meaningful in news text, stripped at indexing. */
export const HIGHLIGHT_PRE = '\uE000';
export const HIGHLIGHT_POST = '\uE001';
const SENTINELS = /[\uE000\uE001]/g;

/** Remove the sentinel characters from text before it is indexed. */
export function stripSentinels(text: string): string {
  return text.replace(SENTINELS, '');
}

// The rest of a word after a mark: Meilisearch marks only as many characters as the query word
// has for a prefix or typo match ("beirt" -> <mark>Beiru</mark>t); the embedded engine marks words.
const WORD_REST = /^[\p{L}\p{N}\p{M}\u0640]+/u;

/**
 * Meilisearch's highlighted/cropped text -> HTML-escaped text with <mark>…</mark>, each mark
 * extended to the end of its word. Unpaired sentinels (not expected from Meilisearch) never leave
 * markup unbalanced: a stray closing one is dropped, an unclosed one is closed at the end.
 */
export function renderHighlight(formatted: string): string {
  const pieces: string[] = [];
  let open = false;
  let closing = false;
  for (const part of formatted.split(/([\uE000\uE001])/)) {
    if (part === HIGHLIGHT_PRE) {
      if (closing)
        pieces.push('</mark>'); // the next mark starts right where the last one ended
      else if (!open) pieces.push('<mark>');
      closing = false;
      open = true;
    } else if (part === HIGHLIGHT_POST) {
      if (open) closing = true; // closed once the word's remaining letters are in
      open = false;
    } else if (closing) {
      const rest = WORD_REST.exec(part)?.[0] ?? '';
      pieces.push(escapeHtml(rest), '</mark>', escapeHtml(part.slice(rest.length)));
      closing = false;
    } else {
      pieces.push(escapeHtml(part));
    }
  }
  if (closing) pieces.push('</mark>');
  if (open) pieces.push('</mark>');
  return pieces.join('');
}
