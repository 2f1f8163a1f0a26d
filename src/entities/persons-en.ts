/**
 * @module English persons: capitalised runs ("spans") judged by their cues. A span is a person
 * when a title precedes the name ("Defense Secretary Ash Carter"), when it starts with a known
 * given name ("Lionel Messi"), or when the sentence treats it as one ("said Karim Nassar",
 * "Deniz Yıldız, an analyst"), and it names no place or organisation.
 */
import type { Token } from './tokenize.js';
import { commonWords, personsEn as V, widerWords } from './vocab.js';
import { cutAtHeadlineVerb, trimHeadline } from './headline.js';
import { isCommon, isParticle } from './name-words.js';
import { isKoreanName } from './korean.js';
import { partKey } from './resolve.js';
import { capitals } from './gazetteer.js';

export interface Span {
  /** token indices of the name itself, titles and leading words stripped */
  name: number[];
  /** token indices of the whole capitalised run */
  run: number[];
  evidence: 'title' | 'given' | 'context' | null;
  /** shape fits a name (no common words, 2+ parts): may be promoted by a neighbouring person */
  nameShaped: boolean;
  rejected: boolean;
}

// Longest name we accept, in words: "Sabah Al-Ahmad Al-Jaber Al-Sabah" is 4; 6 leaves room for
// "Mohammed bin Rashid Al Maktoum" while stopping runaway runs of capitalised words.
const MAX_NAME_WORDS = 6;
// Loose cues (apposition after a role noun, "backed by") take names of two or three words only:
// longer capitalised runs there are mostly organisations ("Hayat Tahrir al-Sham Front").
const LOOSE_MAX_WORDS = 3;
const KUNYA = new Set(['abu', 'abou', 'umm']);
const SURNAME_ORG_WORDS = new Set(['park', 'hall', 'field', 'house', 'bay', 'gate']);
// "Crown Prince Mohammed", "Queen Rania": these stay titles even after another title word.
const FIRST_NAME_TITLES_EXCLUDED = new Set(['prince', 'king', 'emir', 'major', 'sheikha']);
const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|Jr\.|Sr\.)$/u;

/** Capitalised runs of `tokens` (in Title-Case headlines too: `judgeSpan` trims those). */
export function findSpans(tokens: readonly Token[]): number[][] {
  const spans: number[][] = [];
  let run: number[] = [];
  const close = (): void => {
    while (run.length > 0 && isParticle(tokens[run[run.length - 1]!]!)) run.pop();
    while (run.length > 0 && isParticle(tokens[run[0]!]!) && !tokens[run[0]!]!.cap) run.shift();
    if (run.length === 0) return; // an empty run is reused: most words close one
    spans.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (prev && prev.block !== t.block) close();
    if (!isNameWord(t)) {
      close();
      return;
    }
    run.push(i);
    if (t.possessive) close();
  });
  close();
  return spans;
}

/** Judge one run: strip titles and leading non-name words, gather the evidence. */
export function judgeSpan(
  tokens: readonly Token[],
  run: number[],
  nationTokens: ReadonlySet<number>,
  demonymTokens: ReadonlySet<number>,
  blockedTokens: ReadonlySet<number>,
): Span {
  const span: Span = { name: [], run, evidence: null, nameShaped: false, rejected: true };
  const located = locateName(tokens, run, nationTokens, demonymTokens); // 1. strip titles, trim
  if (!located || !nameAcceptable(tokens, located.name, nationTokens, blockedTokens)) return span; // 2. no place/org
  const before = tokens[run[0]! - 1];
  // "the aircraft carrier Charles de Gaulle", "the storm Katrina": a vessel, storm or work
  const vessel = before?.kind === 'word' && !before.cap && before.block === tokens[run[0]!]!.block && V.vesselCues.has(before.key);
  if (located.title < 0 && vessel) return span;
  // "the Charles de Gaulle aircraft carrier", "the Ibn Khaldoun frigate": a vessel named after a person
  const after = tokens[run[run.length - 1]! + 1];
  if (after?.kind === 'word' && !after.cap && after.block === tokens[run[0]!]!.block && V.vesselsAfter.has(after.key)) return span;
  span.name = located.name;
  if (located.title >= 0)
    judgeTitled(tokens, located.run, located.title, span); // 3a. after a title
  else judgeUntitled(tokens, located.run, span); // 3b. on its own
  return span;
}

