/**
 * @module The comparable forms of a name. `nameKey`: the name with case, accents, Arabic letter
 * forms and punctuation folded away ("Erdoğan" = "erdogan", "al-Assad" = "Al Assad"): two
 * spellings with one key are the same spelling. `variantKey`: also the spelling variants that
 * one person's name takes within one script: the Arabic article (al-, el-, as-, ال), bin / ibn /
 * ben, abd al- / abdul / abdel / عبد ال, and the common transliterations of frequent given names
 * (Mohammed / Muhammad / Mohamed). Only variants listed here fold: two different names must never
 * share a key, so a spelling not listed stays apart (a missed merge) rather than risk a wrong one.
 */
import { normalize, WORD_RE } from '../search/query/normalize.js';

// Transliterations of one Arabic given name or family name, as English-language media write them.
// Each group is one name (Hussein and Hassan, Zayed and Zaid, Hamad and Hamid are different names).
const VARIANT_GROUPS: readonly (readonly string[])[] = [
  ['mohammed', 'muhammad', 'mohamed', 'mohammad', 'mohamad', 'muhammed', 'mouhamed', 'mohammod'],
  ['ahmed', 'ahmad'],
  ['mahmoud', 'mahmud', 'mahmood'],
  ['mustafa', 'mostafa', 'moustafa', 'mustapha', 'mostapha'],
  ['hussein', 'husein', 'hussain', 'husain', 'hossein', 'hussien', 'hosein'],
  ['hassan', 'hasan'],
  ['khaled', 'khalid'],
  ['omar', 'umar'],
  ['osama', 'usama', 'oussama'],
  ['youssef', 'yousef', 'yousif', 'yusuf', 'yousuf', 'youssif', 'yusef'],
  ['ibrahim', 'ebrahim'],
  ['abdullah', 'abdallah', 'abdulla', 'abdellah'],
  ['saleh', 'salih'],
  ['fahd', 'fahad'],
  ['faisal', 'faysal', 'feisal'],
  ['khalifa', 'khalifah'],
  ['hamid', 'hamed'],
  ['rashid', 'rashed'],
  ['nasser', 'nasir', 'naser', 'nassir'],
  ['tariq', 'tarek', 'tarik', 'tareq'],
  ['walid', 'waleed'],
  ['majid', 'majed'],
  ['zayed', 'zayid'],
  ['mohsen', 'muhsin'],
  ['hisham', 'hesham'],
  ['jamal', 'gamal'],
  ['adel', 'adil'],
  ['nabil', 'nabeel'],
  ['suleiman', 'sulaiman', 'soleiman', 'sulayman'],
  ['soleimani', 'suleimani'],
  ['othman', 'uthman'],
  ['qassem', 'qasim', 'qasem', 'kassem'],
  ['nasrallah', 'nasrullah'],
  ['haniyeh', 'haniyah', 'haniya'],
  ['maktoum', 'maktum'],
  ['zawahiri', 'zawahri'],
  ['baghdadi', 'bagdadi'],
  ['sisi', 'seesi'],
  ['assad', 'asad'],
  ['erdogan', 'erdoghan'],
  ['rouhani', 'rohani'],
  ['khamenei', 'khamenei', 'khameini'],
  ['abdulaziz', 'abdelaziz', 'abdul aziz', 'abdel aziz', 'abd al aziz', 'abd el aziz'],
];
const VARIANT_OF = new Map<string, string>();
for (const group of VARIANT_GROUPS) for (const spelling of group) if (!spelling.includes(' ')) VARIANT_OF.set(spelling, group[0]!);

// "bin", "ibn", "ben" (not first: "Ben Wallace"), "bn": son of; Arabic ابن / بن.
const SON_OF = new Set(['bin', 'ibn', 'bn', 'ben', 'ابن', 'بن']);
// The article written apart or hyphenated before a name part: al-, el-, and its sun-letter forms.
const LATIN_ARTICLE = /^(?:al|el|as|ash|ad|ar|at|az|an|adh|ath)$/u;
// "Abdul Aziz", "Abd al-Aziz", "Abdel-Aziz", "abdelaziz": the "servant of" prefix and what it joins.
const ABD_PREFIX = /^abd(?:ul|el|al|ol|u|e)?$/u;
const ABD_JOINED = /^abd(?:ul|el|al|ol)(?=[a-z]{3,})/u;

/** The words of a name, folded: case, accents and Arabic letter forms (أ = ا, ة = ه, ى = ي). */
export function nameWords(name: string): string[] {
  return normalize(name).match(WORD_RE) ?? [];
}

/** The name with case, accents, Arabic letter forms and punctuation folded: one key per spelling. */
export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

/** The name with its same-script spelling variants folded too (see the module note). */
export function variantKey(name: string): string {
  const words = nameWords(name);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    const isLast = i === words.length - 1;
    // the article before a name part ("Bashar al-Assad", "Abdel Fattah el-Sisi", "ash-Sharaa"); a
    // first word "Al" is a given name only when the name has two words ("Al Gore")
    if (!isLast && LATIN_ARTICLE.test(w) && (i > 0 || words.length > 2 || hyphenatedArticle(name))) continue;
    if (SON_OF.has(w) && i > 0) {
      out.push('bin');
      continue;
    }
    if (!isLast && ABD_PREFIX.test(w)) {
      // "abd" + ["al"] + name part: one word, as "abdulaziz" writes it
      let j = i + 1;
      if (LATIN_ARTICLE.test(words[j]!) && j < words.length - 1) j++;
      out.push(`abd${variantOf(words[j]!)}`);
      i = j;
      continue;
    }
    if (w === 'عبد' && !isLast) {
      out.push(`عبد${words[i + 1]!}`); // عبد العزيز = عبدالعزيز
      i++;
      continue;
    }
    w = w.replace(ABD_JOINED, 'abd');
    out.push(variantOf(w));
  }
  return out.join(' ');
}

function variantOf(word: string): string {
  return VARIANT_OF.get(word) ?? word;
}

function hyphenatedArticle(name: string): boolean {
  return /^(?:al|el|as|ash|ad|ar|at|az|an)[-‐]/iu.test(name.trim());
}
