/**
 * @module Word tests shared by the Arabic person rules: the shapes of verbs and definite words,
 * the conjunction a name token may carry, and a found name as a resolvable Name.
 */
import type { Token } from './tokenize.js';
import type { Name } from './resolve.js';
import { isArabic } from './arabic-forms.js';

export const ARTICLE = 'ال';
// A word we do not know that opens with ي or ت and has three more letters is most likely a verb
// in the present tense (ينتظر، يمر، تتمتع) right after a noun that looked like a role.
export const IMPERFECT_VERB = /^[يت]\p{L}{3,}$/u;
// A definite or prepositional word (الوزارة، للوزارة، بالعاصمة) does not open a name.
export const DEFINITE_OR_PREPOSITIONAL = /^(?:[وف]?[بلك]?ال|[وف]?لل)/u;
const DIACRITICS = /[\u064B-\u065F\u0670\u0640]/gu;

/** The key without a leading conjunction و/ف ("ومنى" -> "منى"); short words keep theirs (وزن). */
export function stripConjunction(key: string): string {
  const c = key.charCodeAt(0);
  return (c === 0x0648 /* و */ || c === 0x0641) /* ف */ && key.length > 3 ? key.slice(1) : key;
}

export function clean(text: string): string {
  return text.replace(DIACRITICS, '');
}

export function isArabicWord(t: Token): boolean {
  return t.kind === 'word' && isArabic(t.text);
}

/** The name read from token indices `parts`; `prefix` is a conjunction its first word carries. */
export function toName(tokens: readonly Token[], parts: readonly number[], prefix: string): Name {
  return {
    parts: parts.map((k, n) => {
      const text = clean(tokens[k]!.text);
      const key = tokens[k]!.key;
      return n === 0 && prefix ? { text: text.slice(prefix.length), key: key.slice(prefix.length) } : { text, key };
    }),
    indices: [...parts],
  };
}
