/**
 * @module The term dictionary: every indexed word with its number, and the searches that turn a
 * query word into indexed words (exact, prefix, within a typo distance; the last through a trie
 * of the sorted terms, rebuilt when terms were added).
 */
import { TermTrie } from './term-trie.js';
import type { Derivation } from './term-trie.js';

export class Vocabulary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private sorted: Uint32Array = new Uint32Array(0);
  private sortedCount = 0;
  private trie: TermTrie | null = null;

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term's number, adding it if new (a new term's number is the size before). */
  intern(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    return id;
  }

  /** Restore a term with a known number (when loading the dictionary). */
  load(id: number, term: string): void {
    this.terms[id] = term;
    this.ids.set(term, id);
  }

  /** Forget terms numbered `size` or more (handed out by a write that failed). */
  truncate(size: number): void {
    for (const term of this.terms.splice(size)) this.ids.delete(term);
    this.sortedCount = -1;
    this.trie = null;
  }

  /** Terms starting with `prefix` (the prefix itself included when indexed). */
  withPrefix(prefix: string): number[] {
    const order = this.order();
    const out: number[] = [];
    for (let i = this.lowerBound(prefix); i < order.length; i++) {
      const id = order[i]!;
      if (!this.terms[id]!.startsWith(prefix)) break;
      out.push(id);
    }
    return out;
  }

  /**
   * Terms within `maxTypos` edits of `word` (Damerau-Levenshtein, optimal string alignment);
   * with `prefix` (the last query word), terms that have a prefix within that distance, so
   * typo tolerance and prefix matching combine: "coaliton" reaches "coalitions" with one typo.
   * Exact matches come back too, with typos 0. A term whose first letter differs counts two
   * typos (Meilisearch's rule): only with `maxTypos` 2, and then within one edit.
   */
  fuzzy(word: string, maxTypos: number, prefix: boolean): Derivation[] {
    const order = this.order();
    this.trie ??= new TermTrie(order, this.terms);
    return this.trie.fuzzy(word, maxTypos, prefix);
  }

  /** Terms in code-unit order; rebuilt lazily after terms were added. */
  private order(): Uint32Array {
    if (this.sortedCount !== this.terms.length) {
      const ids = Array.from({ length: this.terms.length }, (_, i) => i);
      const terms = this.terms;
      ids.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
      this.sorted = Uint32Array.from(ids);
      this.sortedCount = this.terms.length;
      this.trie = null;
    }
    return this.sorted;
  }

  private lowerBound(key: string): number {
    const order = this.order();
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[order[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
