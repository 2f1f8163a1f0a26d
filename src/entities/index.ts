/**
 * @module The entities stage: the nations and persons a Document mentions, from its title,
 * subtitle and body. Pure: strings in, sorted unique canonical values out.
 */
import type { Entities } from '../document.js';
import { isTitleCase, tokenizeBlock, type Token } from './tokenize.js';
import { matchNations } from './gazetteer.js';
import { judgeNations } from './nations.js';
import { findPersons } from './persons.js';

export interface EntityInput {
  title: string;
  subtitle: string | null;
  paragraphs: readonly string[];
  lang: string;
}

export function extractEntities(input: EntityInput): Entities {
  const tokens = tokenize(input); // 1. one token stream, block by block
  const matches = matchNations(tokens); // 2. gazetteer: names, codes, demonyms, blockers
  const people = findPersons(tokens, matches); // 3. persons, and the tokens they own
  const nations = judgeNations(tokens, matches, people); // 4. nation senses judged in context
  const { persons } = people;
  return { nations: [...nations].sort(), persons };
}

function tokenize({ title, subtitle, paragraphs }: EntityInput): Token[] {
  const tokens: Token[] = [];
  tokenizeBlock(title, 0, tokens, isTitleCase(title));
  if (subtitle) tokenizeBlock(subtitle, 1, tokens, isTitleCase(subtitle));
  paragraphs.forEach((p, i) => tokenizeBlock(p, i + 2, tokens));
  return tokens;
}
