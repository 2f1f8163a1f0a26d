/**
 * @module The term dictionary: every indexed word with its number, and the searches that turn a
 * query word into indexed words (exact, prefix, within a typo distance). The typo search walks
 * the sorted term list as an implicit trie, reusing the edit-distance rows of shared prefixes
 * and skipping every term under a prefix that is already too far away.
 */

/** A query word's way into the index: one indexed term and how it was reached. */
export interface Derivation {
  termId: number;
  typos: number;
}

export class Vocabulary {
  readonly terms: string[] = [];
  private readonly ids = new Map<string, number>();
  private sorted: Uint32Array = new Uint32Array(0);
  private sortedCount = 0;

  get size(): number {
    return this.terms.length;
  }

  id(term: string): number | undefined {
    return this.ids.get(term);
  }

  /** The term's number, adding it if new. */
  intern(term: string): { id: number; added: boolean } {
    const known = this.ids.get(term);
    if (known !== undefined) return { id: known, added: false };
    const id = this.terms.length;
    this.terms.push(term);
    this.ids.set(term, id);
    return { id, added: true };
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
   * with `prefix`, terms that have a prefix within that distance. Exact matches come back too,
   * with typos 0. With `maxTypos` 2, terms whose first letter differs get only one typo.
   */
  fuzzy(word: string, maxTypos: number, prefix: boolean): Derivation[] {
    const order = this.order();
    const terms = this.terms;
    const m = word.length;
    const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, i) => i)];
    const bestLast: number[] = [m]; // bestLast[k]: min distance of word to t[0..j), j <= k
    const out: Derivation[] = [];
    let prev = '';
    let valid = 0; // rows[0..valid] hold the rows of prev's first `valid` characters
    let i = 0;
    while (i < order.length) {
      const t = terms[order[i]!]!;
      // Meilisearch's rule: a word allowed two typos gets only one when its first letter is
      // wrong (the wrong first letter is that one typo).
      const limit = maxTypos === 2 && t.charCodeAt(0) !== word.charCodeAt(0) ? 1 : maxTypos;
      let k = commonPrefix(prev, t, valid);
      let pruned = -1;
      for (k = k + 1; k <= t.length; k++) {
        const rowMin = fillRow(rows, k, word, t);
        bestLast[k] = Math.min(bestLast[k - 1]!, rows[k]![m]!);
        if (rowMin > limit) {
          pruned = k;
          break;
        }
      }
      prev = t;
      if (pruned === -1) {
        valid = t.length;
        const d = prefix ? bestLast[t.length]! : rows[t.length]![m]!;
        if (d <= limit) out.push({ termId: order[i]!, typos: d });
        i++;
        continue;
      }
      valid = pruned - 1;
      // Nothing under t[0..pruned) can come back within reach: skip them all (in prefix mode
      // they all match with the distance already reached by a shorter prefix, if any).
      const stem = t.slice(0, pruned);
      const end = this.prefixEnd(stem, i);
      const reached = bestLast[pruned - 1]!;
      if (prefix && reached <= limit) for (let j = i; j < end; j++) out.push({ termId: order[j]!, typos: reached });
      i = end;
    }
    return out;
  }

  /** Terms in code-unit order; rebuilt lazily after terms were added. */
  private order(): Uint32Array {
    if (this.sortedCount !== this.terms.length) {
      const ids = Array.from({ length: this.terms.length }, (_, i) => i);
      const terms = this.terms;
      ids.sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
      this.sorted = Uint32Array.from(ids);
      this.sortedCount = this.terms.length;
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

  /** First index at or after `from` whose term does not start with `stem`. */
  private prefixEnd(stem: string, from: number): number {
    const order = this.sorted;
    let lo = from;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.terms[order[mid]!]!.startsWith(stem)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function commonPrefix(a: string, b: string, limit: number): number {
  const n = Math.min(a.length, b.length, limit);
  let k = 0;
  while (k < n && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k;
}

/** Row k of the OSA distance table between `word` and t[0..k); returns the row's minimum. */
function fillRow(rows: Int32Array[], k: number, word: string, t: string): number {
  const m = word.length;
  const row = (rows[k] ??= new Int32Array(m + 1));
  const up = rows[k - 1]!;
  const c = t.charCodeAt(k - 1);
  row[0] = k;
  let min = k;
  for (let i = 1; i <= m; i++) {
    const wc = word.charCodeAt(i - 1);
    let v = Math.min(up[i]! + 1, row[i - 1]! + 1, up[i - 1]! + (wc === c ? 0 : 1));
    if (k > 1 && i > 1 && wc === t.charCodeAt(k - 2) && word.charCodeAt(i - 2) === c) v = Math.min(v, rows[k - 2]![i - 2]! + 1);
    row[i] = v;
    if (v < min) min = v;
  }
  return min;
}