interface Located {
  name: number[];
  /** the (possibly cut) run */
  run: number[];
  /** index in `run` of the last title word, or -1 */
  title: number;
}

function locateName(
  tokens: readonly Token[],
  whole: number[],
  nationTokens: ReadonlySet<number>,
  demonymTokens: ReadonlySet<number>,
): Located | null {
  const headline = tokens[whole[0]!]!.titleCase;
  // A Title-Case headline run stops at its verb: "Steven McKenzie Wins Major League …"
  const run = headline ? cutAtHeadlineVerb(tokens, whole) : whole;
  // Most runs are one capitalised word (a sentence start, a place, a surname mention): no title
  // can precede a name inside them and one word is not a name on its own.
  if (run.length === 1) return null;
  const title = lastTitle(tokens, run);
  let name = title >= 0 ? run.slice(title + 1) : stripLeading(tokens, run, demonymTokens);
  // "Sultan Al Jaber": a title word that is also a given name, before a bare family name
  if (title >= 0 && titleIsFirstName(tokens, run, title, name)) name = run.slice(title);
  if (!headline || name.length === 0) return { name, run, title };
  // "Jordan Outperforms Budget": in a headline a country's name opens no person's name (the body
  // gives "Jordan Henderson" in full if he is meant)
  if (nationTokens.has(name[0]!) && !demonymTokens.has(name[0]!)) return null;
  // the name ends at the first common word ("Jordan Henderson Joins …")
  const trimmed = trimHeadline(tokens, name);
  const stop = tokens[name[trimmed.length]!];
  if (stop && isOrgWord(stop.key)) return null; // "King Abdullah Park Opens"
  return { name: trimmed, run, title };
}

function stripLeading(tokens: readonly Token[], run: readonly number[], demonymTokens: ReadonlySet<number>): number[] {
  let s = 0;
  // "Egyptian Hossam Hassan" loses the demonym; "Jordan Henderson" keeps the first name
  while (s < run.length && leadingNoise(tokens[run[s]!]!, demonymTokens.has(run[s]!)) && !isKoreanName(tokens, run.slice(s))) s++;
  // "Auctioneer Charles Hanson", "Goalkeeper Emiliano Martínez": a sentence-initial role word
  // before a known given name is not part of the name
  const head = tokens[run[s]!];
  if (head?.sentenceStart && roleLike(head) && !V.givenNames.has(head.key) && V.givenNames.has(tokens[run[s + 1]!]?.key ?? '')) s++;
  return run.slice(s);
}

function judgeTitled(tokens: readonly Token[], run: readonly number[], title: number, span: Span): void {
  const words = span.name.filter((i) => !isParticle(tokens[i]!));
  const firstGiven = V.givenNames.has(tokens[words[0]!]!.key);
  // "Senior Security Pact": after a title, a run of everyday words is a thing, not a person
  const everyday = (i: number): boolean => isCommon(tokens[i]!) || widerWords.has(tokens[i]!.key);
  if (words.length >= 2 && words.every(everyday) && !firstGiven) return;
  const titleKey = tokens[run[title]!]!.key;
  const strongTitle = V.singleNameTitles.has(titleKey) || V.singleNameTitles.has(titleKey.replace(/\.$/u, ''));
  // headlines capitalise adjectives too ("Major Wellness Retreat"): a weak title needs a given name
  if (tokens[run[0]!]!.titleCase && !strongTitle && !firstGiven) return;
  span.evidence = 'title';
  span.rejected = words.length === 1 && !strongTitle;
}

