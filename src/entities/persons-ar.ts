/**
 * @module Arabic-script persons. Arabic has no capitals, so a name starts at a known given name
 * (محمد، رنا) or right after a title or role (الشيخ، الدكتورة، العداء الإثيوبي), and runs on
 * through connectors (بن، أبو، عبد), further given names, one unknown part and at most one
 * family name (الزعبي). Titles are never part of the name; a stopword or punctuation ends it.
 */
import type { Token } from './tokenize.js';
import { personsAr as V } from './vocab.js';
import type { Name } from './resolve.js';
import { ARTICLE, DEFINITE_OR_PREPOSITIONAL, IMPERFECT_VERB, clean, isArabicWord, stripConjunction, toName } from './arabic-words.js';
import { findEchoedNames } from './persons-ar-echo.js';
import { knownNameAt } from './known-names-ar.js';

// Arabic names in news run to four or five parts: سالم بن حمد الراشدي، عبد الرحمن الغامدي.
const MAX_NAME_PARTS = 5;
// How far back from a word a title or role may stand, across skippable words: وزير الخارجية
// الأمريكي أنتوني … puts two words between the role and the name.
const CUE_LOOKBACK = 3;
// عبد ("servant of") opens a compound given name on its own: عبد الرحمن، عبد الله. Other
// connectors (أبو، أم) open a name only after a cue: أبو ظبي is a city, أم also means "or".
const COMPOUND_HEAD = 'عبد';

type PartKind = 'given' | 'unknown' | 'family';

/**
 * `nationTokens`: tokens the gazetteer matched (names and demonyms); `countryTokens`: those that
 * are a country's name (الكويت), which never continue a person's name: أمير الكويت is a title.
 */
export function findArabicNames(
  tokens: readonly Token[],
  nationTokens: ReadonlySet<number>,
  countryTokens: ReadonlySet<number>,
): { accepted: Name[]; mentions: Name[] } {
  const accepted: Name[] = [];
  const mentionAt: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isArabicWord(t)) continue;
    // a later bare surname follows a verb (وأضاف المصري); after a definite noun the same word is
    // an adjective (وزير الدفاع المصري) and keeps its nation sense
    const prev = tokens[i - 1];
    if (!prev || !isArabicWord(prev) || !prev.text.startsWith(ARTICLE)) mentionAt.push(i);
    const known = knownNameAt(tokens, i);
    if (known) {
      const parts = familyNameAfter(tokens, known.parts, nationTokens);
      // a place named after the person (جامعة محمد بن سلمان) is skipped whole, its words with it
      if (!namedPlace(tokens, i)) accepted.push(toName(tokens, parts, known.prefix));
      i = parts[parts.length - 1]!;
      continue;
    }
    const start = nameStart(tokens, i, nationTokens);
    if (!start) continue;
    const parts = extend(tokens, i, start, countryTokens);
    if (parts.length < 2 || namedPlace(tokens, i)) continue;
    accepted.push(toName(tokens, parts, start.prefix));
    i = parts[parts.length - 1]!;
  }
  // names no given name or title announces, known by how the text goes on to use them
  accepted.push(...findEchoedNames(tokens, nationTokens, accepted));
  return { accepted, mentions: surnameMentions(tokens, mentionAt, accepted) };
}

/**
 * A known name (`parts`) and the family name that may follow it, which any name may have: a
 * connector pair (محمد بن سلمان آل سعود) or a nisba (…ي: الراشدي) that is no nation's
 * demonym (محمد بن سلمان السعودي is "the Saudi"). Any other word ends it: الجلسة, الرئيس.
 */
function familyNameAfter(tokens: readonly Token[], parts: readonly number[], nationTokens: ReadonlySet<number>): number[] {
  const out = [...parts];
  const head = parts[0]!;
  while (out.length < MAX_NAME_PARTS) {
    const j = out[out.length - 1]! + 1;
    const u = tokens[j];
    if (!u || !isNamePart(tokens, j, head) || nationTokens.has(j)) break;
    if (V.connectors.has(u.key) && isNamePart(tokens, j + 1, head) && !nationTokens.has(j + 1)) {
      out.push(j, j + 1);
      continue;
    }
    if (u.text.startsWith(ARTICLE) && u.key.endsWith('ي')) out.push(j);
    break;
  }
  return out;
}

