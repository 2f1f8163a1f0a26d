/**
 * @module `_formatted` text as Meilisearch writes it (milli src/search/new/matches/mod.rs and
 * matching_words.rs): a token matching a phrase or an exactly matched word is marked whole; a
 * token matched through a prefix term (the query's last word, typo or not) is marked only for as
 * many characters as the query word has ("beirt" -> <mark>Beiru</mark>t, "renew" ->
 * <mark>renew</mark>able: MatchingWords::match_unique_words takes original_char_count). Stop
 * words are never marked. Cropping is simplified: past cropLength words the text is cut to the
 * cropLength words from its first match, with "…" where text was left out.
 */
import type { ParsedQuery } from './query.js';
import { wordCost } from './query.js';
import { normalizeText, originalLength, words, type Token } from './tokenizer.js';

interface Tags {
  pre: string;
  post: string;
}

export function highlightText(
  text: string,
  query: ParsedQuery,
  vocabulary: ReadonlySet<string>,
  synonyms: Record<string, string[]>,
  tags: Tags,
  cropLength: number | undefined,
  stopWords: ReadonlySet<string>,
): string {
  const tokens = words(text, stopWords);
  const marks = new Map<Token, number>(); // token -> marked UTF-16 length
  markPhrases(tokens, query, marks);
  for (const token of tokens) {
    if (token.kind !== 'word' || marks.has(token)) continue;
    const length = wordMatchLength(text, token, query, vocabulary, synonyms);
    if (length !== undefined) marks.set(token, length);
  }
  const [from, to] = cropWindow(text, tokens, marks, cropLength);
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const token of tokens) {
    const length = marks.get(token);
    if (length === undefined || token.start < from || token.end > to) continue;
    out += text.slice(at, token.start) + tags.pre + text.slice(token.start, token.start + length) + tags.post;
    at = token.start + length;
  }
  return out + text.slice(at, to) + (to < text.length ? '…' : '');
}

function markPhrases(tokens: Token[], query: ParsedQuery, marks: Map<Token, number>): void {
  for (const term of query.terms) {
    if (term.kind !== 'phrase') continue;
    tokens.forEach((_, i) => {
      const run = term.words.map((w, k) => tokens[i + k]).filter((t): t is Token => t !== undefined);
      if (run.length !== term.words.length || !term.words.every((w, k) => w === null || run[k]!.lemma === w)) return;
      run.forEach((t, k) => term.words[k] !== null && marks.set(t, t.end - t.start));
    });
  }
}

/** The marked length of a token matched by a word term, or undefined. */
function wordMatchLength(
  text: string,
  token: Token,
  query: ParsedQuery,
  vocabulary: ReadonlySet<string>,
  synonyms: Record<string, string[]>,
): number | undefined {
  for (const term of query.terms) {
    if (term.kind !== 'word' || !vocabulary.has(token.lemma)) continue;
    if (wordCost(term, token.lemma, synonyms[term.word]) === undefined) continue;
    if (!term.prefix) return token.end - token.start;
    const count = Math.min(term.chars, [...normalizeText(token.lemma)].length);
    return originalLength(text, token, count);
  }
  return undefined;
}

function cropWindow(text: string, tokens: Token[], marks: Map<Token, number>, cropLength: number | undefined): [number, number] {
  if (cropLength === undefined || tokens.length <= cropLength) return [0, text.length];
  const first = Math.max(
    0,
    tokens.findIndex((t) => marks.has(t)),
  );
  const last = Math.min(tokens.length, first + cropLength) - 1;
  return [tokens[first]!.start, tokens[last]!.end];
}
