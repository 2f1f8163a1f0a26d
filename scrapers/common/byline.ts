/**
 * @module A byline as shown to the list of names it credits. The same rule maps a ground-truth
 * byline string to names in the conformance suite, so both sides are compared alike.
 */
import type { Element } from 'domhandler';
import { normalizeText } from '../../src/extract/index.js';
import { isElement, textOf } from './dom.js';

// "By …", "Written by …", "بقلم …", "كتب …", "تحرير: …" introduce the names.
const BYLINE_PREFIX = /^(?:by|written by|reported by|words by|بقلم|كتبت?|تحرير|إعداد)\s*[:：\-–]?\s+/iu;
// Between names: commas (Latin and Arabic), ampersands, "and", and a free-standing Arabic "و".
const NAME_SEPARATOR = /\s*(?:,|،|&|\band\b|\s+و\s+)\s*/iu;
// After the names a byline may give a place and a date, set off by a spaced dash, a middle dot
// or a bar: "أحمد علي - القاهرة", "Jane Doe · 9 May 2024", "Jane Doe | Cairo".
const TAIL_SEPARATOR = /\s+[-–—·•|]\s+|\s*[·•|]\s*/u;
const LAST_PLACE = /[,،]\s*[^\s,،]+$/u;
// A name never holds a digit: such a part is a date or a time.
const HAS_DIGIT = /[\p{Nd}]/u;

/** The names a byline credits, in order ("By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]). */
export function splitByline(byline: string): string[] {
  const text = normalizeText(byline).replace(BYLINE_PREFIX, '');
  const [head = '', ...tail] = text.split(TAIL_SEPARATOR);
  // "Jane Doe, Accra · 9 May 2024": a dateline tail follows a one-word place after a comma.
  const names = tail.length > 0 ? head.replace(LAST_PLACE, '') : head;
  return names
    .split(NAME_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => n !== '' && !HAS_DIGIT.test(n));
}

// Class tokens of elements inside a byline that hold just the author's name: "author",
// "name", "author-name", "byline__name", "c-author__name" (whole tokens: "author-bio" is not).
const NAME_TOKEN = /^(?:author|authors|name|fn|(?:[\w-]*[-_])?(?:author[-_]*)?name)$/u;
// A date or time inside a byline is never part of a name.
const skipTime = (el: Element) => el.name === 'time';
// Tags a multi-value author field uses for its items.
const ITEM_TAGS = new Set(['span', 'a', 'div', 'li', 'strong', 'b']);
// What may stand between the items of a multi-value field besides whitespace.
const ITEM_GLUE = /^(?:[\s,،&/]|\band\b|\bو\b)*$/iu;
const PREFIX_ONLY = /^(?:by|written by|بقلم|كتبت?)\s*[:：]?$/iu;

/**
 * The names a byline element credits. An author element nested in the byline names the author
 * (the rest is place and date); a field listing one name per item element gives one author per
 * item; else the element's text is split like any byline.
 */
export function bylineNames(el: Element): string[] {
  const named = descendants(el).filter((d) => isNameElement(d) && !descendants(d).some(isNameElement));
  if (named.length > 0) return named.flatMap((d) => splitByline(textOf(d, skipTime)));
  const items = fieldItems(el);
  if (items.length > 1) return items.flatMap(splitByline);
  return splitByline(textOf(el, skipTime));
}

function isNameElement(el: Element): boolean {
  if (el.attribs.itemprop === 'name' || el.attribs.itemprop === 'author' || /\bauthor\b/u.test(el.attribs.rel ?? '')) return true;
  const cls = el.attribs.class;
  return (
    cls !== undefined &&
    cls
      .toLowerCase()
      .split(/\s+/u)
      .some((t) => NAME_TOKEN.test(t))
  );
}

/** Texts of a field's items: down through single wrappers, then one text per child element. */
function fieldItems(field: Element): string[] {
  let box = field;
  for (;;) {
    const kids = box.children.filter(isElement);
    const ownText = box.children.some((c) => c.type === 'text' && (c as { data: string }).data.trim() !== '');
    if (kids.length !== 1 || ownText) break;
    box = kids[0]!;
  }
  const kids = box.children.filter(isElement);
  if (kids.length < 2 || !kids.every((k) => ITEM_TAGS.has(k.name))) return [];
  const glue = box.children
    .filter((c) => c.type === 'text')
    .map((c) => (c as { data: string }).data)
    .join(' ');
  if (!ITEM_GLUE.test(glue)) return [];
  return kids.map((k) => textOf(k, skipTime)).filter((t) => t !== '' && !PREFIX_ONLY.test(t));
}

/** Element descendants of an element (iterative), in document order. */
function descendants(el: Element): Element[] {
  const out: Element[] = [];
  const stack = [...el.children].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}
