/**
 * The search contract against a real Meilisearch, when MEILI_HOST names one (MEILI_API_KEY if it
 * needs a key). Without it the suite is reported as skipped, never as passed. Each run uses its
 * own index, deleted afterwards, so a shared server is left as it was.
 */
import { after } from 'node:test';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/log.js';
import { openMeiliEngine } from '../../src/search/meilisearch/index.js';
import { searchEngineContract } from './search-engine.js';
import { wordsAndValuesContract } from './words-and-values.js';

const skip = process.env.MEILI_HOST ? false : 'MEILI_HOST not set: no Meilisearch to test against';
const indexUid = `archivist_contract_${process.pid}_${Date.now()}`;
// the words and values contract has its own documents, so its own index
const wordsIndexUid = `${indexUid}_words`;

function testConfig(index = indexUid) {
  return loadConfig({ MEILI_HOST: process.env.MEILI_HOST, MEILI_API_KEY: process.env.MEILI_API_KEY, MEILI_INDEX: index });
}

searchEngineContract('meilisearch', () => openMeiliEngine(testConfig(), silentLogger()), { skip });
wordsAndValuesContract('meilisearch', () => openMeiliEngine(testConfig(wordsIndexUid), silentLogger()), {
  skip,
  phraseMakesWordsOptional: true,
});

if (!skip) {
  after(async () => {
    // The port has no "drop the index" (clear keeps settings): delete it with one HTTP call.
    const { meiliHost, meiliApiKey } = testConfig();
    const headers: Record<string, string> = meiliApiKey ? { authorization: `Bearer ${meiliApiKey}` } : {};
    for (const uid of [indexUid, wordsIndexUid]) await fetch(new URL(`/indexes/${uid}`, meiliHost), { method: 'DELETE', headers });
  });
}
