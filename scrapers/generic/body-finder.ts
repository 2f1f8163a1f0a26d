/**
 * @module The generic finder of the element(s) holding an article's prose: a known body
 * container (microdata, common CMS classes) when it holds the prose, else readability-style
 * scoring (body-scoring.ts): the best candidate, moved up to the ancestor that unites its near
 * rivals, with the siblings that score or read like the article's paragraphs.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { isElement, select, textOf } from '../common/dom.js';
import { isBoilerplateElement } from '../common/boilerplate.js';
import { BODY_CONTAINERS } from './selectors.js';
import { linkDensity, scoreCandidates } from './body-scoring.js';

export { linkDensity } from './body-scoring.js';

// A body must hold at least this much prose; less is a teaser, a caption or a cookie notice.
export const MIN_BODY_CHARS = 200;
// A known container is trusted unless scoring finds more than this many times its prose
// (a ".entry-content" that holds only the standfirst, a teaser card's ".story-content").
const KNOWN_CONTAINER_SHARE = 2;
// A sibling joins the winner when it scores at least this share of the winner's score.
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
// Readability's rule for a sibling paragraph with no score of its own: long and hardly linked,
// or short, unlinked and ending a sentence.
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
// Readability's ancestor rule, widened: rivals among the top candidates scoring at least this
// share of the best, at least this many of them inside one ancestor of the best, make that
// ancestor the body. Readability asks for 3 of 5 at 0.75; bodies cut into many blocks (one
// per paragraph or CMS component) score unevenly, so more candidates at a lower share are
// heard, and one more of them must agree (docs/benchmarks.md, issue 17).
const TOP_CANDIDATES = 10;
const RIVAL_SHARE = 0.5;
const MIN_RIVALS_UNITED = 4;

/** Containers of the article's prose, in page order; empty when nothing looks like an article. */
export function findBodyContainers($: CheerioAPI, proseChars: (el: Element) => number): Element[] {
  const memo = new Map<Element, number>();
  const prose = (el: Element) => memo.get(el) ?? memo.set(el, proseChars(el)).get(el)!;
  const total = (els: readonly Element[]) => els.reduce((n, el) => n + prose(el), 0);
  let scored = bestByScore($, true, total);
  // Readability's second pass: when chrome-looking wrappers hid the prose (a theme that calls the
  // article's column "sidebar-right"), score again with only chrome elements skipped.
  if (total(scored) < MIN_BODY_CHARS) {
    const lenient = bestByScore($, false, total);
    if (total(lenient) > total(scored)) scored = lenient;
  }
  const known = largestKnown($, prose);
  if (known && prose(known) * KNOWN_CONTAINER_SHARE >= total(scored)) return [known];
  return total(scored) > 0 ? scored : [];
}

/** The known body container holding the most prose, if one holds enough. */
function largestKnown($: CheerioAPI, prose: (el: Element) => number): Element | null {
  let best: Element | null = null;
  for (const el of select($, BODY_CONTAINERS)) {
    if (prose(el) >= MIN_BODY_CHARS && (!best || prose(el) > prose(best))) best = el;
  }
  return best;
}

/**
 * The best-scoring candidate that holds a body: a candidate whose prose is all inside blocks
 * the paragraph rules drop (a "widget-container" wrapper) gives way to the next.
 */
function bestByScore($: CheerioAPI, strict: boolean, total: (els: readonly Element[]) => number): Element[] {
  const scores = scoreCandidates($, strict);
  const top = [...scores].sort((a, b) => b[1] - a[1]).slice(0, TOP_CANDIDATES);
  let first: Element[] = [];
  for (const [candidate, score] of top) {
    if (score <= 0) break;
    const own = withSiblings(candidate, score, scores);
    const head = candidate === top[0]![0] ? unitingAncestor(candidate, score, top) : null;
    // The uniting ancestor must hold more prose than the candidate: rivals in a related list
    // around the article unite nothing of it.
    const united = head ? withSiblings(head, scores.get(head) ?? score, scores) : null;
    const body = united && total(united) > total(own) ? united : own;
    if (total(body) >= MIN_BODY_CHARS) return body;
    if (first.length === 0) first = body;
  }
  return first;
}

/**
 * The ancestor of the best candidate that also holds at least MIN_RIVALS_UNITED near rivals: a
 * body split into several blocks (a text block per CMS component) is their common ancestor.
 */
function unitingAncestor(best: Element, bestScore: number, top: readonly [Element, number][]): Element | null {
  const rivals = top.slice(1).filter(([, s]) => s >= bestScore * RIVAL_SHARE);
  if (rivals.length < MIN_RIVALS_UNITED) return null;
  for (let a = best.parent; a && isElement(a) && a.name !== 'body'; a = a.parent) {
    const held = rivals.filter(([el]) => contains(a, el)).length;
    if (held >= MIN_RIVALS_UNITED) return a;
  }
  return null;
}

function contains(ancestor: Element, el: Element): boolean {
  for (let p = el.parent; p && isElement(p); p = p.parent) if (p === ancestor) return true;
  return false;
}

function withSiblings(best: Element, bestScore: number, scores: Map<Element, number>): Element[] {
  const parent = best.parent;
  if (!parent || !isElement(parent)) return [best];
  const threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SHARE);
  return parent.children.filter((c): c is Element => {
    if (!isElement(c)) return false;
    if (c === best) return true;
    if (isBoilerplateElement(c)) return false;
    return (scores.get(c) ?? 0) >= threshold || (c.name === 'p' && readsLikeParagraph(c));
  });
}

function readsLikeParagraph(p: Element): boolean {
  const text = textOf(p);
  const density = linkDensity(p);
  if (text.length > SIBLING_PARAGRAPH_CHARS) return density < SIBLING_MAX_LINK_DENSITY;
  return text.length > 0 && density === 0 && /\.(?:\s|$)/u.test(text);
}
