// Exact phrases checked against the stored term lists (src/search/embedded/phrases.ts): the
// words adjacent, in order, within one field, with the fields that hold the phrase reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Document } from '../../src/document.js';
import { facts, toRow } from '../../src/search/embedded/doc-row.js';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { MemoryIndex } from '../../src/search/embedded/memory-index.js';
import { forEachPhrase, KNOWN_PHRASES, phraseFields, phraseSet, type PhraseContext } from '../../src/search/embedded/phrases.js';
import { encodeTokens } from '../../src/search/embedded/row-codec.js';
import { EngineStore } from '../../src/search/embedded/store.js';
import { SynonymTable } from '../../src/search/embedded/synonyms.js';
import { buildTerms, evaluateTerm, NO_MATCH } from '../../src/search/embedded/terms.js';
import { Vocabulary } from '../../src/search/embedded/vocabulary.js';
import { searchQuery } from '../../src/search/engine.js';
import { makeDocument } from '../helpers/documents.js';
import { tempDir } from '../helpers/tmp.js';

/** Documents by key: title, subtitle (null: none) and one paragraph. */
const TEXTS: Record<string, [string, string | null, string]> = {
  body: ['Farm news', null, 'The olive harvest began early this year.'],
  apart: ['Olive oil prices', null, 'The harvest of grapes came first; olive trees wait.'],
  boundary: ['Picking the olive', null, 'Harvest workers arrived at dawn.'],
  title: ['Olive harvest in Jenin', null, 'Farmers picked from dawn.'],
  both: ['Olive harvest ends', null, 'The olive harvest ends today.'],
  king: ['Amman visit', null, 'The king of Jordan spoke first.'],
  kingApart: ['Cairo visit', null, 'The king of Egypt met Jordan officials.'],
  kingReversed: ['Palace', null, 'Of Jordan, the king said little.'],
  song: ['Concert', null, 'They sang new york new york all night.'],
  trains: ['Travel', null, 'From new york to new york by train.'],
  mixed: ['Maps', null, 'New York, new jersey and york.'],
  synSubtitle: ['Fighting resumes', 'Islamic State claims the attack', 'No one else did.'],
  synTitle: ['Islamic State retreats', null, 'The front moved.'],
  synBody: ['Front line', null, 'Islamic State fighters left.'],
  synApart: ['Borders', 'An Islamic group', 'The state said nothing.'],
  synBoundary: ['Clerics', 'They call it Islamic', 'State media disagreed.'],
};
const KEYS = Object.keys(TEXTS);

/** Each document a day newer than the one before, in TEXTS order. */
const DOCS: Document[] = KEYS.map((key, n) => {
  const [title, subtitle, paragraph] = TEXTS[key]!;
  return makeDocument(n, { url: `https://news.example.org/${key}`, title, subtitle, paragraphs: [paragraph], publishedAt: day(n) });
});
const KEY_OF = new Map(DOCS.map((d, i) => [d.id, KEYS[i]!]));

function day(n: number): string {
  return new Date(Date.UTC(2020, 0, 1 + n)).toISOString().replace('.000Z', 'Z');
}

/** The phrase module's inputs over DOCS, written as the engine writes them. */
function contextOf(dir: string): PhraseContext {
  const store = new EngineStore(join(dir, 'engine.db'));
  const vocab = new Vocabulary();
  const index = new MemoryIndex();
  const rows = DOCS.map((d) => toRow(d, vocab));
  const seqs = store.exclusive(() =>
    store.write(
      rows,
      vocab.terms.map((term, id) => ({ id, term })),
    ),
  );
  DOCS.forEach((d, i) => index.add(facts(d, seqs[i]!), rows[i]!.termIds));
  return { store, vocab, index };
}

/** Each document holding the phrase, by key, with the fields reported (title 1, subtitle 2, body 4). */
function matches(ctx: PhraseContext, words: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  forEachPhrase(words, ctx, ctx.index.liveSet(), (doc, fields) => (out[KEY_OF.get(ctx.index.ids[doc]!)!] = fields));
  return out;
}

test('a phrase matches where its words are adjacent and in one field, and reports that field', (t) => {
  const ctx = contextOf(tempDir(t));
  // not "apart" (both words, not adjacent) nor "boundary" (title ends "olive", body starts "harvest")
  assert.deepEqual(matches(ctx, ['olive', 'harvest']), { body: 4, title: 1, both: 5 });
  assert.deepEqual(matches(ctx, ['harvest', 'olive']), {});
  assert.deepEqual(matches(ctx, ['olive', 'zebra']), {}); // a word not indexed
  ctx.store.close();
});

