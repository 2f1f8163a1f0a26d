/**
 * @module Compiled templates: "{slot} text" strings split once into literal and slot parts,
 * so filling one costs a loop over a short array instead of a regex per sentence.
 */

export type Part = string | { slot: string };
export type Compiled = readonly Part[];

const SLOT = /\{(\w+)\}/g;

export function compile(template: string): Compiled {
  const parts: Part[] = [];
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ slot: m[1]! });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return parts;
}

export function compileAll(templates: readonly string[]): Compiled[] {
  return templates.map(compile);
}

/** Fill a compiled template; `fill` returns the text for one slot. */
export function render(parts: Compiled, fill: (slot: string) => string): string {
  let out = '';
  for (const p of parts) out += typeof p === 'string' ? p : fill(p.slot);
  return out;
}

/** Upper-case the first letter ("the US said" at a sentence start -> "The US said"). */
export function capitalise(s: string): string {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122 ? String.fromCharCode(c - 32) + s.slice(1) : s;
}

// Words a headline keeps in lower case (AP-style title case).
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'amid',
  'after',
  'over',
  'from',
]);

export function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : capitaliseWord(w)))
    .join(' ');
}

function capitaliseWord(w: string): string {
  // Name particles stay as written ("al-Rashid", "von der Heide") but a headline's first word is capitalised.
  return capitalise(w);
}

/**
 * Picks templates without repeating one used in the last `memory` picks: an article may reuse a
 * sentence pattern, but not so soon that two neighbouring sentences read the same.
 */
export class FreshPicker {
  private readonly recent: Compiled[] = [];

  constructor(private readonly memory: number) {}

  pick(list: readonly Compiled[], rng: { pick<T>(items: readonly T[]): T }): Compiled {
    let t = rng.pick(list);
    for (let tries = 0; tries < 8 && this.recent.includes(t); tries++) t = rng.pick(list);
    this.recent.push(t);
    if (this.recent.length > this.memory) this.recent.shift();
    return t;
  }
}
