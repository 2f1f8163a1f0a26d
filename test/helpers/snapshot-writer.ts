/**
 * @module Child process of the snapshot crash test: on the embedded index in argv[2], replaces
 * one document and saves a snapshot, over and over, printing a line after each save, until it
 * is killed.
 */
import { openEmbeddedEngine, type EmbeddedEngine } from '../../src/search/embedded/index.js';
import { crashDoc } from './crash-docs.js';

const dir = process.argv[2]!;
const docs = Number(process.argv[3]);
const engine = (await openEmbeddedEngine({ dir })) as EmbeddedEngine;
for (let round = 0; ; round++) {
  await engine.upsert([crashDoc(round % docs, round)]);
  await engine.checkpoint();
  process.stdout.write(`saved ${round}\n`);
}
