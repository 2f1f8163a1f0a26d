/**
 * @module The vocabulary as a trie in flat arrays, for typo search: a depth-first walk keeps
 * one edit-distance row per depth and abandons a branch as soon as every entry of its row is
 * over the limit, so a query word visits a few thousand nodes, not every term. Nodes are laid
 * out in sorted-term order, so a node's terms are one contiguous range of that order.
 */
import { FIRST_LETTER_TYPOS } from '../query/index.js';

/** A query word's way into the index: one indexed term and how it was reached. */
export interface Derivation {
  termId: number;
  typos: number;
}

/** The trie's node columns while it is built (plain arrays grow; typed arrays are kept). */
interface Columns {
  char: number[];
  firstChild: number[];
  nextSibling: number[];
  term: number[];
  rangeStart: number[];
  rangeEnd: number[];
}

export class TermTrie {
  // Node columns as typed arrays: off the JS heap (a large vocabulary has tens of thousands of
  // nodes; as arrays of numbers they cost twice the bytes and the garbage collector's time).
  private readonly char: Int32Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  /** the term ending at a node, or -1 */
  private readonly term: Int32Array;
  /** range [rangeStart, rangeEnd) of `order` holding the node's subtree */
  private readonly rangeStart: Int32Array;
  private readonly rangeEnd: Int32Array;

  /** `order`: term ids sorted by their strings; `terms`: strings by id. */
  constructor(
    private readonly order: Uint32Array,
    terms: readonly string[],
  ) {
    const c = build(order, terms);
    this.char = Int32Array.from(c.char);
    this.firstChild = Int32Array.from(c.firstChild);
    this.nextSibling = Int32Array.from(c.nextSibling);
    this.term = Int32Array.from(c.term);
    this.rangeStart = Int32Array.from(c.rangeStart);
    this.rangeEnd = Int32Array.from(c.rangeEnd);
  }

  /** See Vocabulary.fuzzy. */
  fuzzy(word: string, maxTypos: number, prefix: boolean): Derivation[] {
    const m = word.length;
    const w = Array.from({ length: m }, (_, i) => word.charCodeAt(i));
    const rows: Int32Array[] = [Int32Array.from({ length: m + 1 }, (_, i) => i)];
    const path: number[] = [0]; // characters along the current branch, path[k] = char at depth k
    const best: number[] = [m]; // best[k]: least distance of word to a prefix of the branch, depth <= k
    const limitAt: number[] = [maxTypos];
    const out: Derivation[] = [];
    const stack: number[] = []; // pairs: node, depth
    for (let c = this.firstChild[0]!; c !== -1; c = this.nextSibling[c]!) stack.push(c, 1);
    while (stack.length > 0) {
      const k = stack.pop()!;
      const node = stack.pop()!;
      const ch = this.char[node]!;
      path[k] = ch;
      // Meilisearch counts a different first letter as two typos: a word allowed one typo
      // must start with its own letter, and one allowed two then has no other typo.
      if (k === 1 && ch !== w[0] && maxTypos < 2) continue;
      const limit = k === 1 ? (ch !== w[0] ? 1 : maxTypos) : limitAt[k - 1]!;
      limitAt[k] = limit;
      const counted = path[1] !== w[0] ? FIRST_LETTER_TYPOS : -1;
      const row = (rows[k] ??= new Int32Array(m + 1));
      const up = rows[k - 1]!;
      row[0] = k;
      let rowMin = k;
      for (let i = 1; i <= m; i++) {
        const wc = w[i - 1]!;
        let v = Math.min(up[i]! + 1, row[i - 1]! + 1, up[i - 1]! + (wc === ch ? 0 : 1));
        if (k > 1 && i > 1 && wc === path[k - 1] && w[i - 2] === ch) v = Math.min(v, rows[k - 2]![i - 2]! + 1);
        row[i] = v;
        if (v < rowMin) rowMin = v;
      }
      best[k] = Math.min(best[k - 1]!, row[m]!);
      if (rowMin > limit) {
        // nothing below comes back within reach; in prefix mode all of it already matched
        const reached = best[k - 1]!;
        if (prefix && reached <= limit) this.emitRange(node, counted === -1 ? reached : counted, out);
        continue;
      }
      const id = this.term[node]!;
      if (id !== -1) {
        const d = prefix ? best[k] : row[m]!;
        if (d <= limit) out.push({ termId: id, typos: counted === -1 ? d : counted });
      }
      for (let c = this.firstChild[node]!; c !== -1; c = this.nextSibling[c]!) stack.push(c, k + 1);
    }
    return out;
  }

  private emitRange(node: number, typos: number, out: Derivation[]): void {
    for (let i = this.rangeStart[node]!; i < this.rangeEnd[node]!; i++) out.push({ termId: this.order[i]!, typos });
  }
}

/** The node columns of the trie of `order` (nodes in sorted-term order, see the module note). */
function build(order: Uint32Array, terms: readonly string[]): Columns {
  const c: Columns = { char: [0], firstChild: [-1], nextSibling: [-1], term: [-1], rangeStart: [0], rangeEnd: [0] };
  const path: number[] = [0]; // nodes from the root along the previous term
  const lastChild: number[] = [-1];
  let prev = '';
  for (let i = 0; i < order.length; i++) {
    const t = terms[order[i]!]!;
    let common = 0;
    while (common < prev.length && common < t.length && prev.charCodeAt(common) === t.charCodeAt(common)) common++;
    path.length = common + 1;
    for (let k = common; k < t.length; k++) {
      const parent = path[k]!;
      const node = c.char.length;
      c.char.push(t.charCodeAt(k));
      c.firstChild.push(-1);
      c.nextSibling.push(-1);
      c.term.push(-1);
      c.rangeStart.push(i);
      c.rangeEnd.push(i);
      lastChild.push(-1);
      if (lastChild[parent] === -1) c.firstChild[parent] = node;
      else c.nextSibling[lastChild[parent]!] = node;
      lastChild[parent] = node;
      path.push(node);
    }
    c.term[path[t.length]!] = order[i]!;
    for (const node of path) c.rangeEnd[node] = i + 1;
    prev = t;
  }
  return c;
}