/**
 * The one-word mentions at `at` that can name a found person: only a name's last part does
 * (resolveNames folds nothing else), so the other words of the text need no Name of their own.
 */
function surnameMentions(tokens: readonly Token[], at: readonly number[], accepted: readonly Name[]): Name[] {
  if (accepted.length === 0) return [];
  const lastParts = new Set(accepted.map((n) => n.parts[n.parts.length - 1]!.key));
  const mentions: Name[] = [];
  for (const i of at) {
    const key = stripConjunction(tokens[i]!.key);
    if (lastParts.has(key)) mentions.push({ parts: [{ text: clean(tokens[i]!.text), key }], indices: [i] });
  }
  return mentions;
}

interface Start {
  kind: PartKind;
  /** "و" when the first word carries a conjunction ("ومنى") that is not part of the name */
  prefix: string;
  /** a given name that is also an everyday word (سعيد "happy"): needs a clear second part */
  weak: boolean;
}

function nameStart(tokens: readonly Token[], i: number, nationTokens: ReadonlySet<number>): Start | null {
  const t = tokens[i]!;
  if (V.stopwords.has(t.key) || V.cues.has(t.key) || V.skipAfterCue.has(t.key)) return null;
  const bare = stripConjunction(t.key);
  const prefix = bare !== t.key ? t.key.slice(0, t.key.length - bare.length) : '';
  if (V.givenNames.has(t.key) || t.key === COMPOUND_HEAD) return { kind: 'given', prefix: '', weak: V.ambiguousGivenNames.has(t.key) };
  if (prefix && V.givenNames.has(bare)) return { kind: 'given', prefix, weak: V.ambiguousGivenNames.has(bare) };
  // the cue test first: for most words the word before is no cue, and that ends it
  if (nationTokens.has(i) || !cueBefore(tokens, i, nationTokens) || DEFINITE_OR_PREPOSITIONAL.test(t.key) || IMPERFECT_VERB.test(t.key))
    return null;
  return { kind: 'unknown', prefix: '', weak: false };
}

/** A title or role word shortly before `i`, with only skippable words (الاقتصادي، الإثيوبي) between. */
function cueBefore(tokens: readonly Token[], i: number, nationTokens: ReadonlySet<number>): boolean {
  for (let k = i - 1; k >= 0 && k >= i - CUE_LOOKBACK - 1; k--) {
    const p = tokens[k]!;
    if (!isArabicWord(p) || p.block !== tokens[i]!.block) return false;
    if (V.cues.has(p.key) || V.cues.has(stripConjunction(p.key))) return true;
    // الأمين العام للوزارة سامر …: adjectives, nations and "of the …" complements stand between
    if (!V.skipAfterCue.has(p.key) && !nationTokens.has(k) && !p.key.startsWith('لل')) return false;
  }
  return false;
}

