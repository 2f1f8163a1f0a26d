/**
 * @module Engine-neutral parsing of the `q` parameter into words, "quoted phrases" and
 * -negations, already normalised. Both engines use it; the Meilisearch adapter may rebuild
 * its query string from the parts.
 */
import { tokenize } from './normalize.js';

/** Meilisearch ignores query words past the tenth; we do the same so both engines agree. */
export const MAX_QUERY_WORDS = 10;

export interface ParsedQuery {
  /** positive words in query order (normalised) */
  words: string[];
  /** "quoted phrases": each a list of normalised words, matched exactly and adjacently */
  phrases: string[][];
  /** -words and -"phrases": documents containing any of them are excluded */
  negations: string[][];
}

// A quoted phrase (closing quote optional at the end), or a run of non-space characters.
const PART_RE = /(-?)"([^"]*)("|$)|(\S+)/g;

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], negations: [] };
  for (const m of q.matchAll(PART_RE)) {
    if (m[2] !== undefined) {
      const words = tokenize(m[2]);
      if (words.length === 0) continue;
      (m[1] === '-' ? parsed.negations : parsed.phrases).push(words);
    } else {
      const raw = m[4]!;
      // "-word" excludes; a lone "-" or a hyphen inside a word ("al-Assad") does not.
      if (raw.length > 1 && raw.startsWith('-')) {
        const words = tokenize(raw.slice(1));
        if (words.length > 0) parsed.negations.push(words);
      } else {
        parsed.words.push(...tokenize(raw));
      }
    }
  }
  parsed.words = parsed.words.slice(0, MAX_QUERY_WORDS);
  return parsed;
}

/** True when the query has no positive condition (only negations, or nothing). */
export function hasPositiveTerms(p: ParsedQuery): boolean {
  return p.words.length > 0 || p.phrases.length > 0;
}
