/**
 * The words and values contract through the Meilisearch adapter against the fake server, which
 * tokenises and reads queries as Meilisearch does (test/helpers/fake-meili/): runs everywhere,
 * so a change to the adapter that a real server would expose fails here first.
 */
import { after } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { openMeiliEngine } from '../../src/search/meilisearch/index.js';
import { startFakeMeili, type FakeMeili } from '../helpers/fake-meili.js';
import { wordsAndValuesContract } from './words-and-values.js';

let fake: FakeMeili | undefined;
after(async () => fake?.close());

wordsAndValuesContract(
  'meilisearch adapter on the fake server',
  async () => {
    fake = await startFakeMeili({ pollsBeforeDone: 0 });
    return openMeiliEngine(loadConfig({ MEILI_HOST: fake.url }), silentLogger(), { taskIntervalMs: 1 });
  },
  { phraseMakesWordsOptional: true },
);
