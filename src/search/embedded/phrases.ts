/**
 * @module Exact phrases ("quoted", -"negated" and multi-word synonyms), verified against the
 * term numbers each document's row already stores: the candidates are the documents still in
 * question (what the filters, and the query's words before a quoted phrase, left) whose
 * postings hold every word of the phrase, and a candidate matches when the words follow one
 * another, in order, within one field (title, subtitle or body: never across the boundary of
 * two). A separate phrase index was the largest part of the file and a large share of the
 * indexing CPU, for a check the rows can make; the price is a row read per candidate, which
 * makes a phrase of very common words slower (docs/benchmarks.md).
 */
import { Bitset } from './bitset.js';
import { SET_SLOT, type MemoryIndex } from './memory-index.js';
import { FIELD_BODY, FIELD_SUBTITLE, FIELD_TITLE } from './postings.js';
import { encodeTokens } from './row-codec.js';
import type { EngineStore } from './store.js';
import type { Vocabulary } from './vocabulary.js';

/** What phrase matching reads: the postings and live set, the term numbers, the rows. */
export interface PhraseContext {
  index: MemoryIndex;
  vocab: Vocabulary;
  store: EngineStore;
}

const FIELD_BITS = [FIELD_TITLE, FIELD_SUBTITLE, FIELD_BODY] as const;

/**
 * Call `fn(doc, fields)` for every document of `within` (a set of live documents) holding `words`
 * adjacently within one field, in document order; `fields` has the bit (postings.ts: title 1,
 * subtitle 2, body 4) of each field that holds it. A word that is not indexed matches nothing.
 */
export function forEachPhrase(
  words: readonly string[],
  ctx: PhraseContext,
  within: Bitset,
  fn: (doc: number, fields: number) => void,
): void {
  const ids = termIds(words, ctx.vocab);
  if (ids === undefined) return;
  if (ids.length === 1) {
    ctx.index.postings.forEach(ids[0]!, (doc, fields) => {
      if (within.has(doc)) fn(doc, fields);
    });
    return;
  }
  const known = learn(ids, ctx, within);
  const [title, subtitle, body] = known.fields;
  for (const doc of heldWithin(known, within).toArray()) {
    fn(doc, (title.has(doc) ? FIELD_TITLE : 0) | (subtitle.has(doc) ? FIELD_SUBTITLE : 0) | (body.has(doc) ? FIELD_BODY : 0));
  }
}

/**
 * The documents of `within` (a set of live documents) holding `words` adjacently in any one
 * field: quoted phrases and -exclusions, checked only where they can change the result.
 */
export function phraseSet(words: readonly string[], ctx: PhraseContext, within: Bitset): Bitset {
  const ids = termIds(words, ctx.vocab);
  if (ids === undefined) return new Bitset(ctx.index.n);
  if (ids.length === 1) {
    const out = new Bitset(ctx.index.n);
    forEachPhrase(words, ctx, within, (doc) => out.add(doc));
    return out;
  }
  return heldWithin(learn(ids, ctx, within), within);
}

/**
 * What is known of the phrase `ids` once every candidate of `within` is checked: each document
 * at most once while the phrase is remembered (see `knownOf`).
 */
function learn(ids: readonly number[], ctx: PhraseContext, within: Bitset): KnownPhrase {
  const known = knownOf(ctx.index, ids);
  const unchecked = candidates(ids, ctx.index, within).andNot(known.checked);
  verify(ids, ctx, unchecked, (doc, fields) => {
    FIELD_BITS.forEach((bit, f) => {
      if (fields & bit) known.fields[f]!.add(doc);
    });
  });
  known.checked.or(unchecked);
  return known;
}

/** The documents of `within` known to hold the phrase, in any field. */
function heldWithin(known: KnownPhrase, within: Bitset): Bitset {
  const [title, subtitle, body] = known.fields;
  return new Bitset(within.size).copy(title).or(subtitle).or(body).and(within);
}

/** Read the rows of `docs` and call `fn(doc, fields)` for those holding the phrase `ids`, in document order. */
function verify(ids: readonly number[], ctx: PhraseContext, docs: Bitset, fn: (doc: number, fields: number) => void): void {
  const list = docs.toArray();
  if (list.length === 0) return;
  // doc numbers ascend with row numbers: the rows are read in the file's order
  const seqs = Array.from(list, (doc) => ctx.index.seqs[doc]!);
  const phrase = encodeTokens(Uint32Array.from(ids));
  ctx.store.eachTokenRowHolding(seqs, phrase, (i, row) => {
    const fields = phraseFields(row, phrase);
    if (fields !== 0) fn(list[i]!, fields);
  });
}