test('three words must follow one another in order', (t) => {
  const ctx = contextOf(tempDir(t));
  assert.deepEqual(matches(ctx, ['king', 'of', 'jordan']), { king: 4 });
  ctx.store.close();
});

test('a phrase repeating its words needs every word in place', (t) => {
  const ctx = contextOf(tempDir(t));
  // "trains" and "mixed" hold "new york" and "new" ... "york" but not the four words in a row
  assert.deepEqual(matches(ctx, ['new', 'york', 'new', 'york']), { song: 4 });
  assert.deepEqual(matches(ctx, ['new', 'york']), { song: 4, trains: 4, mixed: 4 });
  ctx.store.close();
});

test('a multi-word synonym matches as a phrase, scored by the best field that holds it', (t) => {
  const ctx = contextOf(tempDir(t));
  const synonyms = new SynonymTable([['daesh', 'islamic state']]);
  const [term] = buildTerms(['daesh'], ctx.vocab, synonyms, ctx.index);
  const evaluated = evaluateTerm(term!, 0, ctx, ctx.index.liveSet());
  const codes: Record<string, number> = {};
  for (let doc = 0; doc < ctx.index.n; doc++)
    if (evaluated.code[doc] !== NO_MATCH) codes[KEY_OF.get(ctx.index.ids[doc]!)!] = evaluated.code[doc]!;
  // an inexact match (1) in the title (0), subtitle (2) or body (4): not "synApart" (the words
  // apart) nor "synBoundary" (the subtitle ends "islamic", the body starts "state")
  assert.deepEqual(codes, { synSubtitle: 3, synTitle: 1, synBody: 5 });
  assert.deepEqual(evaluated.bits.count(), 3);
  ctx.store.close();
});

/** The rows a phrase module call reads, by document key (a spy on the store). */
function rowsRead(ctx: PhraseContext): string[][] {
  const calls: string[][] = [];
  const read = ctx.store.eachTokenRowHolding.bind(ctx.store);
  ctx.store.eachTokenRowHolding = (seqs, bytes, fn) => {
    calls.push(seqs.map((seq) => KEY_OF.get(ctx.index.ids[ctx.index.docIdxOfSeq(seq)]!)!));
    read(seqs, bytes, fn);
  };
  return calls;
}

const keysOf = (ctx: PhraseContext, set: { toArray(): Uint32Array }) =>
  Array.from(set.toArray(), (doc) => KEY_OF.get(ctx.index.ids[doc]!)!);

test('a phrase set reads each candidate row once while the phrase is remembered, with any filter', (t) => {
  const ctx = contextOf(tempDir(t));
  const calls = rowsRead(ctx);
  const all = ctx.index.liveSet();
  const some = ctx.index.liveSet();
  for (let doc = 0; doc < ctx.index.n; doc++) if (!['apart', 'title'].includes(KEY_OF.get(ctx.index.ids[doc]!)!)) some.delete(doc);
  // first within two documents: only those are read
  assert.deepEqual(keysOf(ctx, phraseSet(['olive', 'harvest'], ctx, some)), ['title']);
  assert.deepEqual(calls, [['apart', 'title']]);
  // then within all: the other candidates are read, not those two again
  assert.deepEqual(keysOf(ctx, phraseSet(['olive', 'harvest'], ctx, all)), ['body', 'title', 'both']);
  assert.deepEqual(calls[1], ['body', 'boundary', 'both']);
  // and again: nothing is read
  assert.deepEqual(keysOf(ctx, phraseSet(['olive', 'harvest'], ctx, some)), ['title']);
  assert.equal(calls.length, 2);
  ctx.store.close();
});

test('a remembered phrase checks documents added since, and forgets everything when documents are renumbered', (t) => {
  const ctx = contextOf(tempDir(t));
  const calls = rowsRead(ctx);
  assert.deepEqual(keysOf(ctx, phraseSet(['new', 'york'], ctx, ctx.index.liveSet())), ['song', 'trains', 'mixed']);
  // "song" written again (a replacement): a new row and document number, unchecked
  const song = DOCS[KEYS.indexOf('song')]!;
  const row = toRow(song, ctx.vocab);
  const [seq] = ctx.store.exclusive(() => ctx.store.write([row], []));
  ctx.index.add(facts(song, seq!), row.termIds);
  assert.deepEqual(keysOf(ctx, phraseSet(['new', 'york'], ctx, ctx.index.liveSet())), ['trains', 'mixed', 'song']);
  assert.deepEqual(calls.at(-1), ['song']);
  ctx.index.compact(); // renumbered: the old sets mean nothing now
  assert.deepEqual(keysOf(ctx, phraseSet(['new', 'york'], ctx, ctx.index.liveSet())), ['trains', 'mixed', 'song']);
  assert.deepEqual(calls.at(-1), ['trains', 'mixed', 'song']);
  ctx.store.close();
});

