/**
 * @module Snippets and highlighting: HTML-escaped text with <mark>…</mark> around matched
 * words. Escaping happens here, on the article's text, so the only markup that can reach a
 * browser is our own <mark> (a "<script>" inside an article comes out as "&lt;script&gt;").
 */
import { escapeHtml } from '../../extract/html-escape.js';
import { isPlainText, isWordChar, tokenizeWord } from './normalize.js';

/** Words shown in a snippet: about two lines of a result list. */
export const SNIPPET_WORDS = 30;
/** Words of context kept before the first match, so the snippet does not start on it. */
export const SNIPPET_LEAD_WORDS = 4;
export const ELLIPSIS = '…';
export const MARK_OPEN = '<mark>';
export const MARK_CLOSE = '</mark>';

/**
 * Normalised words to mark (as produced by `tokenize`). As a map, each word names the query word
 * it stands for (its typo and prefix variants share it): a snippet window scores the query words
 * it shows, not the variants. As a set, each word counts on its own.
 */
export type MarkedWords = ReadonlySet<string> | ReadonlyMap<string, number>;

/** The whole of `text`, escaped, with matched words marked. */
export function highlight(text: string, marked: MarkedWords): string {
  const scan = newScan(marked);
  scanMore(scan, text, Infinity);
  return render(text, scan, 0, scan.count, 0, text.length);
}

/**
 * A window of about `words` words around the place showing the most of the query's words (the
 * earliest such place), escaped and marked, with "…" where text was cut; the start of the text
 * when nothing matched.
 */
export function snippet(text: string, marked: MarkedWords, words = SNIPPET_WORDS): string {
  const unmarked = marked.size === 0 || certainlyUnmarked(text, marked);
  const scan = newScan(unmarked ? EMPTY : marked);
  const first = unmarked ? leadOnly(scan, text, words) : bestWindow(scan, text, words);
  const n = scan.count;
  if (first === undefined || n <= words) return n === 0 ? escapeHtml(text.trim()) : render(text, scan, 0, n, 0, text.length).trim();
  const last = Math.min(n, first + words) - 1;
  const head = first > 0 ? ELLIPSIS : '';
  const tail = last < n - 1 || scan.next < text.length ? ELLIPSIS : '';
  return head + render(text, scan, first, last + 1, scan.starts[first]!, scan.ends[last]!) + tail;
}

/** Above this many marked words (a short prefix's many extensions), texts are scanned without a pre-check. */
const PRECHECK_MAX_WORDS = 32;

/**
 * Whether `text` certainly shows none of the marked words, found without the word scan: in
 * text whose words only need lower-casing, a marked word can only be shown where the lower-cased
 * text contains it. A hit that matched by its title alone (they rank first) would otherwise
 * have its whole body scanned for nothing.
 */
function certainlyUnmarked(text: string, marked: MarkedWords): boolean {
  if (marked.size > PRECHECK_MAX_WORDS || !isPlainText(text)) return false;
  const lower = text.toLowerCase();
  for (const word of marked.keys()) if (lower.includes(word)) return false;
  return true;
}

/** Nothing to look for: only the first words are needed (undefined: the text is that short). */
function leadOnly(scan: Scan, text: string, words: number): number | undefined {
  scanMore(scan, text, words + 1);
  return scan.count <= words ? undefined : 0;
}

/** Words scanned before the first look for a window: most bodies show a query word early. */
const FIRST_SCAN_WORDS = 64;

/**
 * The start of the best window, scanning no further than needed: once a window shows every
 * query word and ends before the words scanned so far, no later window can beat it, and the
 * rest of the body (often thousands of words) is never read. Otherwise the scan goes on,
 * doubling, to the end. Undefined when the whole text is no longer than the window.
 */
function bestWindow(scan: Scan, text: string, words: number): number | undefined {
  const wanted = scan.groupOf.size > 0 ? new Set(scan.groupOf.values()).size : scan.marked.size;
  for (let limit = FIRST_SCAN_WORDS; ; limit *= 2) {
    scanMore(scan, text, limit);
    const done = scan.next >= text.length;
    if (done && scan.count <= words) return undefined;
    const best = bestWindowStart(scan, done ? scan.count : Infinity, words);
    if (done || (best.score === wanted && best.start + words < scan.count)) return best.start;
  }
}

/** The first `words` words of `text`, escaped, "…" when cut: the snippet when nothing matched. */
export function lead(text: string, words = SNIPPET_WORDS): string {
  return snippet(text, EMPTY, words);
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
      return (
        MARK_OPEN +
        escapeHtml(part.slice(0, close)) +
        MARK_CLOSE +
        escapeHtml(
          part
            .slice(close + postTag.length)
            .split(postTag)
            .join(''),
        )
      );
    })
    .join('');
}

const EMPTY: MarkedWords = new Set();

interface Scan {
  marked: MarkedWords;
  /** word -> query word, when `marked` is a map */
  groupOf: ReadonlyMap<string, number>;
  /** 1,024-bit filter of the marked words' hashes */
  filter: Uint32Array;
  /** offsets of the words scanned so far (scratch buffers: valid until the next scan) */
  starts: Int32Array;
  ends: Int32Array;
  /** how many words so far */
  count: number;
  /** where the scan goes on in the text */
  next: number;
  /** indexes (ascending) of the matched words, with their normalised form */
  matched: number[];
  norms: string[];
}

