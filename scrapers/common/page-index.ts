/**
 * @module One walk over the DOM, then simple selectors answered from lists. A page is queried
 * some 30 times (meta tags, JSON-LD, fields, dates, crumbs); css-select compiles each selector
 * and walks the whole tree per query, a large share of parse time on long pages.
 * Handles compound selectors (`tag.class[attr op "value"]`), comma lists and one descendant
 * combinator; anything else returns null and the caller falls back to cheerio.
 */
import type { AnyNode, Element } from 'domhandler';
import { isElement } from './element.js';

interface Compound {
  tag: string | null;
  classes: string[];
  attrs: { name: string; op: '' | '=' | '~=' | '*=' | '^='; value: string }[];
}
type Part = { ancestor: Compound | null; target: Compound };

const COMPOUND = /^([a-z][a-z0-9-]*)?((?:\.[\w-]+)*)((?:\[[\w:-]+(?:[~*^]?=(?:"[^"]*"|'[^']*'|[\w:.-]+))?\])*)$/iu;
const ATTR = /\[([\w:-]+)(?:([~*^]?=)(?:"([^"]*)"|'([^']*)'|([\w:.-]+)))?\]/gu;

export class PageIndex {
  private readonly all: Element[] = [];
  private readonly order = new Map<Element, number>();
  private readonly byTag = new Map<string, Element[]>();
  private readonly byClass = new Map<string, Element[]>();

  constructor(root: AnyNode) {
    const stack: AnyNode[] = [root];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (isElement(n)) this.add(n);
      const children = (n as { children?: AnyNode[] }).children;
      if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }

  /** Elements matching `selector` in document order, or null when the selector is not simple. */
  query(selector: string): Element[] | null {
    const parts = this.parse(selector);
    if (!parts) return null;
    const found = new Set<Element>();
    for (const part of parts) for (const el of this.matchPart(part)) found.add(el);
    const out = [...found];
    if (parts.length > 1) out.sort((a, b) => this.order.get(a)! - this.order.get(b)!);
    return out;
  }

  /** Whether any element matches `selector` (stops at the first), or null when the selector is not simple. */
  has(selector: string): boolean | null {
    const parts = this.parse(selector);
    if (!parts) return null;
    return parts.some((part) =>
      part.ancestor ? this.matchPart(part).length > 0 : this.candidates(part.target).some((el) => matches(el, part.target)),
    );
  }

  /**
   * Elements under `scope` matching `selector`, in document order, or null when the selector is
   * not a plain compound list (a descendant combinator inside a scope is left to the caller).
   */
  queryWithin(selector: string, scope: Element): Element[] | null {
    const parts = this.parse(selector);
    if (!parts || parts.some((part) => part.ancestor !== null)) return null;
    const out: Element[] = [];
    const stack = [...scope.children].reverse();
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (!isElement(n)) continue;
      if (parts.some((part) => matches(n, part.target))) out.push(n);
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
    return out;
  }

  private add(el: Element): void {
    this.order.set(el, this.all.length);
    this.all.push(el);
    push(this.byTag, el.name, el);
    const cls = el.attribs.class;
    // a class written twice on one element is listed once: its list already ends with el
    if (cls) for (const c of cls.split(/\s+/u)) if (c !== '' && this.byClass.get(c)?.at(-1) !== el) push(this.byClass, c, el);
  }

  private matchPart({ ancestor, target }: Part): Element[] {
    if (!ancestor) return this.candidates(target).filter((el) => matches(el, target));
    const out: Element[] = [];
    const seen = new Set<Element>();
    for (const a of this.candidates(ancestor)) {
      if (!matches(a, ancestor)) continue;
      const stack = [...a.children].reverse();
      while (stack.length > 0) {
        const n = stack.pop()!;
        if (!isElement(n)) continue;
        if (!seen.has(n) && matches(n, target)) {
          seen.add(n);
          out.push(n);
        }
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
      }
    }
    return out.sort((x, y) => this.order.get(x)! - this.order.get(y)!);
  }

  private candidates(c: Compound): Element[] {
    if (c.classes.length > 0) return this.byClass.get(c.classes[0]!) ?? [];
    if (c.tag) return this.byTag.get(c.tag) ?? [];
    return this.all;
  }

  private parse(selector: string): Part[] | null {
    let parts = PARSED.get(selector);
    if (parts === undefined) {
      parts = parseSelector(selector);
      if (PARSED.size >= MAX_PARSED) PARSED.clear(); // only a caller building selectors from data could get here
      PARSED.set(selector, parts);
    }
    return parts;
  }
}

// Parsed selectors, shared by every page: the scrapers use a few dozen fixed selectors, so a
// page would otherwise re-parse the same strings.
const PARSED = new Map<string, Part[] | null>();
const MAX_PARSED = 1_000;

function parseSelector(selector: string): Part[] | null {
  const parts: Part[] = [];
  for (const raw of selector.split(',')) {
    const words = raw.trim().split(/\s+/u);
    const compounds = words.map(parseCompound);
    if (words.length > 2 || compounds.some((c) => c === null)) return null;
    parts.push(words.length === 2 ? { ancestor: compounds[0]!, target: compounds[1]! } : { ancestor: null, target: compounds[0]! });
  }
  return parts;
}

function parseCompound(s: string): Compound | null {
  const m = COMPOUND.exec(s);
  if (!m || s === '') return null;
  const attrs: Compound['attrs'] = [];
  for (const a of (m[3] ?? '').matchAll(ATTR)) {
    attrs.push({ name: a[1]!.toLowerCase(), op: (a[2] ?? '') as Compound['attrs'][number]['op'], value: a[3] ?? a[4] ?? a[5] ?? '' });
  }
  return { tag: m[1]?.toLowerCase() ?? null, classes: (m[2] ?? '').split('.').filter((c) => c !== ''), attrs };
}

function matches(el: Element, c: Compound): boolean {
  if (c.tag && el.name !== c.tag) return false;
  if (c.classes.length > 0) {
    const tokens = (el.attribs.class ?? '').split(/\s+/u);
    if (!c.classes.every((k) => tokens.includes(k))) return false;
  }
  for (const a of c.attrs) {
    const v = el.attribs[a.name];
    if (v === undefined) return false;
    if (a.op === '=' && v !== a.value) return false;
    if (a.op === '~=' && !v.split(/\s+/u).includes(a.value)) return false;
    if (a.op === '*=' && (a.value === '' || !v.includes(a.value))) return false;
    if (a.op === '^=' && (a.value === '' || !v.startsWith(a.value))) return false;
  }
  return true;
}

function push(map: Map<string, Element[]>, key: string, el: Element): void {
  const list = map.get(key);
  if (list) list.push(el);
  else map.set(key, [el]);
}
