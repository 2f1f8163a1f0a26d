/**
 * @module One person, one value: a shorter mention ("Carter", "Sultan Haitham", "al-Kaabi")
 * folds into the fullest name of the same article that contains it, and is not a person of its
 * own. Also says which tokens belong to persons, so that "Jordan" in "Michael Jordan" or
 * "Jordan, now 57" is not read as the nation.
 */

export interface NamePart {
  text: string;
  /** comparison key: lower case, normalised, without an "al-"/"el-" prefix */
  key: string;
}
export interface Name {
  parts: NamePart[];
  /** token indices the name was read from */
  indices: number[];
}

export interface Resolved {
  persons: string[];
  /** token indices inside a person's name as written ("Michael Jordan") */
  claimed: Set<number>;
  /** token indices of later short mentions ("Jordan, now 57"): a person unless context says otherwise */
  mentioned: Set<number>;
}

/**
 * Fold `accepted` names into their fullest forms; `mentions` are other capitalised runs
 * (e.g. a bare surname) that only claim their tokens when they name a resolved person.
 */
export function resolveNames(accepted: readonly Name[], mentions: readonly Name[]): Resolved {
  const byLength = dedupe(accepted).sort((a, b) => b.parts.length - a.parts.length);
  const full: Name[] = [];
  const claimed = new Set<number>();
  const mentioned = new Set<number>();
  for (const name of byLength) {
    const owners = full.filter((f) => f.parts.length > name.parts.length && subsequence(name, f));
    if (owners.length === 0) full.push(name);
    for (const i of name.indices) claimed.add(i);
  }
  for (const m of mentions) {
    if (m.parts.length === 0) continue;
    const hit =
      m.parts.length === 1
        ? full.some((f) => f.parts.length > 1 && f.parts[f.parts.length - 1]!.key === m.parts[0]!.key)
        : full.some((f) => subsequence(m, f));
    if (hit) for (const i of m.indices) mentioned.add(i);
  }
  const persons = [...new Set(full.map((f) => f.parts.map((p) => p.text).join(' ')))].sort();
  return { persons, claimed, mentioned };
}

/** Comparison key of a name part: "al-Kaabi", "Al Kaabi" and "Kaabi" compare equal. */
export function partKey(key: string): string {
  return key.replace(/^(?:al|el)[-‑]/u, '');
}

function dedupe(names: readonly Name[]): Name[] {
  const seen = new Map<string, Name>();
  for (const n of names) {
    const k = n.parts.map((p) => p.key).join(' ');
    const prior = seen.get(k);
    if (prior) prior.indices.push(...n.indices);
    else seen.set(k, { parts: n.parts, indices: [...n.indices] });
  }
  return [...seen.values()];
}

/** Every part of `a`, in order, among the parts of `b` (particles of `b` may be skipped). */
function subsequence(a: Name, b: Name): boolean {
  let j = 0;
  for (const p of a.parts) {
    while (j < b.parts.length && b.parts[j]!.key !== p.key) j++;
    if (j === b.parts.length) return false;
    j++;
  }
  return true;
}
