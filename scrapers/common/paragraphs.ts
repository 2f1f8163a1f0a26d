/**
 * @module A body container to the article's prose paragraphs, per docs/document.md's body rules.
 */
import type { Element } from 'domhandler';
import { blocksOf, type SkipFn, type TextBlock } from './dom.js';
import { hasBoilerplateClass, isBoilerplateElement, isBoilerplateLine, spaceSeparatedWords } from './boilerplate.js';

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
  /**
   * Read the body as a general page, not a news story of a known layout: keep its subheadings
   * (h2-h6 with no boilerplate class) and the short unlinked items of its lists and tables
   * (ingredients, steps, facts, figures), which long-form pages, guides and recipes carry as
   * part of their text.
   */
  longForm?: boolean;
}

const SUBHEADINGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The prose paragraphs inside a body container, in order. */
export function paragraphsOf(container: Element, opts: ParagraphOptions = {}): string[] {
  const siteSkip = opts.skip;
  const chrome: SkipFn = opts.longForm ? (el) => isBoilerplateElement(el) && !isSubheading(el) : isBoilerplateElement;
  const skip: SkipFn = siteSkip ? (el) => chrome(el) || siteSkip(el) : chrome;
  const exclude = new Set((opts.exclude ?? []).filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  const longForm = opts.longForm === true;
  const kept = blocksOf(container, skip).filter((b) => isProse(b, longForm) && !exclude.has(b.text.toLowerCase()));
  return (longForm ? withoutEmptySections(kept) : kept).map((b) => b.text);
}

/**
 * A subheading heads the text after it: one followed by nothing kept, or by a heading of its own
 * level or above (the "More on this topic" over a list of links the rules dropped), goes too.
 */
function withoutEmptySections(blocks: readonly TextBlock[]): TextBlock[] {
  return blocks.filter((b, i) => {
    if (!SUBHEADINGS.has(b.tag)) return true;
    const next = blocks[i + 1];
    return next !== undefined && !(SUBHEADINGS.has(next.tag) && next.tag <= b.tag);
  });
}

function isSubheading(el: Element): boolean {
  return SUBHEADINGS.has(el.name) && !hasBoilerplateClass(el);
}

/** Whether a block of text is part of the article's prose (`longForm`: see ParagraphOptions). */
export function isProse(block: TextBlock, longForm = false): boolean {
  const { text } = block;
  if (!/[\p{L}\p{N}]/u.test(text)) return false; // separators, bullets, lone punctuation
  const words = spaceSeparatedWords(text);
  if (block.linkChars / text.length > MAX_LINK_SHARE && words <= MAX_WORDS_OF_LINKED_BLOCK) return false;
  if (LIST_LIKE.has(block.tag) && words < MIN_LIST_ITEM_WORDS && !(longForm && block.linkChars === 0)) return false;
  return !isBoilerplateLine(text);
}
