/**
 * @module Word classes shared by the English person rules: name particles and everyday words.
 */
import type { Token } from './tokenize.js';
import { commonWords, personsEn as V } from './vocab.js';

export function isParticle(t: Token): boolean {
  return V.particles.has(t.key);
}

export function isCommon(t: Token): boolean {
  return commonWords.has(t.key) || V.nonNameWords.has(t.key);
}