function judgeUntitled(tokens: readonly Token[], run: readonly number[], span: Span): void {
  const words = span.name.filter((i) => !isParticle(tokens[i]!));
  const first = tokens[span.name[0]!]!;
  const headline = first.titleCase;
  const prev = tokens[run[0]! - 1];
  // "The Talno Logistics said": a person's name does not take the article
  const article = prev?.key === 'the' && prev.block === first.block;
  span.nameShaped = !headline && !article && words.length >= 2 && words.every((i) => !isCommon(tokens[i]!));
  // a kunya ("Abu Bakr al-Baghdadi") is a name however rare its parts; two parts ("Abu Dhabi")
  // are too often a place
  const kunya = KUNYA.has(first.key) && span.name.length >= 3;
  if (words.length >= 2 && (V.givenNames.has(first.key) || kunya) && restFitsGiven(tokens, words)) span.evidence = 'given';
  else if (!headline && !article && isKoreanName(tokens, span.name)) span.evidence = 'given';
  else if (span.nameShaped && hasContextCue(tokens, run)) span.evidence = 'context';
  // "Bill Gates said", "founder Bill Gates": a known given name before everyday words, with a cue
  else if (
    !headline &&
    !article &&
    words.length >= 2 &&
    words.length <= LOOSE_MAX_WORDS &&
    V.givenNames.has(first.key) &&
    hasContextCue(tokens, run)
  )
    span.evidence = 'context';
  // "his counterpart, Paulina Nowak", "backed by Olayemi Cardoso": looser cues, short names only
  else if (span.nameShaped && words.length <= LOOSE_MAX_WORDS && hasLooseCue(tokens, run) && !words.some((i) => knownPlace(tokens[i]!)))
    span.evidence = 'context';
  // "manager Arne Slot": a role noun right before an uncommon first word carries a common surname
  else if (!headline && !article && words.length === 2 && !isCommon(first) && roleBefore(tokens, run)) span.evidence = 'context';
  span.rejected = span.evidence === null;
}

/**
 * Spans that look like names but lack their own cue become persons when they stand in a list
 * with a person: "Karim Benzema, N'Golo Kanté and Roberto Firmino".
 */
export function promoteListed(tokens: readonly Token[], spans: Span[]): void {
  for (let changed = true; changed;) {
    changed = false;
    spans.forEach((s, k) => {
      if (!s.rejected || !s.nameShaped) return;
      const neighbours = [spans[k - 1], spans[k + 1]].filter((n): n is Span => !!n && !n.rejected);
      if (neighbours.some((n) => listed(tokens, s, n))) {
        s.rejected = false;
        s.evidence = 'context';
        changed = true;
      }
    });
  }
}

// "in Munich", "from Milan": a lone capitalised word after these is a place, not a person's surname.
const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'into',
  'near',
  'across',
  'around',
  'outside',
  'inside',
  'via',
  'toward',
  'towards',
  'throughout',
]);

/**
 * Spans shaped like a name but without a cue of their own become persons when their last word
 * later stands alone, the way news refers back to a person: "Olayemi Cardoso attended … Cardoso
 * later raised rates", "Bill Gates donated … Gates has long backed". A lone word after "the" or a
 * place preposition ("the Garden", "in Munich") names a thing or a place, and is no such echo.
 */
export function promoteEchoed(tokens: readonly Token[], spans: Span[]): void {
  const lone = new Map<string, number>(); // key of a one-word run -> its last position
  for (const s of spans) {
    const i = s.run[0]!;
    const t = tokens[i]!;
    if (s.run.length !== 1 || t.titleCase || t.allCaps) continue;
    const prev = tokens[i - 1];
    if (prev?.block === t.block && (prev.key === 'the' || PLACE_PREPOSITIONS.has(prev.key))) continue;
    lone.set(t.key, i);
  }
  if (lone.size === 0) return;
  // "Presidents Bashir" beside "Omar al-Bashir": a lone "Bashir" is his, and vouches for no one else
  const surnames = new Set(
    spans.filter((s) => !s.rejected && s.name.length > 0).map((s) => partKey(tokens[s.name[s.name.length - 1]!]!.key)),
  );
  for (const s of spans) {
    if (!s.rejected || s.name.length < 2 || !echoable(tokens, s)) continue;
    const last = s.name[s.name.length - 1]!;
    if (surnames.has(partKey(tokens[last]!.key))) continue;
    if ((lone.get(tokens[last]!.key) ?? -1) > last) {
      s.rejected = false;
      s.evidence = 'context';
    }
  }
}

/**
 * Shaped like a name (no everyday words), or led by a known given name whose other words are
 * everyday ones ("Bill Gates", "Mark Price"); in running text, not after "the" or a place
 * preposition, naming no place.
 */
function echoable(tokens: readonly Token[], s: Span): boolean {
  const first = tokens[s.name[0]!]!;
  const prev = tokens[s.run[0]! - 1];
  // "the Rose Garden", "near Kfar Kila": a thing or a place
  if (first.titleCase || (prev?.block === first.block && (prev.key === 'the' || PLACE_PREPOSITIONS.has(prev.key)))) return false;
  const words = s.name.filter((i) => !isParticle(tokens[i]!));
  if (words.length < 2 || words.some((i) => knownPlace(tokens[i]!))) return false;
  return s.nameShaped || V.givenNames.has(first.key);
}

function isNameWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (mayBeRoman(t.text) && ROMAN.test(t.text)) return true;
  if (t.allCaps && !/^\p{Lu}\.$/u.test(t.text)) return false;
  if (t.cap) return true;
  if (isParticle(t)) return true;
  // "al-Jaafari", "el-Sisi", "bin-Laden": a lower-case particle glued to a capitalised name
  return t.parts.length > 1 && V.particles.has(t.parts[0]!) && /[-‑]\p{Lu}/u.test(t.text);
}

/** The first letter of one of the ROMAN forms (I V X J S): skips the regex for other words. */
function mayBeRoman(text: string): boolean {
  const c = text.charCodeAt(0);
  return c === 73 || c === 86 || c === 88 || c === 74 || c === 83;
}

function lastTitle(tokens: readonly Token[], run: readonly number[]): number {
  for (let k = run.length - 2; k >= 0; k--) if (V.titles.has(tokens[run[k]!]!.key)) return k;
  return -1;
}

/**
 * A title word that is also a given name is the name when a bare family name follows it
 * ("Sultan Al Jaber") or another title stands before it ("Egyptian President Sultan Khoury");
 * "His Majesty Sultan Haitham" and "Oman's Sultan Haitham" keep it a title.
 */
function titleIsFirstName(tokens: readonly Token[], run: readonly number[], t: number, name: readonly number[]): boolean {
  const titleWord = tokens[run[t]!]!;
  if (!V.titlesAlsoNames.has(titleWord.key) || FIRST_NAME_TITLES_EXCLUDED.has(titleWord.key)) {
    return V.titlesAlsoNames.has(titleWord.key) && name.length <= 2 && isParticle(tokens[name[0]!]!);
  }
  if (name.length <= 2 && isParticle(tokens[name[0]!]!)) return true;
  // "Sultan AlNeyadi", "Sultan al-Qassimi": a lone family name with its article glued on
  if (name.length === 1 && /^(?:al|el)(?:-|\p{Lu})/u.test(tokens[name[0]!]!.text.replace(/^A/u, 'a').replace(/^E/u, 'e'))) return true;
  const before = t > 0 ? tokens[run[t - 1]!]! : undefined;
  return !!before && V.titles.has(before.key) && !V.honorifics.has(before.key) && name.length === 1;
}

function leadingNoise(t: Token, isDemonym: boolean): boolean {
  if (isDemonym || V.nonNameWords.has(t.key) || ROMAN.test(t.text)) return true;
  return t.sentenceStart && isCommon(t) && !V.givenNames.has(t.key);
}

function nameAcceptable(
  tokens: readonly Token[],
  name: readonly number[],
  nationTokens: ReadonlySet<number>,
  blockedTokens: ReadonlySet<number>,
): boolean {
  if (name.length === 0 || name.length > MAX_NAME_WORDS) return false;
  // "Kim Jong Un", "Park Ji-sung": parts that elsewhere are acronyms or places
  if (isKoreanName(tokens, name)) return !name.some((i) => blockedTokens.has(i));
  const ts = name.map((i) => tokens[i]!);
  const joined = ts.map((x) => x.key).join(' ');
  if (V.neverPersons.has(joined) || ts.some((x) => V.neverPersons.has(x.key))) return false;
  if (V.places.has(joined) || capitals.has(joined)) return false;
  if (name.some((i) => blockedTokens.has(i))) return false; // "Saudi Aramco", "Royal Jordanian"
  // Korean family names come last in English ("Seo-yeon Park"): "Park" after a known given name
  // is the person's name, not a park
  const surnameLike = ts.length === 2 && V.givenNames.has(ts[0]!.key) && SURNAME_ORG_WORDS.has(ts[1]!.key);
  // "Finance Bill" names a law, "Bill Gates" a man: a given name opening the name is not the
  // organisation word it may also be (bodies and laws put that word last)
  const givenFirst = ts.length >= 2 && V.givenNames.has(ts[0]!.key);
  if (!surnameLike && ts.some((x, k) => isOrgWord(x.key) && !(k === 0 && givenFirst))) return false;
  // words like "Shia" or "Royal" may sit inside a name (Mohammed Shia al-Sudani), not at its ends
  if (V.nonNameWords.has(ts[0]!.key) || V.nonNameWords.has(ts[ts.length - 1]!.key)) return false;
  return !name.every((i) => nationTokens.has(i) || isParticle(tokens[i]!));
}

