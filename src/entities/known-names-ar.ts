/**
 * @module Arabic names the shipped person list spells out (config/entities/persons.json: the
 * Arabic label and aliases of two words or more), found as they stand in the text. The rules
 * of persons-ar.ts read a name from a given name or a title and allow one part they do not
 * know: رجب طيب أردوغان has two (رجب is no given name there, and it is also a month), and after
 * محمد بن سلمان they cannot tell the family name الراشدي from the noun الجلسة. A name the list
 * spells out is taken whole, wherever it stands; only a family-name continuation the rules
 * would give any name (آل سعود, a nisba such as الراشدي) may follow it.
 *
 * The extraction stays pure: this is the list shipped with the code, read once. A user's own
 * entity file (ARCHIVIST_ENTITIES) links names at index time and does not change extraction.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { tokenizeBlock, type Token } from './tokenize.js';
import { isArabic } from './arabic-forms.js';
import { stripConjunction } from './arabic-words.js';

const SHIPPED_PERSONS = new URL('../../config/entities/persons.json', import.meta.url);
// Only what this module reads; the linking step validates the file in full.
const PersonsFile = z.object({
  persons: z.array(z.object({ ar: z.string().optional(), aliases: z.array(z.string()).default([]) })),
});

/** Each known name's word keys, as the tokenizer gives them, by the key of its first word. */
type KnownNames = ReadonlyMap<string, readonly (readonly string[])[]>;

let known: KnownNames | undefined;

/** The known Arabic names of two words or more, keyed as tokens are (read on first use). */
function knownNames(): KnownNames {
  if (known) return known;
  const parsed = PersonsFile.parse(JSON.parse(readFileSync(SHIPPED_PERSONS, 'utf8')));
  const byFirst = new Map<string, string[][]>();
  for (const person of parsed.persons) {
    for (const form of [person.ar ?? '', ...person.aliases]) {
      if (!isArabic(form)) continue;
      const tokens: Token[] = [];
      tokenizeBlock(form, 0, tokens);
      const keys = tokens.filter((t) => t.kind === 'word').map((t) => t.key);
      if (keys.length < 2 || keys.length !== tokens.length) continue; // one word, or punctuation inside
      const list = byFirst.get(keys[0]!) ?? byFirst.set(keys[0]!, []).get(keys[0]!)!;
      list.push(keys);
    }
  }
  // longest first: محمد بن سلمان آل سعود before محمد بن سلمان
  for (const list of byFirst.values()) list.sort((a, b) => b.length - a.length);
  return (known = byFirst);
}

/** A known name in the text: its words' token indices, and the conjunction its first word carries. */
export interface KnownName {
  parts: number[];
  /** "و" for "ورجب طيب أردوغان": not part of the name */
  prefix: string;
}

/** The known name starting at token `i`, or null. Words of one name stay in one block. */
export function knownNameAt(tokens: readonly Token[], i: number): KnownName | null {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return null;
  const names = knownNames();
  // the word as it stands first: the conjunction is stripped only for a word no name starts with
  const direct = names.get(first.key);
  const bare = direct ? first.key : stripConjunction(first.key);
  const candidates = direct ?? names.get(bare);
  if (!candidates) return null;
  for (const keys of candidates) {
    let k = 1;
    while (k < keys.length && sameBlockWord(tokens, i, i + k) && tokens[i + k]!.key === keys[k]) k++;
    if (k === keys.length)
      return { parts: Array.from({ length: k }, (_, n) => i + n), prefix: first.key.slice(0, first.key.length - bare.length) };
  }
  return null;
}

function sameBlockWord(tokens: readonly Token[], i: number, j: number): boolean {
  const t = tokens[j];
  return !!t && t.kind === 'word' && t.block === tokens[i]!.block;
}
