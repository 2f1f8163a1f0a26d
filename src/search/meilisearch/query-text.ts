/**
 * @module The free-text part of a query in Meilisearch's syntax. Words, "quoted phrases" and
 * -excluded words/phrases mean the same to Meilisearch (1.8+) as to our API, so the text passes
 * through token by token; only malformed pieces are repaired so both engines read them alike:
 * an unclosed quote is closed, empty phrases and lone dashes are dropped, whitespace collapsed.
 */

/** One token: a word or phrase, possibly negated. */
export interface QueryToken {
  text: string;
  phrase: boolean;
  negated: boolean;
}

// A token is: optional "-", then either "…" (closing quote optional at the end) or a run of non-space.
const TOKEN = /(-?)(?:"([^"]*)("?)|([^\s"]+))/g;

export function tokenizeQuery(q: string): QueryToken[] {
  const tokens: QueryToken[] = [];
  for (const m of q.matchAll(TOKEN)) {
    const [, dash, phraseText, , word] = m;
    const negated = dash === '-';
    if (phraseText !== undefined) {
      const text = phraseText.trim().replace(/\s+/g, ' ');
      if (text !== '') tokens.push({ text, phrase: true, negated });
    } else if (word !== undefined && !/^-+$/.test(word)) { // a dash alone excludes nothing
      tokens.push({ text: word, phrase: false, negated });
    }
  }
  return tokens;
}

/** The `q` Meilisearch receives. */
export function toMeiliQuery(q: string): string {
  return tokenizeQuery(q)
    .map((t) => `${t.negated ? '-' : ''}${t.phrase ? `"${t.text}"` : t.text}`)
    .join(' ');
}
