/**
 * @module The app's own Meilisearch key: scoped to the one index and to the actions the adapter
 * uses, made with the master key by a one-shot step (`archivist meili-key`, the compose
 * `meili-key` service), so the app never holds the master key nor a key that can manage keys.
 * Idempotent: a key of the right name with the right scope is reused; one whose scope differs
 * (an older app version's) is replaced.
 */
import { Meilisearch } from 'meilisearch';
import type { Key } from 'meilisearch';

/** Every action the adapter performs (src/search/meilisearch/engine.ts), and nothing else. */
export const APP_KEY_ACTIONS = [
  'search',
  'documents.add',
  'documents.delete',
  'indexes.create',
  'indexes.get',
  'settings.get',
  'settings.update',
  'tasks.get',
  'stats.get',
] as const;
export const APP_KEY_NAME = 'archivist-app';

export interface AppKeyResult {
  key: string;
  /** created now, reused as it was, or made anew because the old one's scope differed */
  outcome: 'created' | 'reused' | 'replaced';
}

/** The scoped key for `indexUid`, made with `masterKey` when there is none yet. */
export async function ensureAppKey(host: string, masterKey: string, indexUid: string): Promise<AppKeyResult> {
  const client = new Meilisearch({ host, apiKey: masterKey, clientAgents: ['archivist'] });
  const keys = (await client.getKeys({ limit: 1_000 })).results;
  const ours = keys.filter((k) => k.name === APP_KEY_NAME);
  const fitting = ours.find((k) => scopeFits(k, indexUid));
  if (fitting) return { key: fitting.key, outcome: 'reused' };
  for (const stale of ours) await client.deleteKey(stale.uid);
  const created = await client.createKey({
    name: APP_KEY_NAME,
    description: `archivist: search and index ${indexUid} (made by archivist meili-key)`,
    actions: [...APP_KEY_ACTIONS],
    indexes: [indexUid],
    expiresAt: null,
  });
  return { key: created.key, outcome: ours.length > 0 ? 'replaced' : 'created' };
}

function scopeFits(key: Key, indexUid: string): boolean {
  const actions = [...key.actions].sort();
  return (
    key.expiresAt === null &&
    key.indexes.length === 1 &&
    key.indexes[0] === indexUid &&
    actions.length === APP_KEY_ACTIONS.length &&
    [...APP_KEY_ACTIONS].sort().every((a, i) => actions[i] === a)
  );
}
