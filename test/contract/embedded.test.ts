import { after } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbeddedEngine } from '../../src/search/embedded/index.js';
import { searchEngineContract } from './search-engine.js';

const dir = mkdtempSync(join(tmpdir(), 'archivist-embedded-'));
after(() => rmSync(dir, { recursive: true, force: true }));

searchEngineContract('embedded', () => openEmbeddedEngine({ dir }));
