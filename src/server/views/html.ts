/**
 * @module The only way markup is built: an `html` tagged template that escapes every
 * interpolated value unless it is already `SafeHtml` (built by this module). Article text,
 * query strings and facet values therefore can never become markup by accident; the one
 * exception, highlighted snippets, goes through `highlighted()`, which keeps the server's own
 * `<mark>` tags and escapes everything else.
 */
import { escapeHtml } from '../../extract/html-escape.js';

/** A string known to be safe markup: produced by `html`, `raw` or `highlighted` only. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Values an `html` template accepts: nested markup, text, numbers, lists of those, or nothing. */
export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

/** Tagged template: `html\`<p>${userText}</p>\`` escapes userText; nested `html` stays markup. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Trusted markup written in this codebase (never data). */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** Join rendered values into one SafeHtml. */
export function join(values: readonly HtmlValue[], separator = ''): SafeHtml {
  return new SafeHtml(values.map(render).join(separator));
}

const MARK_TAG = /(<\/?mark>)/;

/**
 * Keep exactly `<mark>` and `</mark>` (balanced) from a highlighted snippet and escape every
 * other `<`, `>`, quote and stray `&`. Engines promise escaped text with marks; this holds even
 * if one does not, so a scraped `<script>` can never reach the page.
 */
export function highlighted(snippet: string): SafeHtml {
  let out = '';
  let open = false;
  for (const part of snippet.split(MARK_TAG)) {
    if (part === '<mark>') {
      if (!open) out += '<mark>';
      open = true;
    } else if (part === '</mark>') {
      if (open) out += '</mark>';
      open = false;
    } else {
      out += escapeKeepingEntities(part);
    }
  }
  if (open) out += '</mark>';
  return new SafeHtml(out);
}

/** The same rule for JSON answers: a string, not markup. */
export function sanitizeHighlighted(snippet: string): string {
  return highlighted(snippet).value;
}

// Everything the escaper would touch, except an `&` that already starts a known entity.
const UNSAFE_KEEPING_ENTITIES = /[<>"'`]|&(?!(?:amp|lt|gt|quot|apos|#39|#96|#\d{1,7}|#x[0-9a-f]{1,6});)/gi;

function escapeKeepingEntities(text: string): string {
  return text.replace(UNSAFE_KEEPING_ENTITIES, escapeHtml);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}