// Word offsets of the text being scanned, reused by every scan (a query renders 20 snippets of
// bodies of a thousand words and more: arrays grown word by word cost more than the scan).
let scratchStarts = new Int32Array(4_096);
let scratchEnds = new Int32Array(4_096);

function newScan(marked: MarkedWords): Scan {
  const filter = new Uint32Array(FILTER_WORDS);
  for (const w of marked.keys()) {
    const h = asciiHash(w, 0, w.length);
    filter[(h >>> 5) & (FILTER_WORDS - 1)]! |= 1 << (h & 31);
  }
  const groupOf = marked instanceof Map ? (marked as ReadonlyMap<string, number>) : NO_GROUPS;
  return { marked, groupOf, filter, starts: scratchStarts, ends: scratchEnds, count: 0, next: 0, matched: [], norms: [] };
}

/**
 * Go on finding word boundaries and matched words, up to `maxWords` words in all. Plain ASCII
 * words only need lower-casing; others get `tokenize`. Snippets scan long bodies, so the
 * per-word work is kept to a few operations: most words are rejected by one bit of the filter
 * of the marked words' hashes, computed while scanning, without a string or a lookup (a Set
 * lookup per word was a visible share of a typo query's time).
 */
function scanMore(scan: Scan, text: string, maxWords: number): void {
  const { marked, filter } = scan;
  const n = text.length;
  let i = scan.next;
  while (i < n && scan.count < maxWords) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    let hash = 0;
    while (i < n && isWordChar((c = text.charCodeAt(i)), text, i)) {
      if (c > 127) ascii = false;
      hash = (Math.imul(hash, HASH_MULTIPLIER) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    const index = scan.count++;
    if (index === scan.starts.length) grow(scan);
    scan.starts[index] = start;
    scan.ends[index] = i;
    if (marked.size === 0 || (ascii && ((filter[(hash >>> 5) & (FILTER_WORDS - 1)]! >>> (hash & 31)) & 1) === 0)) continue;
    const hit = ascii ? lowerIfMarked(text.slice(start, i), marked) : tokenizeWord(text.slice(start, i)).find((w) => marked.has(w));
    if (hit !== undefined) {
      scan.matched.push(index);
      scan.norms.push(hit);
    }
  }
  // skip what cannot start a word, so that `next` at the end means the text is done
  while (i < n && !isWordChar(text.charCodeAt(i), text, i)) i++;
  scan.next = i;
}

const NO_GROUPS: ReadonlyMap<string, number> = new Map();

const HASH_MULTIPLIER = 31;
const FILTER_WORDS = 32; // 32 x 32 bits

function grow(scan: Scan): void {
  const starts = new Int32Array(scan.starts.length * 2);
  const ends = new Int32Array(scan.ends.length * 2);
  starts.set(scan.starts);
  ends.set(scan.ends);
  scan.starts = scratchStarts = starts;
  scan.ends = scratchEnds = ends;
}

/** The scan's hash of text[from, to) with ASCII capitals lower-cased. */
function asciiHash(text: string, from: number, to: number): number {
  let hash = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    hash = (Math.imul(hash, HASH_MULTIPLIER) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return hash;
}

function lowerIfMarked(word: string, marked: MarkedWords): string | undefined {
  const lower = word.toLowerCase();
  return marked.has(lower) ? lower : undefined;
}

/**
 * The earliest window of `words` words showing the most distinct query words (or marked words,
 * for a set), each window starting a few words before a match, among `n` words (Infinity while
 * the text's end is not known: windows then never shift back from it). Windows only move right
 * as the matches do, so one pass slides over the matches with a count per word (a body can
 * match hundreds of times).
 */
function bestWindowStart(scan: Scan, n: number, words: number): { start: number; score: number } {
  const { matched, norms, groupOf } = scan;
  const key = (i: number): string | number => (groupOf.size > 0 ? (groupOf.get(norms[i]!) ?? norms[i]!) : norms[i]!);
  const inWindow = new Map<string | number, number>();
  let lo = 0; // matched[lo, hi) lie in the current window
  let hi = 0;
  let best = { start: 0, score: 0 };
  for (const p of matched) {
    const start = Math.max(0, Math.min(p - SNIPPET_LEAD_WORDS, n - words));
    for (; hi < matched.length && matched[hi]! < start + words; hi++) inWindow.set(key(hi), (inWindow.get(key(hi)) ?? 0) + 1);
    for (; lo < hi && matched[lo]! < start; lo++) {
      const left = inWindow.get(key(lo))! - 1;
      if (left === 0) inWindow.delete(key(lo));
      else inWindow.set(key(lo), left);
    }
    if (inWindow.size > best.score) best = { start, score: inWindow.size };
  }
  return best;
}

/** Escape text[from, to) and wrap the matched words among words [first, end) in <mark>. */
function render(text: string, scan: Scan, first: number, end: number, from: number, to: number): string {
  let out = '';
  let pos = from;
  for (const m of scan.matched) {
    if (m < first || m >= end) continue;
    out += escapeHtml(text.slice(pos, scan.starts[m])) + MARK_OPEN + escapeHtml(text.slice(scan.starts[m], scan.ends[m])) + MARK_CLOSE;
    pos = scan.ends[m]!;
  }
  return out + escapeHtml(text.slice(pos, to));
}
