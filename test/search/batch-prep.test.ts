import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { prepareBatch, type BatchInput } from '../../src/search/embedded/batch-prep.js';
import { batchInput, prepareDocs, PREP_THREAD_MIN_DOCS, rowJson } from '../../src/search/embedded/doc-row.js';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { PrepThread } from '../../src/search/embedded/prep-thread.js';
import { TextCodec } from '../../src/search/embedded/row-codec.js';
import { searchQuery } from '../../src/search/engine.js';
import { EngineError } from '../../src/errors.js';
import type { Document } from '../../src/document.js';
import { makeDocument } from '../helpers/documents.js';

const root = mkdtempSync(join(tmpdir(), 'archivist-batch-prep-'));
after(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const freshDir = () => join(root, `e${dirs++}`);

const DICTIONARY = Buffer.from('{"publishedAt":"2016-01-01"}\n{"url":"https://"}\nthe minister said that the');

const INPUT: BatchInput = {
  fields: ['Oil prices', '', 'Oil rose. Prices fell!', 'Gas', 'Prices of gas', 'Gas and oil'],
  heads: ['{"a":1}\n{"u":"x"}\n', '{"a":2}\n{"u":"y"}\n'],
  dictionary: DICTIONARY,
};

test('a batch numbers its distinct words in order of first use, each document laid out as counts then words', () => {
  const batch = prepareBatch({ ...INPUT, dictionary: undefined });
  assert.deepEqual(batch.words, ['oil', 'prices', 'rose', 'fell', 'gas', 'of', 'and']);
  // document 1: title 2 words, no subtitle, body 4 words; document 2: 1, 3 and 3 words
  assert.deepEqual([...batch.local], [2, 0, 4, 0, 1, 0, 2, 1, 3, 1, 3, 3, 4, 1, 5, 4, 4, 6, 0]);
  assert.deepEqual([...batch.localEnds], [9, 19]);
  assert.equal(batch.packed, undefined);
});

test('hit rows packed with the dictionary inflate back to head and body', () => {
  const batch = prepareBatch(INPUT);
  const codec = new TextCodec(DICTIONARY);
  const ends = [...batch.packedEnds!];
  const rows = ends.map((end, i) => codec.unpack(batch.packed!.subarray(i === 0 ? 0 : ends[i - 1], end)));
  assert.deepEqual(rows, ['{"a":1}\n{"u":"x"}\nOil rose. Prices fell!', '{"a":2}\n{"u":"y"}\nGas and oil']);
});

test('the prep thread gives exactly what the same batch gives on this thread, in the order asked', async () => {
  const thread = new PrepThread();
  try {
    const second: BatchInput = { ...INPUT, fields: ['Beirut', 'Port', 'The port of Beirut', 'Amman', '', 'Amman'] };
    const [a, b] = await Promise.all([thread.prepare(INPUT), thread.prepare(second)]);
    const plain = (x: ReturnType<typeof prepareBatch>) => JSON.parse(JSON.stringify({ ...x, packed: [...x.packed!] }));
    assert.deepEqual(plain(a), plain(prepareBatch(INPUT)));
    assert.deepEqual(plain(b), plain(prepareBatch(second)));
  } finally {
    await thread.close();
  }
});

test('a batch the thread cannot prepare fails with the reason, and the thread serves the next one', async () => {
  const thread = new PrepThread();
  try {
    const broken = { ...INPUT, fields: [null, '', '', '', '', ''] } as unknown as BatchInput;
    await assert.rejects(thread.prepare(broken), /Cannot read properties of null/);
    assert.deepEqual((await thread.prepare(INPUT)).words, prepareBatch(INPUT).words);
  } finally {
    await thread.close();
  }
});

/** Every stored row of the index in `dir` (terms, documents, hit rows), hashed. */
function storedRows(dir: string): Record<string, string> {
  const db = new Database(join(dir, 'engine.db'), { readonly: true });
  try {
    const hash = (sql: string) => {
      const h = createHash('sha256');
      for (const row of db.prepare(sql).raw().iterate())
        h.update(JSON.stringify(row, (_, v) => (v?.type === 'Buffer' ? v.data.join() : v)));
      return h.digest('hex');
    };
    return {
      terms: hash('SELECT * FROM terms ORDER BY id'),
      docs: hash('SELECT * FROM docs ORDER BY seq'),
      hits: hash('SELECT * FROM hits ORDER BY seq'),
    };
  } finally {
    db.close();
  }
}

// bodies long enough that the first few fill the hit rows' dictionary, whatever the first batch's size
const FILLER = 'The committee met again to discuss the harbour, the budget and the roads. '.repeat(30);
const DOCS = Array.from({ length: 150 }, (_, n) =>
  makeDocument(n, {
    title: `Story ${n} on ${['oil', 'gas', 'water'][n % 3]}`,
    paragraphs: [`Word${n % 17} opens story ${n}.`, FILLER, `Detail ${n * 7}.`],
  }),
);

test('batches prepared on the thread store exactly the rows that small batches prepared here store', async () => {
  const [large, small] = [freshDir(), freshDir()];
  const a = await openEmbeddedEngine({ dir: large });
  await a.upsert(DOCS.slice(0, 100)); // on the thread (the first batch also chooses the dictionary)
  await a.upsert(DOCS.slice(100));
  await a.close();
  const b = await openEmbeddedEngine({ dir: small });
  for (let i = 0; i < DOCS.length; i += 10) await b.upsert(DOCS.slice(i, i + 10));
  await b.close();
  assert.deepEqual(storedRows(large), storedRows(small));
});

test('writes handed over without waiting commit in the order called', async () => {
  const engine = await openEmbeddedEngine({ dir: freshDir() });
  const renamed = DOCS.map((d) => ({ ...d, title: `${d.title} revised` }));
  const writes = [engine.upsert(DOCS), engine.upsert(renamed), engine.remove([DOCS[5]!.id]), engine.upsert(DOCS.slice(0, 3))];
  await Promise.all(writes);
  const page = await engine.search(searchQuery({ q: 'story', perPage: 200 }));
  assert.equal(page.total, 149);
  const titles = new Map(page.hits.map((h) => [h.id, h.title]));
  assert.equal(titles.get(DOCS[0]!.id), 'Story 0 on oil');
  assert.equal(titles.get(DOCS[3]!.id), 'Story 3 on oil revised');
  assert.equal(titles.has(DOCS[5]!.id), false);
  await engine.close();
});

test('a batch whose thread fails is prepared on this thread, its rows left to be packed as written', async () => {
  const docs = DOCS.slice(0, PREP_THREAD_MIN_DOCS);
  const json = docs.map((d) => rowJson(d));
  const failures: unknown[] = [];
  const down = { prepare: () => Promise.reject(new Error('thread gone')) } as unknown as PrepThread;
  const prepared = await prepareDocs(
    docs,
    down,
    () => DICTIONARY,
    (err) => failures.push(err),
  );
  assert.deepEqual(prepared, { json, batch: prepareBatch(batchInput(docs, json)) });
  assert.deepEqual(
    failures.map((e) => (e as Error).message),
    ['thread gone'],
  );
});

test('a batch that cannot be prepared fails as an index error in its turn, and the writes around it stand', async () => {
  const engine = await openEmbeddedEngine({ dir: freshDir() });
  const unhandled: unknown[] = [];
  const onUnhandled = (err: unknown) => unhandled.push(err);
  process.on('unhandledRejection', onUnhandled);
  try {
    const broken = { ...DOCS[0]!, id: 'broken', title: undefined } as unknown as Document;
    const first = engine.upsert(DOCS); // on the thread: still pending when the broken batch fails
    const failing = engine.upsert([broken]);
    const after = engine.upsert([{ ...DOCS[1]!, title: 'Story 1 rewritten' }]);
    await new Promise((resolve) => setImmediate(resolve));
    await first;
    await assert.rejects(failing, (e: unknown) => e instanceof EngineError && e.code === 'index_failed');
    await after;
    assert.equal(await engine.count(), 150);
    const hit = (await engine.search(searchQuery({ q: 'rewritten' }))).hits.map((h) => h.title);
    assert.deepEqual(hit, ['Story 1 rewritten']);
    assert.deepEqual(unhandled, []);
  } finally {
    process.off('unhandledRejection', onUnhandled);
    await engine.close();
  }
});
