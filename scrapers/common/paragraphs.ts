/**
 * @module A body container to the article's prose paragraphs, per docs/document.md's body rules.
 */
import type { Element } from 'domhandler';
import { blocksOf, type SkipFn, type TextBlock } from './dom.js';
import { isBoilerplateElement, isBoilerplateLine, spaceSeparatedWords } from './boilerplate.js';

// A short block that is (almost) all link text is a promo or a list of other stories.
const MAX_LINK_SHARE = 0.8;
const MAX_WORDS_OF_LINKED_BLOCK = 40;
// List items and table cells are prose only when they read like sentences; shorter ones are
// menus, tag lists and figures.
const MIN_LIST_ITEM_WORDS = 8;
const LIST_LIKE = new Set(['li', 'td', 'th', 'dt', 'dd']);

export interface ParagraphOptions {
  /** extra subtrees to drop (a site's own boilerplate selectors) */
  skip?: SkipFn;
  /** texts already used as headline, standfirst or byline: never repeated as paragraphs */
  exclude?: readonly (string | null)[];
}

/** The prose paragraphs inside a body container, in order. */
export function paragraphsOf(container: Element, opts: ParagraphOptions = {}): string[] {
  const siteSkip = opts.skip;
  const skip: SkipFn = siteSkip ? (el) => isBoilerplateElement(el) || siteSkip(el) : isBoilerplateElement;
  const exclude = new Set((opts.exclude ?? []).filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  return blocksOf(container, skip)
    .filter((b) => isProse(b) && !exclude.has(b.text.toLowerCase()))
    .map((b) => b.text);
}

/** Whether a block of text is part of the article's prose. */
export function isProse(block: TextBlock): boolean {
  const { text } = block;
  if (!/[\p{L}\p{N}]/u.test(text)) return false; // separators, bullets, lone punctuation
  const words = spaceSeparatedWords(text);
  if (block.linkChars / text.length > MAX_LINK_SHARE && words <= MAX_WORDS_OF_LINKED_BLOCK) return false;
  if (LIST_LIKE.has(block.tag) && words < MIN_LIST_ITEM_WORDS) return false;
  return !isBoilerplateLine(text);
}
