import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { wordsAndValuesContract } from './words-and-values.js';

const dir = mkdtempSync(join(tmpdir(), 'archivist-words-'));
after(() => rmSync(dir, { recursive: true, force: true }));

wordsAndValuesContract('embedded', () => openEmbeddedEngine({ dir }), { phraseMakesWordsOptional: false });