/** What is known of one phrase: the documents checked so far, and per field those holding it. */
interface KnownPhrase {
  /** the index's numbering the sets use (a compaction renumbers documents) */
  generation: number;
  checked: Bitset;
  /** title, subtitle, body */
  fields: [Bitset, Bitset, Bitset];
}

/**
 * Phrases remembered per index, the least recently used dropped first. A phrase of common words
 * costs a row read per candidate (docs/benchmarks.md), and the same phrase comes again and
 * again: a researcher's phrase with other filters, pages and sorts, its timeline, its export;
 * a multi-word synonym (`usa` is also "united states") in every search of its group. Four bits
 * per document each: 500 KB per phrase at a million documents.
 */
export const KNOWN_PHRASES = 64;
const knownPhrases = new WeakMap<MemoryIndex, Map<string, KnownPhrase>>();

function knownOf(index: MemoryIndex, ids: readonly number[]): KnownPhrase {
  let phrases = knownPhrases.get(index);
  if (!phrases) knownPhrases.set(index, (phrases = new Map<string, KnownPhrase>()));
  const key = ids.join(' ');
  let known = phrases.get(key);
  phrases.delete(key);
  if (!known || known.generation !== index.generation) {
    const set = () => new Bitset(index.n);
    known = { generation: index.generation, checked: set(), fields: [set(), set(), set()] };
  }
  phrases.set(key, known); // the most recently used last
  if (phrases.size > KNOWN_PHRASES) phrases.delete(phrases.keys().next().value!);
  if (known.checked.size < index.n) {
    // documents added since are unchecked
    known.checked = grown(known.checked, index.n);
    known.fields = [grown(known.fields[0], index.n), grown(known.fields[1], index.n), grown(known.fields[2], index.n)];
  }
  return known;
}

function grown(set: Bitset, size: number): Bitset {
  const out = new Bitset(size);
  out.words.set(set.words);
  return out;
}

/**
 * The fields (bits as in postings.ts) of a stored token row (row-codec.ts: the three field
 * lengths, then each field's term numbers, as varints) that hold `phrase`, the phrase's term
 * numbers encoded the same way. Compared as bytes, not decoded: a varint's last byte is below
 * 128, so an occurrence that starts where a varint starts is the phrase's terms in a row, and
 * a native byte search skips most of a body at once.
 */
export function phraseFields(row: Buffer, phrase: Buffer): number {
  let p = 0;
  const lengths = [0, 0, 0];
  for (let f = 0; f < 3; f++) {
    let x: number;
    let shift = 0;
    do {
      x = row[p++]!;
      lengths[f]! += (x & 127) * 2 ** shift;
      shift += 7;
    } while (x & 128);
  }
  let fields = 0;
  for (let f = 0, start = p; f < 3; f++) {
    const end = f === 2 ? row.length : afterVarints(row, start, lengths[f]!);
    if (holds(row.subarray(start, end), phrase)) fields |= FIELD_BITS[f]!;
    start = end;
  }
  return fields;
}

/** Where the `n` varints starting at `p` end. */
function afterVarints(row: Buffer, p: number, n: number): number {
  for (; n > 0; p++) if (row[p]! < 128) n--;
  return p;
}

/** Whether `field` (whole varints) holds `phrase` starting at a varint's first byte. */
function holds(field: Buffer, phrase: Buffer): boolean {
  for (let i = field.indexOf(phrase); i !== -1; i = field.indexOf(phrase, i + 1)) {
    if (i === 0 || field[i - 1]! < 128) return true;
  }
  return false;
}

/** The words' term numbers, or undefined when one is not indexed (then no document has the phrase). */
function termIds(words: readonly string[], vocab: Vocabulary): number[] | undefined {
  const ids: number[] = [];
  for (const w of words) {
    const id = vocab.id(w);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids;
}

/**
 * The documents of `within` whose postings hold every one of `ids` (a scratch set: valid until
 * the next phrase). The rarest word first, so the set is small from the start and an empty one
 * stops early.
 */
function candidates(ids: readonly number[], index: MemoryIndex, within: Bitset): Bitset {
  const distinct = [...new Set(ids)].sort((a, b) => index.postings.count(a) - index.postings.count(b));
  const out = index.scratchSet(SET_SLOT.phrase).copy(within);
  const word = index.scratchSet(SET_SLOT.phraseWord);
  for (const id of distinct) {
    word.words.fill(0);
    index.postings.markDocs(id, word.words);
    if (out.and(word).count() === 0) break;
  }
  return out;
}
