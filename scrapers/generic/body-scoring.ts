/**
 * @module Readability-style scores of the elements that may hold an article's prose: every
 * paragraph earns points by its length and commas, credits them to its ancestors, and each
 * candidate's total is discounted by its share of link text.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { classAndId, isElement, select } from '../common/dom.js';
import { isBoilerplateElement, isPageForm } from '../common/boilerplate.js';
import { NEGATIVE_CONTAINER, POSITIVE_CONTAINER } from './selectors.js';

// Tuned together (readability's values, kept because they are well tested on news pages):
// Paragraphs shorter than this many characters are captions, labels or buttons.
export const MIN_PARAGRAPH_CHARS = 25;
// Points a paragraph earns per 100 characters, capped so one huge block cannot win alone.
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
// Class/id words move a candidate this much, up or down.
const CLASS_WEIGHT = 25;
// Ancestors credited with a paragraph's score: parent full, grandparent half, then score/(3·level).
const CREDITED_ANCESTORS = 3;

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote']);
// Elements that old and hand-made pages fill with text directly, paragraphs split by <br><br>.
const TEXT_WRAPPERS = new Set(['div', 'td', 'section', 'article', 'main', 'center', 'font']);
const COMMAS = /[,،、，]/gu;

/**
 * Every candidate's score, after the link-density discount. `strict` skips page chrome (unless
 * its class also says content); the lenient pass skips only elements that never hold the article.
 */
export function scoreCandidates($: CheerioAPI, strict: boolean): Map<Element, number> {
  const scores = new Map<Element, number>();
  const credit = (el: Element, points: number) => {
    scores.set(el, (scores.get(el) ?? initialScore(el)) + points);
  };
  for (const { el, text } of paragraphs($, strict)) {
    const points = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(text.length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    let level = 0;
    for (let p = el.parent; p && isElement(p) && level < CREDITED_ANCESTORS; p = p.parent, level++) {
      credit(p, level === 0 ? points : level === 1 ? points / 2 : points / (level * 3));
    }
  }
  const finalScores = new Map<Element, number>();
  for (const [el, score] of scores) finalScores.set(el, score * (1 - linkDensity(el)));
  return finalScores;
}

/** Text-bearing paragraphs outside page chrome, with their text. */
function paragraphs($: CheerioAPI, strict: boolean): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  const root = select($, 'body')[0] ?? $.root().get(0);
  if (!root) return out;
  const stack: AnyNode[] = [...((root as { children?: AnyNode[] }).children ?? [])].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n) || n.name === 'script' || n.name === 'style' || (strict ? isUnlikely(n) : isChrome(n))) continue;
    const ownText = TEXT_WRAPPERS.has(n.name) && hasOwnText(n);
    if (PARAGRAPH_TAGS.has(n.name) || ownText) {
      const text = $(n).text().replace(/\s+/gu, ' ').trim();
      if (text.length >= MIN_PARAGRAPH_CHARS) out.push({ el: n, text });
      if (!ownText) continue;
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

// Page chrome, unless its class also says it may hold the content: a wrapper named
// "page-wrapper has-sidebar" holds the article (readability's unlikely/maybe pair).
function isUnlikely(el: Element): boolean {
  if (!isBoilerplateElement(el)) return false;
  const ci = classAndId(el);
  return ci === '' || !POSITIVE_CONTAINER.test(ci) || isChrome(el);
}
const NON_CONTAINER_TAGS = new Set(['nav', 'aside', 'footer', 'figure', 'figcaption', 'form', 'button']);
const isChrome = (el: Element) => NON_CONTAINER_TAGS.has(el.name) && !isPageForm(el);

// A div holding text directly (not only through child blocks) is used as a paragraph.
function hasOwnText(el: Element): boolean {
  return el.children.some((c) => c.type === 'text' && (c as { data: string }).data.trim().length >= MIN_PARAGRAPH_CHARS);
}

function initialScore(el: Element): number {
  // Readability's tag priors: a div is the usual text wrapper. <article> gets no bonus: it also
  // wraps the headline, standfirst and byline, and its body div must win over it.
  let score = el.name === 'div' ? 5 : 0;
  const ci = classAndId(el);
  if (ci !== '') {
    if (NEGATIVE_CONTAINER.test(ci)) score -= CLASS_WEIGHT;
    if (POSITIVE_CONTAINER.test(ci)) score += CLASS_WEIGHT;
  }
  return score;
}

/** Share of an element's text that sits inside links (iterative; never recurses). */
export function linkDensity(el: Element): number {
  let all = 0;
  let linked = 0;
  const stack: { n: AnyNode; inLink: boolean }[] = [{ n: el, inLink: false }];
  while (stack.length > 0) {
    const { n, inLink } = stack.pop()!;
    if (n.type === 'text') {
      const len = (n as { data: string }).data.trim().length;
      all += len;
      if (inLink) linked += len;
    } else if (isElement(n) && n.name !== 'script' && n.name !== 'style') {
      const link = inLink || n.name === 'a';
      for (const c of n.children) stack.push({ n: c, inLink: link });
    }
  }
  return all === 0 ? 1 : linked / all;
}
