/**
 * Held-out evaluation: our own pages and news texts that the scrapers and the entity extractor
 * were not built against. Each page under pages/ has a sibling .expected.json with the exact
 * values a correct parse gives (docs/document.md body rules, fixtures README entity rules); each
 * entities.json case has the exact nations and persons.
 *
 * Cases that fail today keep their exact expectation and are marked `todo` with the reason, so
 * the run stays green while the defect stays visible (node:test reports todo failures). When a
 * fix lands, the todo reports a pass: delete its KNOWN_* entry to make it a plain test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { z } from 'zod';
import { parseDocument } from '../../src/parse/index.js';
import { entitiesOfText } from '../../src/entities/text.js';

const HERE = fileURLToPath(new URL('./', import.meta.url));
const PAGES = `${HERE}pages/`;
const REPO = fileURLToPath(new URL('../../', import.meta.url));

const Mode = z.enum(['site', 'generic']);
const Expected = z.object({
  about: z.string(),
  modes: z.array(Mode).min(1),
  fetchUrl: z.string().optional(),
  url: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  authors: z.array(z.string()),
  publishedAt: z.string(),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  paragraphs: z.array(z.string()).min(1),
  nations: z.array(z.string()),
  persons: z.array(z.string()),
});
type Expected = z.infer<typeof Expected>;

const EntityCase = z.object({ id: z.string(), text: z.string(), nations: z.array(z.string()), persons: z.array(z.string()) });

/** "<page>/<mode>" -> why it fails today. */
const KNOWN_PAGE_DEFECTS: Record<string, string> = {};

/** entity case id -> why it fails today. */
const KNOWN_ENTITY_DEFECTS: Record<string, string> = {};

function loadPages(): { name: string; expected: Expected }[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.expected\.json$/u, ''),
      expected: Expected.parse(JSON.parse(readFileSync(`${PAGES}${f}`, 'utf8'))),
    }));
}

/** The compared fields of a parsed page, in the expected file's shape. */
function actualFields(name: string, expected: Expected, generic: boolean): Omit<Expected, 'about' | 'modes' | 'fetchUrl'> {
  const doc = parseDocument({ bytes: readFileSync(`${PAGES}${name}.html`), url: expected.fetchUrl, source: name }, { generic });
  const { url, title, subtitle, authors, publishedAt, section, tags, paragraphs } = doc;
  return { url, title, subtitle, authors, publishedAt, section, tags, paragraphs, ...doc.entities };
}

for (const { name, expected } of loadPages()) {
  for (const mode of expected.modes) {
    const key = `${name}/${mode}`;
    const todo = KNOWN_PAGE_DEFECTS[key];
    test(`holdout page ${key}: ${expected.about}`, todo ? { todo } : {}, () => {
      const { about: _a, modes: _m, fetchUrl: _f, ...want } = expected;
      assert.deepEqual(actualFields(name, expected, mode === 'generic'), want);
    });
  }
}

const ENTITY_CASES = z.array(EntityCase).parse(JSON.parse(readFileSync(`${HERE}entities.json`, 'utf8')));

for (const c of ENTITY_CASES) {
  const todo = KNOWN_ENTITY_DEFECTS[c.id];
  test(`holdout entities ${c.id}`, todo ? { todo } : {}, () => {
    assert.deepEqual(entitiesOfText({ text: c.text }), { nations: c.nations, persons: c.persons });
  });
}

test('every known defect names an existing case', () => {
  const pageKeys = new Set(loadPages().flatMap(({ name, expected }) => expected.modes.map((m) => `${name}/${m}`)));
  assert.deepEqual(
    Object.keys(KNOWN_PAGE_DEFECTS).filter((k) => !pageKeys.has(k)),
    [],
  );
  const ids = new Set(ENTITY_CASES.map((c) => c.id));
  assert.deepEqual(
    Object.keys(KNOWN_ENTITY_DEFECTS).filter((k) => !ids.has(k)),
    [],
  );
});

// The CLI's batch mode must give what the library gives, line for line, in input order.
const CLI_TIMEOUT_MS = 60_000; // one tsx start-up on a loaded 2-core machine
test('`archivist entities --ndjson` answers every held-out text like entitiesOfText', async () => {
  const input = ENTITY_CASES.map((c) => JSON.stringify({ id: c.id, text: c.text })).join('\n');
  const run = promisify(execFile);
  const child = run('npx', ['tsx', 'src/cli/main.ts', 'entities', '--ndjson'], { cwd: REPO, timeout: CLI_TIMEOUT_MS });
  child.child.stdin?.end(`${input}\n`);
  const { stdout } = await child;
  const lines = stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);
  assert.deepEqual(
    lines,
    ENTITY_CASES.map((c) => ({ id: c.id, ...entitiesOfText({ text: c.text }) })),
  );
});
