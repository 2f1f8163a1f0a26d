/**
 * The research contract (timeline, scan, language/source/author facets) through the Meilisearch
 * adapter against the fake server, which counts facets, filters (IN, NOT IN, comparisons) and
 * sorts as Meilisearch does: runs everywhere, so the adapter's requests are checked on every run.
 */
import { after } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { openMeiliEngine } from '../../src/search/meilisearch/index.js';
import { startFakeMeili, type FakeMeili } from '../helpers/fake-meili.js';
import { researchContract } from './research-cases.js';

let fake: FakeMeili | undefined;
after(async () => fake?.close());

researchContract('meilisearch adapter on the fake server', async () => {
  fake = await startFakeMeili({ pollsBeforeDone: 0 });
  return openMeiliEngine(loadConfig({ MEILI_HOST: fake.url }), silentLogger(), { taskIntervalMs: 1 });
});
