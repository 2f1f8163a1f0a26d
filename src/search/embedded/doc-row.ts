/**
 * @module A document as the embedded engine stores it: its words normalised (a batch at a time,
 * on the prep thread when large: batch-prep.ts) and numbered by the vocabulary, the packed
 * columns of its rows, and its facts as the in-memory index takes them.
 */
import type { Document } from '../../document.js';
import { FIELDS, partOf, prepareBatch, type BatchInput, type PreparedBatch } from './batch-prep.js';
import type { DocFacts } from './memory-index.js';
import { encodeTokens } from './row-codec.js';
import type { PrepThread } from './prep-thread.js';
import { hitHead, hitText, type DocRow, type PackedHits } from './store.js';
import type { Vocabulary } from './vocabulary.js';

/** The facet fields of a document, as kept in its docs row. */
export interface StoredFacets {
  publishedAt: string;
  section: string | null;
  nations: string[];
  persons: string[];
  lang: string;
  source: string;
  authors: string[];
}

/** What a hit shows beyond its facets. */
export interface ShownFields {
  url: string;
  title: string;
  subtitle: string | null;
}

/** A row to write, with the term numbers themselves (the in-memory index takes them unpacked). */
export interface NewRow extends DocRow {
  termIds: Uint32Array;
}

/** A document's stored JSON: its facets and what a hit shows beyond them. */
export interface RowJson {
  facets: string;
  shown: string;
}

export function rowJson(d: Document): RowJson {
  const shown: ShownFields = { url: d.url, title: d.title, subtitle: d.subtitle };
  return { facets: JSON.stringify(storedFacets(d)), shown: JSON.stringify(shown) };
}

/** What a batch's documents give the prep thread (batch-prep.ts), beside their stored JSON. */
export function batchInput(docs: readonly Document[], json: readonly RowJson[], dictionary?: Uint8Array): BatchInput {
  return {
    fields: docs.flatMap((d) => [d.title, d.subtitle ?? '', d.body]),
    heads: json.map(hitHead),
    ...(dictionary ? { dictionary } : {}),
  };
}

/**
 * The rows of a prepared batch, the batch's words numbered by `vocab` (new words get the next
 * numbers: call under the write lock), with the hit rows packed ahead when the batch has them.
 */
export function numberedRows(
  docs: readonly Document[],
  { json, batch, dictionary }: PreparedDocs,
  vocab: Vocabulary,
): { rows: NewRow[]; packed: PackedHits | undefined } {
  const numbers = Uint32Array.from(batch.words, (w) => vocab.intern(w));
  const rows = docs.map((d, i): NewRow => {
    const local = partOf(batch.local, batch.localEnds, i);
    const termIds = new Uint32Array(local.length);
    for (let f = 0; f < FIELDS; f++) termIds[f] = local[f]!; // the fields' word counts
    for (let p = FIELDS; p < local.length; p++) termIds[p] = numbers[local[p]!]!;
    return { id: d.id, ts: Date.parse(d.publishedAt) / 1000, ...json[i]!, body: d.body, tokens: encodeTokens(termIds), termIds };
  });
  const { packed, packedEnds } = batch;
  if (!packed || !packedEnds || !dictionary) return { rows, packed: undefined };
  const bytes = Buffer.from(packed.buffer, packed.byteOffset, packed.byteLength);
  return { rows, packed: { dictionary, data: docs.map((_, i) => partOf(bytes, packedEnds, i)) } };
}

/**
 * Batches this large are prepared on the prep thread (prep-thread.ts). Smaller ones come from
 * callers that wait for each (the server's write API, a drain of a few documents): for them the
 * thread would only add the hand-over, copying the batch over and back (10-30% of the work of
 * preparing it, measured on batches of 8 to 256 generated articles).
 */
export const PREP_THREAD_MIN_DOCS = 64;

/**
 * A batch ready to write: its stored JSON, its words and, when packed ahead, its hit rows with
 * their dictionary.
 */
export interface PreparedDocs {
  json: RowJson[];
  batch: PreparedBatch;
  dictionary?: Buffer;
}

/**
 * A batch's JSON, words and hit rows: on the prep thread for a large batch, its rows packed with
 * `dictionaryFor(samples)` (the file's dictionary, or the one these rows would give a file without
 * one); on this thread for a small batch or when the thread failed (the rows are then packed as
 * they are written).
 */
export async function prepareDocs(
  docs: readonly Document[],
  thread: PrepThread,
  dictionaryFor: (samples: () => readonly string[]) => Buffer,
  onThreadFailure: (err: unknown) => void,
): Promise<PreparedDocs> {
  const json = docs.map((d) => rowJson(d));
  if (docs.length >= PREP_THREAD_MIN_DOCS) {
    const dictionary = dictionaryFor(() => json.map((j, i) => hitText({ ...j, body: docs[i]!.body })));
    try {
      return { json, batch: await thread.prepare(batchInput(docs, json, dictionary)), dictionary };
    } catch (err) {
      onThreadFailure(err);
    }
  }
  return { json, batch: prepareBatch(batchInput(docs, json)) };
}

/** One document's row, prepared on this thread (tests; the engine writes batches). */
export function toRow(d: Document, vocab: Vocabulary): NewRow {
  const json = [rowJson(d)];
  return numberedRows([d], { json, batch: prepareBatch(batchInput([d], json)) }, vocab).rows[0]!;
}

export function storedFacets(d: Document): StoredFacets {
  return {
    publishedAt: d.publishedAt,
    section: d.section,
    nations: d.entities.nations,
    persons: d.entities.persons,
    lang: d.lang,
    source: d.source,
    authors: d.authors,
  };
}

export function facts(d: Document, seq: number): DocFacts {
  return { id: d.id, seq, ts: Date.parse(d.publishedAt) / 1000, ...storedFacets(d) };
}
