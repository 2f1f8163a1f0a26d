// Which words a hit's snippet shows, through the embedded engine: a window showing a whole phrase
// (quoted, or a multi-word synonym) wins over an earlier one showing a word of it, and each
// phrase is checked once per document while it is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { searchQuery } from '../../src/search/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { tempDir } from '../helpers/tmp.js';

const FILLER = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
const DOCS = [
  makeDocument(1, { title: 'Farm report', paragraphs: [`Olive oil prices rose. ${FILLER} Then the olive harvest began in Jenin.`] }),
  makeDocument(2, { title: 'Votes', paragraphs: [`The United Nations met. ${FILLER} Later the United States voted.`] }),
];

async function snippetOf(t: Parameters<typeof tempDir>[0], q: string): Promise<string | undefined> {
  const engine = await openEmbeddedEngine({ dir: tempDir(t) });
  await engine.init({ synonyms: [['usa', 'united states']] });
  await engine.upsert(DOCS);
  const result = await engine.search(searchQuery({ q }));
  await engine.close();
  assert.equal(result.total, 1);
  return result.hits[0]?.snippet;
}

test('a quoted phrase: the snippet shows the phrase, not an earlier word of it', async (t) => {
  assert.equal(
    await snippetOf(t, '"olive harvest"'),
    // the last 30 words: a window never runs past the end of the text
    '…w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 Then the <mark>olive</mark> <mark>harvest</mark> began in Jenin',
  );
});

test('a multi-word synonym: the snippet shows the phrase the document matched by', async (t) => {
  assert.equal(
    await snippetOf(t, 'usa'),
    '…w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 Later the <mark>United</mark> <mark>States</mark> voted',
  );
});
