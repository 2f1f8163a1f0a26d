/**
 * @module Snippets and highlighting: HTML-escaped text with <mark>…</mark> around matched
 * words. Escaping happens here, on the article's text, so the only markup that can reach a
 * browser is our own <mark> (a "<script>" inside an article comes out as "&lt;script&gt;").
 */
import { sourceTokens, type SourceToken } from './normalize.js';

/** Words shown in a snippet: about two lines of a result list. */
export const SNIPPET_WORDS = 30;
/** Words of context kept before the first match, so the snippet does not start on it. */
export const SNIPPET_LEAD_WORDS = 4;
export const ELLIPSIS = '…';
export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Decides whether a normalised word of the text is a match of the query. */
export type WordMatcher = (norm: string) => boolean;

/** The whole of `text`, escaped, with matched words marked. */
export function highlight(text: string, isMatch: WordMatcher): string {
  const tokens = sourceTokens(text);
  return render(text, tokens, tokens.map((t) => isMatch(t.norm)), 0, text.length);
}

/**
 * A window of about SNIPPET_WORDS words around the place with the most distinct matched words
 * (the earliest such place), escaped and marked, with "…" where text was cut.
 */
export function snippet(text: string, isMatch: WordMatcher, words = SNIPPET_WORDS): string {
  const tokens = sourceTokens(text);
  if (tokens.length === 0) return escapeHtml(text.trim());
  const matched = tokens.map((t) => isMatch(t.norm));
  if (tokens.length <= words) return render(text, tokens, matched, 0, text.length).trim();
  const first = bestWindowStart(tokens, matched, words);
  const last = Math.min(tokens.length, first + words) - 1;
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  const head = first > 0 ? ELLIPSIS : '';
  const tail = last < tokens.length - 1 ? ELLIPSIS : '';
  return head + render(text, tokens.slice(first, last + 1), matched.slice(first, last + 1), start, end) + tail;
}

/** The first `words` words of `text`, escaped, "…" when cut: the snippet when nothing matched. */
export function lead(text: string, words = SNIPPET_WORDS): string {
  const tokens = sourceTokens(text, words + 1);
  if (tokens.length <= words) return escapeHtml(text.trim());
  return escapeHtml(text.slice(0, tokens[words - 1]!.end).trim()) + ELLIPSIS;
}

/**
 * Turn text that another engine marked with its own (unique) tags into our format: escape
 * everything, then put <mark> where the tags were. Used by the Meilisearch adapter.
 */
export function markedToHtml(text: string, preTag: string, postTag: string): string {
  return text
    .split(preTag)
    .map((part, i) => {
      if (i === 0) return escapeHtml(part.split(postTag).join(''));
      const close = part.indexOf(postTag);
      if (close === -1) return escapeHtml(part);
      return MARK_OPEN + escapeHtml(part.slice(0, close)) + MARK_CLOSE + escapeHtml(part.slice(close + postTag.length).split(postTag).join(''));
    })
    .join('');
}

function bestWindowStart(tokens: readonly SourceToken[], matched: readonly boolean[], words: number): number {
  let best = 0;
  let bestScore = 0;
  for (let p = 0; p < tokens.length; p++) {
    if (!matched[p]) continue;
    const start = Math.max(0, Math.min(p - SNIPPET_LEAD_WORDS, tokens.length - words));
    const seen = new Set<string>();
    for (let i = start; i < start + words; i++) if (matched[i]) seen.add(tokens[i]!.norm);
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = start;
    }
  }
  return best;
}

/** Escape text[from, to) and wrap the matched tokens (which lie inside it) in <mark>. */
function render(text: string, tokens: readonly SourceToken[], matched: readonly boolean[], from: number, to: number): string {
  let out = '';
  let pos = from;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!matched[i] || t.start < pos) continue;
    out += escapeHtml(text.slice(pos, t.start)) + MARK_OPEN + escapeHtml(text.slice(t.start, t.end)) + MARK_CLOSE;
    pos = t.end;
  }
  return out + escapeHtml(text.slice(pos, to));
}
