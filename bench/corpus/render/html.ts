/**
 * @module HTML text helpers for the page renderers: escaping, and "decorating" a paragraph the
 * way the site's editors leave it (inline links, emphasis, &nbsp;, stray line breaks) without
 * changing its text once entities are decoded and whitespace collapsed.
 */
import type { Prng } from '../prng.js';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#x27;' };
const NEEDS_ESCAPE = /[&<>"']/;
const ESCAPE_G = /[&<>"']/g;

export function esc(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPE_G, (c) => ESCAPES[c]!) : text;
}

// Named entities the site's CMS writes for typographic characters.
const TYPOGRAPHIC: Readonly<Record<string, string>> = { '’': '&rsquo;', '—': '&mdash;', '–': '&ndash;', '“': '&ldquo;', '”': '&rdquo;' };

// How often an editor's habits show up, per paragraph (read off the site's pages).
const LINK_SHARE = 0.3;
const EM_SHARE = 0.2;
const NBSP_SHARE = 0.2;
const ENTITY_SHARE = 0.3;
const PADDED_SHARE = 0.1;

/** One paragraph as `<p>…</p>` with inline markup that leaves its text unchanged. */
export function decorate(text: string, rng: Prng): string {
  const words = text.split(' ');
  const marks: (string | null)[] = words.map(() => null);
  if (words.length > 6 && rng.chance(LINK_SHARE)) markSpan(marks, rng, words.length, `a href="/news/related-${rng.int(10_000, 999_999)}"`);
  if (words.length > 6 && rng.chance(EM_SHARE)) markSpan(marks, rng, words.length, 'em');
  let html = '';
  for (let i = 0; i < words.length; i++) {
    const mark = marks[i];
    const w = esc(words[i]!);
    if (i > 0) html += i === 1 && rng.chance(NBSP_SHARE) ? '&nbsp;' : ' ';
    if (mark && (i === 0 || marks[i - 1] !== mark)) html += `<${mark}>`;
    html += w;
    if (mark && marks[i + 1] !== mark) html += `</${mark.split(' ')[0]}>`;
  }
  if (rng.chance(ENTITY_SHARE)) html = html.replace(/[’—–“”]/g, (c) => TYPOGRAPHIC[c]!);
  return rng.chance(PADDED_SHARE) ? `<p>\n    ${html}  \n</p>` : `<p>${html}</p>`;
}

/** Mark two or three consecutive unmarked words with `tag`. */
function markSpan(marks: (string | null)[], rng: Prng, n: number, tag: string): void {
  const len = rng.int(2, 3);
  const start = rng.int(1, n - len - 1);
  for (let i = start; i < start + len; i++) if (marks[i] !== null) return;
  for (let i = start; i < start + len; i++) marks[i] = tag;
}
