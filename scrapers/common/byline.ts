/**
 * @module A byline as shown to the list of names it credits. The same rule maps a ground-truth
 * byline string to names in the conformance suite, so both sides are compared alike.
 */
import { normalizeText } from '../../src/extract/index.js';

// "By …", "Written by …", "بقلم …", "كتب …", "تحرير: …" introduce the names.
const BYLINE_PREFIX = /^(?:by|written by|reported by|words by|بقلم|كتبت?|تحرير|إعداد)\s*[:：\-–]?\s+/iu;
// Between names: commas (Latin and Arabic), ampersands, "and", and a free-standing Arabic "و".
const NAME_SEPARATOR = /\s*(?:,|،|&|\band\b|\s+و\s+)\s*/iu;

/** The names a byline credits, in order ("By Jane Doe and John Roe" -> ["Jane Doe", "John Roe"]). */
export function splitByline(byline: string): string[] {
  const text = normalizeText(byline).replace(BYLINE_PREFIX, '');
  return text.split(NAME_SEPARATOR).map((n) => n.trim()).filter((n) => n !== '');
}