function extend(tokens: readonly Token[], i: number, start: Start, countryTokens: ReadonlySet<number>): number[] {
  const parts = [i];
  let last: PartKind = start.kind;
  // a name led by a cue may be wholly unknown to us, in two parts (الكاتبة سميحة خريس)
  let unknownUsed = false;
  let j = i + 1;
  if (V.connectors.has(tokens[i]!.key) && isNamePart(tokens, j, i)) parts.push(j++); // عبد الرحمن
  while (parts.length < MAX_NAME_PARTS) {
    const u = tokens[j];
    // a family name may also be a title word: دانة السيد
    if (u && last === 'given' && u.text.startsWith(ARTICLE) && V.cues.has(u.key) && isArabicWord(u) && u.block === tokens[i]!.block) {
      parts.push(j);
      break;
    }
    if (!u || !isNamePart(tokens, j, i) || countryTokens.has(j)) break;
    if (V.connectors.has(u.key)) {
      if (!isNamePart(tokens, j + 1, i)) break;
      parts.push(j, j + 1); // بن حمد، أبو سمرة، فان مارفيك
      j += 2;
      last = 'given';
      unknownUsed = true; // what follows a connector pair is a name part we know, or nothing
      continue;
    }
    // Gulf patronymics carry the article: مشعل الأحمد الجابر الصباح
    if (u.text.startsWith(ARTICLE) && V.givenNames.has(u.key.slice(ARTICLE.length)) && last === 'given') {
      parts.push(j++);
      unknownUsed = true; // after a patronymic only more name parts follow, no unknown word
      continue;
    }
    if (u.text.startsWith(ARTICLE)) {
      // a family name (الزعبي) after a given name, or a nisba (…ي) after any part; it ends the name
      // after a given name that is also a word (حسن النية "good faith") only a nisba will do
      const weakHead = start.weak && parts.length === 1;
      if ((last === 'given' && !weakHead) || u.key.endsWith('ي')) parts.push(j);
      break;
    }
    if (V.givenNames.has(u.key)) {
      if (countryTokens.has(j + 1)) break; // "أمير الكويت": a title before a country, not a name
      parts.push(j++);
      last = 'given';
      continue;
    }
    if (unknownUsed || /^[بلفك]ال/u.test(u.key)) break;
    // "محمد وأحمد"، "محمد صلاح وساديو ماني": a word joined by و to a given name, or to a name of
    // two parts already, starts the next person
    const joined = stripConjunction(u.key) !== u.key && u.key.startsWith('و');
    if (joined && (V.givenNames.has(stripConjunction(u.key)) || parts.length >= 2)) break;
    // "حسن خوري، مدير" is a name; "بشكل حسن جدا" is not: after a weak head, the unknown part
    // must close the phrase (punctuation, a stopword or the end follows), unless the head stands
    // where only a noun can: right after the verb that opens the sentence ("وافتتح حكيم زياش
    // التسجيل"), with no noun before it for the everyday adjective (حكيم "wise") to describe
    if (start.weak && parts.length === 1 && isNamePart(tokens, j + 1, i) && !afterOpeningVerb(tokens, i)) break;
    // "بشكل سليم ومتوازن": a word joined by و to an everyday word is its pair, not a family name
    if (start.weak && parts.length === 1 && stripConjunction(u.key) !== u.key) break;
    // a present-tense verb after two name parts: "هالة صالح يبحث" (one part: "هايلي تسفاي"); a
    // compound given name (عبد المجيد) is one part, so its family name may look like a verb
    // (تبون) and is judged as after one part, by what follows it
    if (parts.length >= 2 && !compoundOnly(tokens, parts) && IMPERFECT_VERB.test(u.key)) break;
    if (IMPERFECT_VERB.test(u.key) && isNamePart(tokens, j + 1, i)) break; // "منصور يبحث الحوار"
    parts.push(j++);
    unknownUsed = true;
    last = 'unknown';
  }
  return parts;
}

/**
 * The word before `i` opens its sentence and carries the conjunction و/ف: in news Arabic that is a
 * verb in the past tense (وقال، وأضاف، وافتتح، فاز), whose subject follows. Known nouns that start
 * so (وزير، ولي) are cues, and a definite noun (والحكومة) is not a verb.
 */
function afterOpeningVerb(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || !p.sentenceStart || !isArabicWord(p) || p.block !== tokens[i]!.block) return false;
  const bare = stripConjunction(p.key);
  if (bare === p.key || bare.startsWith(ARTICLE) || DEFINITE_OR_PREPOSITIONAL.test(p.key)) return false;
  return !V.cues.has(p.key) && !V.stopwords.has(bare) && !V.skipAfterCue.has(bare) && !V.givenNames.has(bare);
}

/** The name so far is one compound given name: عبد + a divine name with the article (عبد المجيد). */
function compoundOnly(tokens: readonly Token[], parts: readonly number[]): boolean {
  return parts.length === 2 && tokens[parts[0]!]!.key === COMPOUND_HEAD && tokens[parts[1]!]!.text.startsWith(ARTICLE);
}

function isNamePart(tokens: readonly Token[], j: number, i: number): boolean {
  const u = tokens[j];
  return !!u && isArabicWord(u) && u.block === tokens[i]!.block && !V.stopwords.has(u.key) && !V.cues.has(u.key);
}

/** "جامعة السلطان قابوس", "مطار الملك خالد": a place or body named after a person. */
function namedPlace(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) {
    const p = tokens[k]!;
    if (!isArabicWord(p)) return false;
    if (V.placeWords.has(stripConjunction(p.key))) return true;
    if (!V.placeTitles.has(p.key)) return false;
  }
  return false;
}
