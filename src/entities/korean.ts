/**
 * @module Korean names in English text: a family name (Kim, Moon, Park) and a two-syllable given
 * name, hyphenated ("Moon Jae-in") or as two words ("Kim Jong Un"). Their parts are often English
 * words (Moon, Park, Song) or acronyms (Un), so the usual tests for a name would reject them;
 * a known family name plus given-name parts that are all romanised Korean syllables is the cue.
 */
import type { Token } from './tokenize.js';
import { personsEn as V } from './vocab.js';

// One romanised syllable (Revised and McCune-Reischauer spellings as news writes them): an
// optional initial consonant cluster, a vowel with its optional glide, an optional final.
const SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|[gkndtrlmbpsjh])?(?:[wy])?(?:ae|eo|eu|ui|oe|oo|ou|ee|a|e|i|o|u)(?:ng|[nklmptgb])?$/u;

/** `name` (token indices) is exactly a Korean family name and a two-syllable given name. */
export function isKoreanName(tokens: readonly Token[], name: readonly number[]): boolean {
  const ts = name.map((i) => tokens[i]!);
  if (ts.length < 2 || ts.length > 3 || !ts.every((t) => t.kind === 'word' && t.cap && !t.allCaps)) return false;
  if (!V.koreanFamilyNames.has(ts[0]!.key)) return false;
  // "Jae-in", "Ki-moon": one hyphenated word; "Jong Un": two capitalised words
  const given = ts.length === 2 ? ts[1]!.parts : ts.slice(1).map((t) => t.key);
  return given.length === 2 && given.every((s) => SYLLABLE.test(s));
}
