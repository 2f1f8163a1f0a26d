/**
 * @module The free-text part of a query in Meilisearch's syntax. Words, "quoted phrases" and
 * -excluded words/phrases mean the same to Meilisearch (1.8+) as to our API, so the text passes
 * through token by token; only malformed pieces are repaired so both engines read them alike:
 * an unclosed quote is closed, empty phrases and lone dashes are dropped, whitespace collapsed.
 */
import { foldAbbreviations, tokenize } from '../query/index.js';

/** One token: a word or phrase, possibly negated. */
export interface QueryToken {
  text: string;
  phrase: boolean;
  negated: boolean;
}

// The same segmentation as the shared parser (src/search/query/parse.ts): a quoted phrase, its
// closing quote optional at the end, or a run of non-space characters. Kept here because the
// shared parser normalises words and groups phrases apart, and Meilisearch needs the original
// words in their order (its "last" matching strategy drops words from the end).
const PART = /(-?)"([^"]*)("|$)|(\S+)/g;

export function tokenizeQuery(q: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const m of foldAbbreviations(q).matchAll(PART)) {
    const [, dash, phraseText, , raw] = m;
    if (phraseText !== undefined) {
      const text = phraseText.trim().replace(/\s+/g, ' ');
      if (hasWords(text)) tokens.push({ text, phrase: true, negated: dash === '-' });
      continue;
    }
    // "-word" excludes; a lone "-" or a hyphen inside a word ("al-Assad") does not. A quote
    // inside a run (foo"bar) is not a phrase for the shared parser, so not for Meilisearch.
    const negated = raw!.length > 1 && raw!.startsWith('-');
    const text = (negated ? raw!.slice(1).replace(/^-+/, '') : raw!).replace(/"/g, ' ').trim().replace(/\s+/g, ' ');
    if (!hasWords(text)) continue;
    if (negated)
      tokens.push({ text, phrase: text.includes(' '), negated }); // -foo"bar excludes the pair, as one
    else for (const word of text.split(' ')) if (hasWords(word)) tokens.push({ text: word, phrase: false, negated });
  }
  return tokens;
}

/**
 * The `q` Meilisearch receives. A negation is always quoted: Meilisearch applies "-" to the next
 * token only and splits words at ' and - (and the Arabic article), so -al-Assad unquoted would
 * exclude every "al" and search for "assad". Negations go first: Meilisearch reads at most ten
 * terms, and an exclusion cut off at the end would be silently dropped.
 */
export function toMeiliQuery(q: string): string {
  const tokens = tokenizeQuery(q);
  return [...tokens.filter((t) => t.negated), ...tokens.filter((t) => !t.negated)]
    .map((t) => (t.negated ? `-"${t.text}"` : t.phrase ? `"${t.text}"` : t.text))
    .join(' ');
}

/** Punctuation alone ("-", "…") is no search term for either engine. */
function hasWords(text: string): boolean {
  return tokenize(text).length > 0;
}
