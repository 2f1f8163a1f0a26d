/**
 * @module Load HTML into a DOM (htmlparser2 through cheerio), after bounding element nesting.
 */
// cheerio/slim: the htmlparser2 build alone. The package's main entry also loads parse5 and
// undici (for fromURL), loaded at every start of the CLI and of each parse worker for nothing.
import { load } from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';

// Real article pages nest well under 100 levels. htmlparser2 keeps its open-element stack with
// Array#unshift, so each extra level costs a pass over the stack: 100k nested divs take seconds.
// Tags past this depth are dropped (their text is kept), which bounds parse time at any input.
export const MAX_NESTING_DEPTH = 512;

// htmlparser2 rather than parse5: several times faster on article pages, and the scrapers need no
// spec-exact tree repair, only the elements, their attributes and their text.
const PARSER_OPTIONS = { xml: { xmlMode: false, decodeEntities: true } } as const;

/** Parse a page (any string: never throws on malformed markup). */
export function loadHtml(html: string): CheerioAPI {
  return load(boundNesting(html), PARSER_OPTIONS);
}

// Elements that never hold children, and those the parser closes implicitly when a sibling
// opens: neither adds a level that stays open.
const VOID_OR_SELF_CLOSING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'option',
  'tr',
  'td',
  'th',
  '!doctype',
]);
// Elements whose content is raw text: a "<div>" inside a script is not a tag.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;

/**
 * Drop start and end tags that would open elements deeper than MAX_NESTING_DEPTH.
 * A linear scan that mirrors the parser only roughly (it ignores implied end tags of most
 * elements); it only has to be right about pathological depth, never about normal pages.
 */
export function boundNesting(html: string): string {
  if (!exceedsDepth(html)) return html;
  const tracker = new DepthTracker();
  // A dropped tag leaves a space, so the words on either side of it stay apart.
  return html.replace(TAG, (tag, slash: string, name: string) => (tracker.step(slash === '/', packedName(name)) ? ' ' : tag));
}

// The pre-check runs on every page (with a lower-cased string per tag it showed in parse
// profiles), so it reads each tag name as a number while scanning (packedName) and never slices.
export function exceedsDepth(html: string): boolean {
  const tracker = new DepthTracker();
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i + 1)) {
    let j = i + 1;
    const isEnd = html.charCodeAt(j) === SLASH;
    if (isEnd) j++;
    if (!isAsciiLetter(html.charCodeAt(j))) continue;
    const start = j;
    let key = 0;
    for (let d = nameDigit(html.charCodeAt(j)); d !== 0; d = nameDigit(html.charCodeAt(++j))) {
      if (j - start < PACKED_NAME_MAX) key = key * NAME_BASE + d;
    }
    if (tracker.step(isEnd, j - start > PACKED_NAME_MAX ? LONG_NAME : key)) return true;
  }
  return false;
}

const SLASH = 0x2f;
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

// A tag-name character as a digit 1-39 (letters case-folded), 0 for any other code unit.
const NAME_BASE = 40;
const NAME_DIGITS = new Uint8Array(128);
for (let c = 0; c < 26; c++) NAME_DIGITS[0x41 + c] = NAME_DIGITS[0x61 + c] = 1 + c;
for (let c = 0; c < 10; c++) NAME_DIGITS[0x30 + c] = 27 + c;
NAME_DIGITS[0x2d] = 37; // -
NAME_DIGITS[0x3a] = 38; // :
NAME_DIGITS[0x5f] = 39; // _
function nameDigit(c: number): number {
  return c < 128 ? NAME_DIGITS[c]! : 0; // NaN past the end: 0
}
// 40^8 < 2^53: eight digits are exact in a double
const PACKED_NAME_MAX = 8;
const LONG_NAME = -1;
const NOT_RAW = -2;
/**
 * A tag name as a number: base 40 over its case-folded characters. Names longer than 8
 * characters are all LONG_NAME: none of them is a void or raw-text element.
 */
function packedName(name: string): number {
  if (name.length > PACKED_NAME_MAX) return LONG_NAME;
  let key = 0;
  for (let i = 0; i < name.length; i++) key = key * NAME_BASE + nameDigit(name.charCodeAt(i));
  return key;
}
const VOID_KEYS = new Set([...VOID_OR_SELF_CLOSING].filter((n) => /^[a-z]/.test(n)).map(packedName));
const RAW_KEYS = new Set([...RAW_TEXT].map(packedName));

/** Follows start/end tags by their packed names; step() says whether a tag lies past the depth cap. */
class DepthTracker {
  private depth = 0;
  private rawUntil = NOT_RAW; // the raw-text element whose end tag ends the raw text
  private readonly dropped: boolean[] = []; // per open level: was its start tag dropped

  step(isEnd: boolean, name: number): boolean {
    if (this.rawUntil !== NOT_RAW) {
      if (isEnd && name === this.rawUntil) this.rawUntil = NOT_RAW;
      return false;
    }
    if (VOID_KEYS.has(name)) return false;
    if (RAW_KEYS.has(name)) {
      if (!isEnd) this.rawUntil = name;
      return false;
    }
    if (isEnd) {
      if (this.depth === 0) return false;
      this.depth--;
      return this.dropped.pop() === true;
    }
    this.depth++;
    const drop = this.depth > MAX_NESTING_DEPTH;
    this.dropped.push(drop);
    return drop;
  }
}