test('a multi-word synonym is checked once per document while remembered, its fields kept', (t) => {
  const ctx = contextOf(tempDir(t));
  const calls = rowsRead(ctx);
  const synonyms = new SynonymTable([['daesh', 'islamic state']]);
  const codes = () => {
    const [term] = buildTerms(['daesh'], ctx.vocab, synonyms, ctx.index);
    const evaluated = evaluateTerm(term!, 0, ctx, ctx.index.liveSet());
    const out: Record<string, number> = {};
    for (let doc = 0; doc < ctx.index.n; doc++)
      if (evaluated.code[doc] !== NO_MATCH) out[KEY_OF.get(ctx.index.ids[doc]!)!] = evaluated.code[doc]!;
    return out;
  };
  assert.deepEqual(codes(), { synSubtitle: 3, synTitle: 1, synBody: 5 });
  assert.deepEqual(calls, [['synSubtitle', 'synTitle', 'synBody', 'synApart', 'synBoundary']]);
  assert.deepEqual(codes(), { synSubtitle: 3, synTitle: 1, synBody: 5 }); // from what is remembered
  assert.equal(calls.length, 1);
  ctx.store.close();
});

test('phrases beyond the remembered number are forgotten, the least recently used first', (t) => {
  const ctx = contextOf(tempDir(t));
  const calls = rowsRead(ctx);
  const all = ctx.index.liveSet();
  phraseSet(['olive', 'harvest'], ctx, all);
  // as many other phrases (pairs of indexed words) as are remembered
  const words = [...new Set(ctx.vocab.terms)].slice(0, 20);
  let others = 0;
  for (let i = 0; i < words.length && others < KNOWN_PHRASES; i++)
    for (let j = 0; j < words.length && others < KNOWN_PHRASES; j++, others++) phraseSet([words[i]!, words[j]!], ctx, all);
  const before = calls.length;
  phraseSet(['olive', 'harvest'], ctx, all); // dropped: read again
  assert.deepEqual(calls.slice(before), [['body', 'apart', 'boundary', 'title', 'both']]);
  ctx.store.close();
});

/** An engine over DOCS with "daesh" and "islamic state" as synonyms, and its search by keys. */
async function engineOver(dir: string) {
  const engine = await openEmbeddedEngine({ dir });
  await engine.init({ synonyms: [['daesh', 'islamic state']] });
  await engine.upsert(DOCS);
  const keys = async (q: string, sort: 'newest' | 'relevance' = 'newest') =>
    (await engine.search(searchQuery({ q, sort }))).hits.map((h) => KEY_OF.get(h.id));
  return { engine, keys };
}

test('a quoted phrase searched, then a document holding it removed', async (t) => {
  const { engine, keys } = await engineOver(tempDir(t));
  assert.deepEqual(await keys('"olive harvest"'), ['both', 'title', 'body']);
  await engine.remove([DOCS[KEYS.indexOf('title')]!.id]);
  assert.deepEqual(await keys('"olive harvest"'), ['both', 'body']);
  await engine.close();
});

test('a negated phrase removes only the documents holding it', async (t) => {
  const { engine, keys } = await engineOver(tempDir(t));
  assert.deepEqual(await keys('olive -"olive harvest"'), ['boundary', 'apart']);
  await engine.close();
});

test('a search by a synonym finds its multi-word member, the title first, then subtitle, then body', async (t) => {
  const { engine, keys } = await engineOver(tempDir(t));
  assert.deepEqual(await keys('daesh', 'relevance'), ['synTitle', 'synSubtitle', 'synBody']);
  await engine.close();
});

test('the byte comparison only counts occurrences that start where a term number starts', () => {
  // 300 is the varint bytes 0xac 0x02, and 2 is 0x02: [300, 5] holds the bytes of [2, 5]
  const row = (title: number[], body: number[]) => encodeTokens(Uint32Array.from([title.length, 0, body.length, ...title, ...body]));
  const phrase = encodeTokens(Uint32Array.of(2, 5));
  assert.equal(phraseFields(row([], [300, 5]), phrase), 0);
  assert.equal(phraseFields(row([], [300, 5, 2, 5]), phrase), 4);
  assert.equal(phraseFields(row([7, 2], [5, 9]), phrase), 0); // across the title and the body
  assert.equal(phraseFields(row([300, 2, 5], [1]), phrase), 1);
});
