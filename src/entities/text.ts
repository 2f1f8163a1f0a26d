/**
 * @module Entities of a plain text (the `entities` command, batch callers): blank-line separated
 * blocks are paragraphs, the language comes from the script when not given.
 */
import type { Entities } from '../document.js';
import { extractEntities } from './index.js';
import { detectLang } from '../extract/index.js';

export interface TextInput {
  text: string;
  title?: string;
  subtitle?: string | null;
  lang?: string;
}

export function entitiesOfText({ text, title = '', subtitle = null, lang }: TextInput): Entities {
  const paragraphs = text
    .split(/\r?\n\s*\r?\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p.length > 0);
  return extractEntities({ title, subtitle, paragraphs, lang: lang ?? detectLang(`${title} ${text}`) });
}
