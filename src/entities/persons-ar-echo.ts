/**
 * @module Arabic names that neither a known given name nor a title announces, known instead by
 * how the text goes on to use them:
 * - echo: a two-word name whose second word later stands alone as the subject of a verb of
 *   saying ("التقى ساديو ماني … وقال ماني إن"), the way news refers back to a person;
 * - coordination: a two-word name joined by و to a person already found, or a found person
 *   joined so to it ("سجل محمد صلاح وساديو ماني").
 * Both words must be plain: no stopword, title, generic noun (مسؤول، مصدر، وكالة), nation,
 * definite or prepositional word, verb of saying or present-tense verb shape. So a recurring
 * everyday noun ("صرح مصدر مسؤول … وقال مسؤول إن") does not become a person.
 */
import type { Token } from './tokenize.js';
import type { Name } from './resolve.js';
import { personsAr as V } from './vocab.js';
import { DEFINITE_OR_PREPOSITIONAL, IMPERFECT_VERB, isArabicWord, stripConjunction, toName } from './arabic-words.js';

// Shorter words are particles and pronouns (إن، لا، هو), never an unannounced name.
const MIN_PART_LETTERS = 3;
const AND = 'و';

export function findEchoedNames(tokens: readonly Token[], nationTokens: ReadonlySet<number>, found: readonly Name[]): Name[] {
  const taken = new Set(found.flatMap((n) => n.indices));
  const plain = (k: number): boolean => plainWord(tokens, k, nationTokens, taken);
  const spoken = speechSubjects(tokens);
  const firsts = new Set(found.map((n) => n.indices[0]!));
  const lasts = new Set(found.map((n) => n.indices[n.indices.length - 1]!));
  // "بحث صالح مع …" after "فيصل صالح": a found person's family name after a verb is that person
  const surnames = new Set(found.map((n) => n.parts[n.parts.length - 1]!.key));
  const out: Name[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    // only a pair that some evidence could vouch for is worth the word tests
    if (!spoken.has(tokens[i + 1]!.key) && !lasts.has(i - 1) && !firsts.has(i + 2)) continue;
    const block = tokens[i]!.block;
    if (tokens[i + 1]!.block !== block || !plain(i) || !plain(i + 1) || surnames.has(tokens[i + 1]!.key)) continue;
    // the pair ends the run of unknown words; the word before may be the verb ("شاركت أوفا موانغي")
    if (tokens[i + 2]?.block === block && plain(i + 2)) continue;
    const joined = tokens[i]!.key.startsWith(AND) && stripConjunction(tokens[i]!.key) !== tokens[i]!.key;
    const echoed = !joined && (spoken.get(tokens[i + 1]!.key) ?? -1) > i + 1;
    // a definite word after the pair makes it a construct ("وقادة دول الخليج"), not a name; before
    // a found person, the pair must also start its run (one more unknown word and it is a phrase)
    const coordinated =
      !accusative(tokens, i) &&
      closes(tokens, i + 2, block, false) &&
      (joined
        ? lasts.has(i - 1)
        : firsts.has(i + 2) && tokens[i + 2]!.key.startsWith(AND) && !(tokens[i - 1]?.block === block && plain(i - 1)));
    if (!echoed && !coordinated) continue;
    out.push(toName(tokens, [i, i + 1], joined ? AND : ''));
    i++;
  }
  return out;
}

/** A word that may be part of a name nobody announced (see the module comment). */
function plainWord(tokens: readonly Token[], k: number, nationTokens: ReadonlySet<number>, taken: ReadonlySet<number>): boolean {
  const t = tokens[k];
  if (!t || !isArabicWord(t) || taken.has(k) || nationTokens.has(k)) return false;
  const bare = stripConjunction(t.key);
  if (bare.length < MIN_PART_LETTERS || DEFINITE_OR_PREPOSITIONAL.test(t.key) || IMPERFECT_VERB.test(bare)) return false;
  for (const w of bare === t.key ? [t.key] : [t.key, bare]) {
    if (V.stopwords.has(w) || V.cues.has(w) || V.skipAfterCue.has(w) || V.connectors.has(w)) return false;
    if (V.genericNouns.has(w) || V.placeWords.has(w) || V.speechVerbs.has(w) || V.neverPersons.has(w)) return false;
  }
  return true;
}

/**
 * The words that stand alone right after a verb of saying ("وقال ماني إن"), each with the index
 * of its last such use.
 */
function speechSubjects(tokens: readonly Token[]): Map<string, number> {
  const out = new Map<string, number>();
  for (let k = 1; k < tokens.length; k++) {
    const verb = tokens[k - 1]!;
    const t = tokens[k]!;
    if (!isArabicWord(t) || !isArabicWord(verb) || verb.block !== t.block) continue;
    if (!V.speechVerbs.has(verb.key) && !V.speechVerbs.has(stripConjunction(verb.key))) continue;
    if (closes(tokens, k + 1, t.block, true)) out.set(t.key, k);
  }
  return out;
}

/**
 * Nothing that could continue a name at `k`: the end, punctuation, a stopword, a word joined by
 * و, and with `definite` a definite or prepositional word ("وقال ماني للصحفيين").
 */
function closes(tokens: readonly Token[], k: number, block: number, definite: boolean): boolean {
  const t = tokens[k];
  if (!t || t.block !== block || !isArabicWord(t)) return true;
  if (definite && DEFINITE_OR_PREPOSITIONAL.test(t.key)) return true;
  return V.stopwords.has(t.key) || (t.key.startsWith(AND) && stripConjunction(t.key) !== t.key);
}

/**
 * Either word ends in the alef of an indefinite object or adverb ("استقبل … وفدا رفيعا"): after
 * a person and و, that is what the person did, not another person.
 */
function accusative(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.key.endsWith('ا') || tokens[i + 1]!.key.endsWith('ا');
}
