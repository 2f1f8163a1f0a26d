/**
 * @module Synonym groups for the embedded engine: a run of query words equal to one member of
 * a group ("islamic state", "daesh") becomes one query term matching any member.
 */
import { tokenize } from '../query/index.js';
import type { SynonymGroups } from '../engine.js';

export interface SynonymMatch {
  /** how many query words the matched member covers */
  length: number;
  /** every member of the group, as normalised words */
  members: string[][];
}

export class SynonymTable {
  /** first word of a member -> the members starting with it and their group */
  private readonly byFirst = new Map<string, { member: string[]; group: string[][] }[]>();

  constructor(groups: SynonymGroups) {
    for (const raw of groups) {
      const group = raw.map(tokenize).filter((m) => m.length > 0);
      for (const member of group) {
        const list = this.byFirst.get(member[0]!) ?? [];
        list.push({ member, group });
        this.byFirst.set(member[0]!, list);
      }
    }
    // longest members first, so "islamic state" wins over a group holding just "islamic"
    for (const list of this.byFirst.values()) list.sort((a, b) => b.member.length - a.member.length);
  }

  /** The longest member starting at words[at], if any. */
  match(words: readonly string[], at: number): SynonymMatch | undefined {
    for (const { member, group } of this.byFirst.get(words[at]!) ?? []) {
      if (member.every((w, i) => words[at + i] === w)) return { length: member.length, members: group };
    }
    return undefined;
  }
}
