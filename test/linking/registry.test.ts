import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EntityRegistry } from '../../src/linking/registry.js';
import { loadNations, loadPersons, readEntitiesFile, SHIPPED_ENTITIES_FILE } from '../../src/linking/registry-data.js';
import { InputError } from '../../src/errors.js';
import { tempDir } from '../helpers/tmp.js';

const nations = new EntityRegistry(loadNations(), []);

test('every gazetteer nation is one entity under its English label, found by names, codes and aliases in both scripts', () => {
  const cases: [string, string][] = [
    ['usa', 'United States'],
    ['U.S.', 'United States'],
    ['US', 'United States'],
    ['America', 'United States'],
    ['الولايات المتحدة', 'United States'],
    ['أمريكا', 'United States'],
    ['KSA', 'Saudi Arabia'],
    ['السعودية', 'Saudi Arabia'],
    ['الأردن', 'Jordan'],
    ['jordan', 'Jordan'],
    ['سوريا', 'Syria'],
    ['سورية', 'Syria'],
    ['UK', 'United Kingdom'],
    ['Britain', 'United Kingdom'],
    ["cote d'ivoire", "Côte d'Ivoire"],
    ['SA', 'Saudi Arabia'],
  ];
  assert.deepEqual(
    cases.map(([name]) => [name, nations.known('nations', name)?.label ?? null]),
    cases,
  );
  assert.deepEqual(nations.known('nations', 'Syria'), { id: 'nation:SY', facet: 'nations', label: 'Syria', labelAr: 'سوريا' });
});

test('a demonym resolves a filter value but is no name of the nation', () => {
  assert.equal(nations.resolve('nations', 'Saudi')?.label, 'Saudi Arabia');
  assert.equal(nations.known('nations', 'Saudi'), null);
  assert.equal(nations.resolve('nations', 'Atlantis'), null);
});

test('facet value search finds a nation by any of its names, in either script', () => {
  assert.deepEqual(
    nations.search('nations', 'سور', 5).map((e) => e.label),
    ['Suriname', 'Syria'],
  );
  assert.deepEqual(
    nations.search('nations', 'emirat', 5).map((e) => e.label),
    ['United Arab Emirates'],
  );
});

const person = (id: string, label: string, labelAr: string | null, names: string[]) => ({ id, label, labelAr, names, weakNames: [] });

test('one name given to two persons is refused at load, naming both', () => {
  assert.throws(
    () =>
      new EntityRegistry(
        [],
        [person('person:a', 'Ali One', null, ['Ali One', 'Abu Ali']), person('person:b', 'Ali Two', null, ['Ali Two', 'abu ali'])],
      ),
    (err: unknown) => err instanceof InputError && err.message === 'the name "abu ali" is given to both person:a and person:b',
  );
});

test('a spelling variant two persons share links neither; their exact names still do', () => {
  const r = new EntityRegistry(
    [],
    [person('person:a', 'Mohammed Ali', null, ['Mohammed Ali']), person('person:b', 'Muhammad Ali', null, ['Muhammad Ali'])],
  );
  assert.deepEqual(
    ['Mohammed Ali', 'Muhammad Ali', 'Mohamed Ali'].map((n) => r.known('persons', n)?.id ?? null),
    ['person:a', 'person:b', null],
  );
});

test('the user file adds persons and aliases to the shipped list, and nation aliases by code', (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'mine.json');
  writeFileSync(
    file,
    JSON.stringify({
      persons: [
        { id: 'nadim-khalaf', en: 'Nadim Khalaf', ar: 'نديم خلف' },
        { id: 'mohammed-bin-salman', aliases: ['The Crown Prince MBS'] },
      ],
      nations: [{ code: 'SA', aliases: ['the Kingdom'] }],
    }),
  );
  const own = readEntitiesFile(file);
  const r = new EntityRegistry(loadNations(own.nations), loadPersons(readEntitiesFile(SHIPPED_ENTITIES_FILE), own));
  assert.deepEqual(
    [
      r.known('persons', 'نديم خلف')?.label,
      r.known('persons', 'the crown prince mbs')?.label,
      r.known('persons', 'محمد بن سلمان')?.label,
      r.known('nations', 'The Kingdom')?.label,
    ],
    ['Nadim Khalaf', 'Mohammed bin Salman', 'Mohammed bin Salman', 'Saudi Arabia'],
  );
});

test('a malformed entity file stops with the variable, the file, the place and the reason', (t) => {
  const file = join(tempDir(t), 'bad.json');
  writeFileSync(file, JSON.stringify({ persons: [{ id: 'Bad Id', en: 'X' }] }));
  assert.throws(
    () => readEntitiesFile(file),
    (err: unknown) =>
      err instanceof InputError && err.message === `ARCHIVIST_ENTITIES: ${file} at persons.0.id: lower-case letters, digits and hyphens`,
  );
  writeFileSync(file, JSON.stringify({ persons: [{ id: 'nobody' }] }));
  assert.throws(
    () => loadPersons(readEntitiesFile(SHIPPED_ENTITIES_FILE), readEntitiesFile(file)),
    (err: unknown) =>
      err instanceof InputError &&
      err.message === 'ARCHIVIST_ENTITIES: person nobody has neither "en" nor "ar", and the shipped list has no such id',
  );
});