// After a known given name the other parts may be ordinary words ("Helen Ward"), but not words
// that never name a person ("Grace Church" fails on the organisation list before this).
function restFitsGiven(tokens: readonly Token[], words: readonly number[]): boolean {
  const first = tokens[words[0]!]!;
  const rest = words.slice(1).map((i) => tokens[i]!);
  if (rest.some((x) => V.titles.has(x.key))) return false;
  // a given name that is also an everyday word ("Will", "Mark") needs an uncommon surname
  return !commonWords.has(first.key) || rest.some((x) => !isCommon(x));
}

function roleLike(t: Token): boolean {
  return V.roleNouns.has(t.key) || V.titles.has(t.key) || commonWords.has(t.key);
}

/** "Foundation", "Accords", "Holdings": the organisation and place words, plural too. */
function isOrgWord(key: string): boolean {
  if (V.orgPlaceWords.has(key)) return true;
  // not for the plurals that are surnames too: Rosa Parks, Tyra Banks
  const singular = key.endsWith('s') ? key.slice(0, -1) : '';
  return V.orgPlaceWords.has(singular) && !SURNAME_ORG_WORDS.has(singular) && singular !== 'bank';
}

function roleBefore(tokens: readonly Token[], run: readonly number[]): boolean {
  const prev = tokens[run[0]! - 1];
  return !!prev && prev.block === tokens[run[0]!]!.block && prev.kind === 'word' && !prev.cap && V.roleNouns.has(prev.key);
}

/** "said Karim Nassar", "Nasser told", "Deniz Yıldız, an analyst", "manager Jürgen Klopp". */
function hasContextCue(tokens: readonly Token[], run: readonly number[]): boolean {
  const first = run[0]!;
  const last = run[run.length - 1]!;
  const block = tokens[first]!.block;
  const at = (i: number): Token | undefined => (tokens[i]?.block === block ? tokens[i] : undefined);
  const prev = at(first - 1);
  if (prev && prev.kind === 'word' && !prev.cap && (V.roleNouns.has(prev.key) || V.speechVerbs.has(prev.key))) return true;
  const next = at(last + 1);
  if (!next) return false;
  if (next.kind === 'word' && V.speechVerbs.has(next.key)) return true;
  const after = at(last + 2);
  return next.text === ',' && !!after && after.kind === 'word' && (V.appositionStarters.has(after.key) || V.roleNouns.has(after.key));
}

/**
 * An apposition after a role noun ("the Taliban spokesman, Zabihullah Mujahid") or the agent
 * of a passive or attribution ("backed by Olayemi Cardoso", "according to Paulina Nowak").
 */
function hasLooseCue(tokens: readonly Token[], run: readonly number[]): boolean {
  const first = run[0]!;
  const block = tokens[first]!.block;
  const lower = (i: number): Token | undefined => {
    const t = tokens[i];
    return t?.block === block && t.kind === 'word' && !t.cap ? t : undefined;
  };
  const p1 = tokens[first - 1];
  if (!p1 || p1.block !== block) return false;
  const p2 = lower(first - 2);
  if (p1.text === ',') return !!p2 && V.roleNouns.has(p2.key);
  if (p1.key === 'to') return p2?.key === 'according';
  return p1.key === 'by' && !!p2 && (V.agentVerbs.has(p2.key) || /[^e]ed$/u.test(p2.key));
}

/** A capital city or a listed place ("Paris Saint-Germain", "Tel Aviv") is no part of a loosely cued name. */
function knownPlace(t: Token): boolean {
  return capitals.has(t.key) || V.places.has(t.key);
}

function listed(tokens: readonly Token[], a: Span, b: Span): boolean {
  const [x, y] = a.run[0]! < b.run[0]! ? [a, b] : [b, a];
  const gap = tokens.slice(x.run[x.run.length - 1]! + 1, y.run[0]).map((t) => t.key);
  return gap.length >= 1 && gap.length <= 2 && gap.every((g) => g === ',' || g === 'and' || g === '&');
}
