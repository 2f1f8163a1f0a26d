/**
 * @module Persons of a document, English and Arabic script alike: candidate names from each
 * script's rules, folded to one value per person, plus the tokens persons own (so the nation
 * step can leave "Michael Jordan" and "خالد المصري" alone).
 */
import type { Token } from './tokenize.js';
import type { NationMatch } from './gazetteer.js';
import { findSpans, judgeSpan, promoteEchoed, promoteListed } from './persons-en.js';
import { findArabicNames } from './persons-ar.js';
import { partKey, resolveNames, type Name, type Resolved } from './resolve.js';

export function findPersons(tokens: readonly Token[], matches: readonly NationMatch[]): Resolved {
  const nationTokens = new Set<number>();
  const demonymTokens = new Set<number>();
  const blockedTokens = new Set<number>();
  const countryTokens = new Set<number>();
  for (const m of matches) {
    if (m.entry.kind === 'block') for (let i = m.start; i < m.end; i++) blockedTokens.add(i);
    if (m.part !== undefined || m.entry.kind === 'block') continue;
    for (let i = m.start; i < m.end; i++) {
      nationTokens.add(i);
      if (m.entry.kind === 'demonym') demonymTokens.add(i);
      else countryTokens.add(i);
    }
  }
  // 1. English: capitalised runs, judged, then promoted by a later lone surname and by list neighbours
  const spans = findSpans(tokens).map((run) => judgeSpan(tokens, run, nationTokens, demonymTokens, blockedTokens));
  promoteEchoed(tokens, spans);
  promoteListed(tokens, spans);
  const accepted: Name[] = spans.filter((s) => !s.rejected).map((s) => toName(tokens, s.name));
  const mentions: Name[] = spans.filter((s) => s.rejected).map((s) => toName(tokens, s.name.length > 0 ? s.name : s.run));
  // 2. Arabic script: cue- and given-name-led names
  const arabic = findArabicNames(tokens, nationTokens, countryTokens);
  accepted.push(...arabic.accepted);
  mentions.push(...arabic.mentions);
  // 3. one value per person; 4. short mentions in Title-Case headlines claim their tokens
  const resolved = resolveNames(accepted, mentions);
  claimInHeadlines(tokens, resolved);
  return resolved;
}

function toName(tokens: readonly Token[], indices: readonly number[]): Name {
  return { parts: indices.map((i) => ({ text: tokens[i]!.text, key: partKey(tokens[i]!.key) })), indices: [...indices] };
}

function claimInHeadlines(tokens: readonly Token[], resolved: Resolved): void {
  if (resolved.persons.length === 0) return;
  const names = resolved.persons.map((p) => p.split(' ').map((w) => partKey(w.toLowerCase()))).filter((n) => n.length > 1);
  tokens.forEach((t, i) => {
    if (!t.titleCase || t.kind !== 'word') return;
    const key = partKey(t.key);
    for (const parts of names) {
      if (key === parts[parts.length - 1]) resolved.mentioned.add(i);
      if (key !== parts[0]) continue;
      let k = 1;
      while (k < parts.length && partKey(tokens[i + k]?.key ?? '') === parts[k]) k++;
      if (k === parts.length) for (let m = 0; m < k; m++) resolved.claimed.add(i + m);
    }
  });
}
