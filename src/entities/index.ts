// PLACEHOLDER until the entities stage lands: the signature is the agreed one.
import type { Entities } from '../document.js';

export interface EntityInput {
  title: string;
  subtitle: string | null;
  paragraphs: readonly string[];
  lang: string;
}

export function extractEntities(_input: EntityInput): Entities {
  return { nations: [], persons: [] };
}
