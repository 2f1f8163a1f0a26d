/**
 * @module Whether an Arabic name and a Latin one can be the same name: the consonants of each
 * word agree once both are mapped to the sounds Latin transliteration writes for them (خ = kh,
 * ش = sh, ق = q or k, ج = j or g, …), and the vowels do not contradict each other: an Arabic long
 * vowel (ا و ي, and ع) needs a Latin vowel of its kind at that place (و is o/u, ي is i/e/y), and
 * a long Latin vowel (ou, ee, aa) needs an Arabic long vowel. Short vowels are not written in
 * Arabic, so a short Latin vowel may stand anywhere. Hassan / حسين (a against ي), Mohammed /
 * محمود (e against و) and Mahmoud / محمد (ou with nothing) are told apart.
 *
 * Both names come as variant keys (name-forms.ts): articles dropped, "bin" unified, "abd" joined.
 */

/** A consonant sound, and the vowel written after it ('' none; Arabic: a i u or * for ع; Latin: the letters). */
interface Unit {
  consonant: string;
  vowel: string;
}
/** A word as consonant units, with the vowel written before its first consonant. */
interface Shape {
  initialVowel: string;
  units: Unit[];
}

const ARABIC_CONSONANT: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 't',
  ج: 'g',
  ح: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'd',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'c',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  غ: 'g',
  ف: 'f',
  ق: 'k',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  پ: 'b',
  چ: 'c',
  گ: 'g',
  ڤ: 'f',
};
const ARABIC_VOWEL: Record<string, string> = { ا: 'a', و: 'u', ي: 'i', ع: '*' };
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/kh/gu, 'x'],
  [/sh|ch/gu, 'c'],
  [/th/gu, 't'],
  [/dh/gu, 'd'],
  [/gh/gu, 'g'],
  [/ph/gu, 'f'],
  [/ck/gu, 'k'],
];
const LATIN_CONSONANT: Record<string, string> = {
  b: 'b',
  p: 'b',
  t: 't',
  d: 'd',
  g: 'g',
  j: 'g',
  h: 'h',
  k: 'k',
  q: 'k',
  c: 'k',
  f: 'f',
  v: 'f',
  l: 'l',
  m: 'm',
  n: 'n',
  r: 'r',
  s: 's',
  z: 'z',
  x: 'x',
};
// Which Latin vowel letters can write each Arabic long vowel.
const VOWEL_LETTERS: Record<string, RegExp> = { a: /[ae]/u, i: /[iey]/u, u: /[ouw]/u, '*': /[aeiouyw]/u };

/** Arabic word -> shape. */
function arabicShape(word: string): Shape {
  const w = word
    .replace(/^ال(?=..)/u, '')
    .replace(/^عبدال/u, 'عبد')
    .replace(/ه$/u, '');
  const shape: Shape = { initialVowel: '', units: [] };
  [...w].forEach((ch, i) => {
    const consonant = ARABIC_CONSONANT[ch];
    // و and ي open a word as consonants (Walid, Yasser); inside it they are long vowels
    if ((ch === 'و' || ch === 'ي') && i === 0) return pushConsonant(shape, ch === 'و' ? 'w' : 'y');
    if (consonant !== undefined) return pushConsonant(shape, consonant);
    const vowel = ARABIC_VOWEL[ch];
    // a word-initial alef carries the hamza, with any vowel (أحمد, إسماعيل, أسامة): folding removed which
    if (vowel !== undefined) addVowel(shape, i === 0 && ch === 'ا' ? '*' : vowel);
  });
  return shape;
}

/** Latin word -> shape. */
function latinShape(word: string): Shape {
  let w = word.replace(/(?<=[aeiou])h$/u, '');
  for (const [re, sound] of LATIN_DIGRAPHS) w = w.replace(re, sound.toUpperCase());
  const shape: Shape = { initialVowel: '', units: [] };
  [...w].forEach((ch, i) => {
    if (ch >= 'A' && ch <= 'Z') return pushConsonant(shape, ch.toLowerCase());
    if ((ch === 'w' || ch === 'y') && i === 0) return pushConsonant(shape, ch);
    const consonant = LATIN_CONSONANT[ch];
    if (consonant === 'x' && ch === 'x') {
      pushConsonant(shape, 'k');
      return pushConsonant(shape, 's');
    }
    if (consonant !== undefined) return pushConsonant(shape, consonant);
    if (/[aeiouyw]/u.test(ch)) addVowel(shape, ch);
  });
  return shape;
}

function pushConsonant(shape: Shape, consonant: string): void {
  const last = shape.units[shape.units.length - 1];
  // a doubled consonant (Mohammed, shadda) is one sound
  if (last && last.consonant === consonant && last.vowel === '') return;
  shape.units.push({ consonant, vowel: '' });
}

function addVowel(shape: Shape, vowel: string): void {
  const last = shape.units[shape.units.length - 1];
  if (last) last.vowel += vowel;
  else shape.initialVowel += vowel;
}

/** A word's final h is ه / ة or ح alike in Latin: compare without it. */
function withoutFinalH(units: Unit[]): Unit[] {
  const last = units[units.length - 1];
  return last && last.consonant === 'h' ? units.slice(0, -1) : units;
}

/** The consonants of a word, for indexing candidates before the full comparison. */
export function consonantKey(word: string, arabic: boolean): string {
  const shape = arabic ? arabicShape(word) : latinShape(word);
  return withoutFinalH(shape.units)
    .map((u) => u.consonant)
    .join('');
}

function vowelsAgree(arabic: string, latin: string): boolean {
  if (arabic === '') return latin.length < 2; // a long Latin vowel needs one in the Arabic
  const letters = VOWEL_LETTERS[arabic[0]!]!;
  return letters.test(latin);
}

/** Whether the Arabic word and the Latin word can be one name part. */
export function sameWord(arabicWord: string, latinWord: string): boolean {
  if (arabicWord === 'bin' || latinWord === 'bin') return arabicWord === latinWord;
  const a = arabicShape(arabicWord);
  const l = latinShape(latinWord);
  const au = withoutFinalH(a.units);
  const lu = withoutFinalH(l.units);
  if (au.length !== lu.length || au.length === 0) return false;
  if (!vowelsAgree(a.initialVowel, l.initialVowel) || (a.initialVowel === '' && l.initialVowel !== '')) return false;
  for (let i = 0; i < au.length; i++) {
    if (au[i]!.consonant !== lu[i]!.consonant) return false;
    // the last unit's vowel is free when a final h was dropped from either side
    if (!vowelsAgree(au[i]!.vowel, lu[i]!.vowel)) return false;
  }
  return true;
}

/** Whether two names (variant keys, one Arabic, one Latin) can be the same name, word by word. */
export function sameNameAcrossScripts(arabicKey: string, latinKey: string): boolean {
  const a = arabicKey.split(' ');
  const l = latinKey.split(' ');
  return a.length === l.length && a.every((w, i) => sameWord(w, l[i]!));
}
