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
  const scan = newScan(marked, isPlainText(text));
  scanMore(scan, text, Infinity);
  return render(text, scan, 0, scan.count, 0, text.length);
}

/**
 * A window of about `words` words around the place showing the most of the query's words (the
 * earliest such place), escaped and marked, with "…" where text was cut; the start of the text
 * when nothing matched.
 */
export function snippet(text: string, marked: MarkedWords, words = SNIPPET_WORDS): string {
  const plain = marked.size > 0 && isPlainText(text); // a lead alone (nothing marked) is a few words: no need to know
  const shown = marked.size === 0 ? 0 : mostShown(text, plain, marked);
  const scan = newScan(shown === 0 ? EMPTY : marked, plain);
  const first = shown === 0 ? leadOnly(scan, text, words) : bestWindow(scan, text, words, shown);
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
 * At most how many query words (marked words, for a set) `text` can show, found without the word
 * scan: in plain text (isPlainText), whose words only need lower-casing, a marked word can only
 * be shown where the text holds it in any case. 0 spares the scan of a hit that matched by its
 * title alone (they rank first); fewer than all lets the scan stop at a window showing those
 * (bestWindow), where a body without one of the query words was otherwise read to its end. Every
 * query word when there is no pre-check.
 */
function mostShown(text: string, plain: boolean, marked: MarkedWords): number {
  if (marked.size > PRECHECK_MAX_WORDS || !plain) return marked instanceof Map ? new Set(marked.values()).size : marked.size;
  let shown = 0;
  for (const pattern of queryWordPatterns(marked)) if (pattern.test(text)) shown++;
  return shown;
}

/**
 * Per query word (per marked word, for a set), one case-insensitive pattern of its marked forms,
 * made once for the marked words of a page's twenty hits. In plain text it finds what
 * lower-casing the text and looking for each form did, at a third of the cost (no copy of the
 * text): plain text has no character whose case folds outside ASCII.
 */
function queryWordPatterns(marked: MarkedWords): RegExp[] {
  let patterns = PATTERNS.get(marked);
  if (patterns) return patterns;
  const forms = new Map<string | number, string[]>();
  for (const word of marked.keys()) {
    const key = marked instanceof Map ? (marked as ReadonlyMap<string, number>).get(word)! : word;
    const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    forms.set(key, [...(forms.get(key) ?? []), escaped]);
  }
  patterns = [...forms.values()].map((list) => new RegExp(list.join('|'), 'i'));
  PATTERNS.set(marked, patterns);
  return patterns;
}

const PATTERNS = new WeakMap<MarkedWords, RegExp[]>();

/** Nothing to look for: only the first words are needed (undefined: the text is that short). */
function leadOnly(scan: Scan, text: string, words: number): number | undefined {
  scanMore(scan, text, words + 1);
  return scan.count <= words ? undefined : 0;
}

/** Words scanned before the first look for a window: most bodies show a query word early. */
const FIRST_SCAN_WORDS = 64;

/**
 * The start of the best window, scanning no further than needed: once a window shows `wanted`
 * query words (all that the text can show: mostShown) and ends before the words scanned so far,
 * no later window can beat it, and the rest of the body (often thousands of words) is never
 * read. Otherwise the scan goes on, doubling, to the end. Undefined when the whole text is no
 * longer than the window.
 */
function bestWindow(scan: Scan, text: string, words: number, wanted: number): number | undefined {
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
  /** bit k set when a marked word is k characters long (bit 31: 31 or more) */
  lengths: number;
  /** the text is plain (isPlainText): its word characters are ASCII letters and digits */
  plain: boolean;
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

function newScan(marked: MarkedWords, plain: boolean): Scan {
  const filter = new Uint32Array(FILTER_WORDS);
  let lengths = 0;
  for (const w of marked.keys()) {
    const h = asciiHash(w, 0, w.length);
    filter[(h >>> 5) & (FILTER_WORDS - 1)]! |= 1 << (h & 31);
    lengths |= 1 << Math.min(w.length, 31);
  }
  const groupOf = marked instanceof Map ? (marked as ReadonlyMap<string, number>) : NO_GROUPS;
  return { marked, groupOf, filter, lengths, plain, starts: scratchStarts, ends: scratchEnds, count: 0, next: 0, matched: [], norms: [] };
}

/**
 * Go on finding word boundaries and matched words, up to `maxWords` words in all. Plain ASCII
 * words only need lower-casing; others get `tokenize`. Snippets scan long bodies, so the
 * per-word work is kept to a few operations: most words are rejected by their length and one bit
 * of the filter of the marked words' hashes, without a string or a lookup (a Set lookup per word
 * was a visible share of a typo query's time).
 */
function scanMore(scan: Scan, text: string, maxWords: number): void {
  if (scan.plain) return scanPlain(scan, text, maxWords);
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
    while (i < n && isWordChar((c = text.charCodeAt(i)), text, i)) {
      if (c > 127) ascii = false;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    takeWord(scan, text, start, i, ascii);
  }
  // skip what cannot start a word, so that `next` at the end means the text is done
  while (i < n && !isWordChar(text.charCodeAt(i), text, i)) i++;
  scan.next = i;
}

/** scanMore for plain text: a word is a run of ASCII letters and digits, told by one table read a character. */
function scanPlain(scan: Scan, text: string, maxWords: number): void {
  const n = text.length;
  let i = scan.next;
  while (i < n && scan.count < maxWords) {
    if (ASCII_WORD[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (++i < n && ASCII_WORD[text.charCodeAt(i)] === 1);
    takeWord(scan, text, start, i, true);
  }
  while (i < n && ASCII_WORD[text.charCodeAt(i)] === 0) i++;
  scan.next = i;
}

/** Per UTF-16 code unit: 1 for an ASCII letter or digit (a plain text's word characters). */
const ASCII_WORD = new Uint8Array(0x10000);
for (const [from, to] of [
  [48, 57],
  [65, 90],
  [97, 122],
] as const)
  ASCII_WORD.fill(1, from, to + 1); // 0-9, A-Z, a-z

/** Record the word text[start, end) and whether it is marked. */
function takeWord(scan: Scan, text: string, start: number, end: number, ascii: boolean): void {
  const { marked, filter, lengths } = scan;
  const index = scan.count++;
  if (index === scan.starts.length) grow(scan);
  scan.starts[index] = start;
  scan.ends[index] = end;
  if (marked.size === 0) return;
  if (ascii) {
    // a plain word can only be a marked word of its own length: most words are rejected by
    // that one bit, the others by the hash filter, before any string is made
    if (((lengths >>> Math.min(end - start, 31)) & 1) === 0) return;
    const hash = asciiHash(text, start, end);
    if (((filter[(hash >>> 5) & (FILTER_WORDS - 1)]! >>> (hash & 31)) & 1) === 0) return;
  }
  const hit = ascii ? lowerIfMarked(text.slice(start, end), marked) : tokenizeWord(text.slice(start, end)).find((w) => marked.has(w));
  if (hit !== undefined) {
    scan.matched.push(index);
    scan.norms.push(hit);
  }
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
