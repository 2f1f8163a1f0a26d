/**
 * @module DOM helpers that never recurse: pages may nest hundreds of levels deep, and every walk
 * here uses an explicit stack so no input can overflow the call stack.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { collapseWhitespace } from '../../src/extract/index.js';
import { isElement } from './element.js';
import { PageIndex } from './page-index.js';

/** Decides whether a subtree is left out of a walk. */
export type SkipFn = (el: Element) => boolean;

// Elements whose end starts a new line of text (so "a</p><p>b" never reads as "ab").
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
// Never text a reader sees.
const INVISIBLE_TAGS = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math']);

export { isElement };

/** Visible text of a node, whitespace-collapsed; `skip` drops whole subtrees. */
export function textOf(node: AnyNode, skip?: SkipFn): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      parts.push((n as { data: string }).data);
      continue;
    }
    if (!isElement(n) && n.type !== 'root') continue;
    if (isElement(n)) {
      if (INVISIBLE_TAGS.has(n.name) || (n !== node && skip?.(n))) continue;
      if (n.name === 'br' || BLOCK_TAGS.has(n.name)) parts.push(' ');
    }
    const children = (n as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return collapseWhitespace(parts.join(''));
}

/** A run of text the reader sees as one block (a paragraph, a list item, a heading). */
export interface TextBlock {
  text: string;
  /** characters of `text` that sit inside links */
  linkChars: number;
  /** the nearest block-level element the text belongs to */
  tag: string;
  /** that element, for callers that look at its classes */
  element: Element | null;
}

/**
 * Split a container into the blocks a reader sees: each block element starts a new block, and
 * a double line break (`<br><br>`) does too. Skipped subtrees contribute nothing.
 */
export function blocksOf(container: Element, skip?: SkipFn): TextBlock[] {
  const out: TextBlock[] = [];
  let parts: string[] = [];
  let linkParts: string[] = [];
  const owner: (Element | null)[] = [container];
  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    const link = linkParts.length === 0 ? '' : collapseWhitespace(linkParts.join(''));
    parts = [];
    linkParts = [];
    const el = owner[owner.length - 1] ?? null;
    // most blocks hold no line break at all: no split needed
    const pieces = raw.includes('\n') ? raw.split(/\n[ \t\r\f\u00a0]*\n/u) : [raw];
    for (const piece of pieces) {
      const text = collapseWhitespace(piece);
      if (text !== '') out.push({ text, linkChars: Math.min(link.length, text.length), tag: el?.name ?? '', element: el });
    }
  };
  walkBlocks(container, skip, {
    text: (data, inLink) => {
      parts.push(data);
      if (inLink) linkParts.push(data);
    },
    lineBreak: () => parts.push('\n'),
    enterBlock: (el) => {
      flush();
      owner.push(el);
    },
    exitBlock: () => {
      flush();
      owner.pop();
    },
  });
  flush();
  return out;
}

interface BlockVisitor {
  text(data: string, inLink: boolean): void;
  lineBreak(): void;
  enterBlock(el: Element): void;
  exitBlock(): void;
}

// Markers on walkBlocks' stack for the end of a block element and of a link: the stack holds the
// nodes themselves, not an entry object per node.
const EXIT_BLOCK = Symbol('exit block');
const EXIT_LINK = Symbol('exit link');

function walkBlocks(container: Element, skip: SkipFn | undefined, v: BlockVisitor): void {
  const stack: (AnyNode | typeof EXIT_BLOCK | typeof EXIT_LINK)[] = [];
  const pushChildren = (el: { children?: AnyNode[] }) => {
    const children = el.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  };
  let linkDepth = 0;
  pushChildren(container);
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n === EXIT_BLOCK) {
      v.exitBlock();
      continue;
    }
    if (n === EXIT_LINK) {
      linkDepth--;
      continue;
    }
    if (n.type === 'text') {
      v.text((n as { data: string }).data, linkDepth > 0);
      continue;
    }
    if (!isElement(n) || INVISIBLE_TAGS.has(n.name) || skip?.(n)) continue;
    if (n.name === 'br') {
      v.lineBreak();
      continue;
    }
    if (BLOCK_TAGS.has(n.name)) {
      v.enterBlock(n);
      stack.push(EXIT_BLOCK);
    } else if (n.name === 'a') {
      linkDepth++;
      stack.push(EXIT_LINK);
    }
    pushChildren(n);
  }
}

/** Space-joined class and id of an element, lowercased, for pattern tests. */
export function classAndId(el: Element): string {
  const { class: cls, id } = el.attribs;
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Ancestors of an element, nearest first (bounded by the tree depth, which load.ts caps). */
export function ancestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let p = el.parent; p && isElement(p); p = p.parent) out.push(p);
  return out;
}

const indexes = new WeakMap<CheerioAPI, PageIndex>();

/** The page's selector index, built on first use. */
function indexOf($: CheerioAPI): PageIndex {
  let index = indexes.get($);
  if (!index) {
    index = new PageIndex($.root().get(0)!);
    indexes.set($, index);
  }
  return index;
}

/**
 * Let a page's DOM go as soon as the page is scraped. cheerio's load() defines a class per page;
 * V8 keeps that class's hidden class in the old generation, pointing back at the page's root
 * through the constructor's closure. Until the next full GC, every young-generation collection
 * found each page loaded since then alive (its whole tree, and its selector index here) and
 * copied it; emptying each root cut scavenge time several-fold (docs/benchmarks.md, "Ingest").
 */
export function releasePage($: CheerioAPI): void {
  indexes.delete($);
  const root = $.root().get(0) as { children?: AnyNode[] } | undefined;
  if (root?.children) root.children = [];
}

/** Elements matching a selector, in document order (simple selectors from a one-walk index). */
export function select($: CheerioAPI, selector: string, scope?: Element): Element[] {
  if (scope) return indexOf($).queryWithin(selector, scope) ?? $(scope).find(selector).toArray().filter(isElement);
  return indexOf($).query(selector) ?? $(selector).toArray().filter(isElement);
}

/** Whether any element matches a selector. */
export function exists($: CheerioAPI, selector: string): boolean {
  return indexOf($).has(selector) ?? $(selector).length > 0;
}

/** Elements directly holding a text node that matches `pattern`, in document order. */
export function elementsWithText($: CheerioAPI, pattern: RegExp, limit: number): Element[] {
  const out: Element[] = [];
  const root = $.root().get(0);
  if (!root) return out;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && out.length < limit) {
    const n = stack.pop()!;
    if (n.type === 'text') {
      if (pattern.test((n as { data: string }).data) && n.parent && isElement(n.parent)) out.push(n.parent);
      continue;
    }
    if (isElement(n) && INVISIBLE_TAGS.has(n.name)) continue;
    const children = (n as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** An attribute of the first element matching a selector. */
export function attrOfFirst($: CheerioAPI, selector: string, name: string): string | undefined {
  return select($, selector)[0]?.attribs[name];
}

/** Raw text (not whitespace-collapsed) of the first element matching a selector; '' if none. */
export function textOfFirst($: CheerioAPI, selector: string): string {
  const el = select($, selector)[0];
  return el ? $(el).text() : '';
}
