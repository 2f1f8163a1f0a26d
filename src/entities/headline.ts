/**
 * @module Title-Case headlines: every word is capitalised there, so a name is cut where the
 * headline's verb or first everyday word starts ("Steven McKenzie Wins Major League …").
 */
import type { Token } from './tokenize.js';
import { commonWords, personsEn as V, widerWords } from './vocab.js';
import { isCommon, isParticle } from './name-words.js';

export function trimHeadline(tokens: readonly Token[], name: readonly number[]): number[] {
  let end = 1;
  while (end < name.length) {
    const t = tokens[name[end]!]!;
    if (!isParticle(t) && isCommon(t)) break;
    // a past-tense verb the common-word list lacks ("Thrashed", "Premiered"); given names
    // that end so ("Ahmed", "Saeed") are known
    if (!V.givenNames.has(t.key) && headlineVerb(t.key)) break;
    end++;
  }
  return name.slice(0, end);
}

export function cutAtHeadlineVerb(tokens: readonly Token[], run: number[]): number[] {
  for (let k = 1; k < run.length; k++) {
    const key = tokens[run[k]!]!.key;
    if (!V.givenNames.has(key) && !V.titles.has(key) && headlineVerb(key)) return run.slice(0, k);
  }
  return run;
}

function headlineVerb(key: string): boolean {
  if (key.endsWith('ed')) return true;
  const stems = [
    key.replace(/e?s$/u, ''),
    key.replace(/s$/u, ''),
    key.replace(/ies$/u, 'y'),
    key.replace(/ed$/u, ''),
    key.replace(/d$/u, ''),
  ].filter((w) => w !== key);
  // "Reaffirms", "Reinvents": the verb behind a re- prefix
  const all = [...stems, ...stems.filter((w) => w.startsWith('re')).map((w) => w.slice(2))];
  return all.some((w) => commonWords.has(w) || widerWords.has(w));
}
