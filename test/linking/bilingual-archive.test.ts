/**
 * One person, one nation, on a small bilingual archive of our own: English and Arabic articles
 * about the same people, with the names as each article gives them (the extractor's output),
 * stored, linked at index time and searched through the HTTP API on the embedded engine.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import request from 'supertest';
import type { Document } from '../../src/document.js';
import { makeDoc } from '../server/helpers.js';
import { realSystem, type RealSystem } from '../server/real.js';

const en = (slug: string, nations: string[], persons: string[], body = 'Officials met to discuss the region.'): Document =>
  makeDoc({
    slug,
    title: `Story ${slug}`,
    paragraphs: [body],
    publishedAt: `2020-01-${String(DOCS_SEEN.push(slug)).padStart(2, '0')}T10:00:00Z`,
    nations,
    persons,
  });
const ar = (slug: string, nations: string[], persons: string[]): Document =>
  makeDoc({
    slug,
    title: `خبر ${slug}`,
    paragraphs: ['التقى المسؤولون لبحث أوضاع المنطقة.'],
    publishedAt: `2020-02-${String(DOCS_SEEN.push(slug)).padStart(2, '0')}T10:00:00Z`,
    nations,
    persons,
    lang: 'ar',
    section: 'أخبار',
  });
const DOCS_SEEN: string[] = [];

const DOCS: Document[] = [
  en('e-mbs-assad', ['Saudi Arabia', 'Syria'], ['Mohammed bin Salman', 'Bashar al-Assad']),
  en('e-mbs-us', ['Saudi Arabia', 'United States'], ['Muhammad bin Salman'], 'U.S. officials welcomed the visit.'),
  en('e-erdogan', ['Turkey', 'Syria'], ['Recep Tayyip Erdoğan', 'Bashar Assad']),
  en('e-abdullah-jordan', ['Jordan'], ['Abdullah II']),
  en('e-abdullah-saudi', ['Saudi Arabia'], ['Abdullah bin Abdulaziz']),
  en('e-mbz', ['United Arab Emirates'], ['Mohammed bin Zayed']),
  en('e-carter', ['United States', 'France', 'Iraq'], ['Ash Carter'], 'US and French ministers met in Paris.'),
  en('e-haddad', ['Lebanon'], ['Samir Haddad']),
  en('e-macron', ['France', 'Lebanon'], ['Emmanuel Macron']),
  ar('a-mbs', ['Saudi Arabia'], ['محمد بن سلمان']),
  ar('a-assad', ['Syria'], ['بشار الأسد']),
  ar('a-erdogan', ['Turkey'], ['رجب طيب أردوغان']),
  ar('a-abdullah-jordan', ['Jordan'], ['عبد الله الثاني']),
  ar('a-abdullah-saudi', ['Saudi Arabia'], ['عبد الله بن عبد العزيز']),
  ar('a-mbz', ['United Arab Emirates'], ['محمد بن زايد']),
  ar('a-haddad', ['Lebanon'], ['سمير حداد']),
];
const SLUG = new Map(DOCS.map((d) => [d.id, d.url.split('/').pop()!]));

let sys: RealSystem;
before(async () => {
  sys = await realSystem({ docs: DOCS });
});
after(async () => {
  await sys.close();
});

async function slugs(query: string): Promise<string[]> {
  const res = await request(sys.app).get(`/api/search?${query}&perPage=100&sort=oldest`).expect(200);
  return (res.body as { hits: { id: string }[] }).hits.map((h) => SLUG.get(h.id)!);
}

const person = (name: string) => `person=${encodeURIComponent(name)}`;
const nation = (name: string) => `nation=${encodeURIComponent(name)}`;

test('a person filter in either script, or by an alias, finds the English and the Arabic articles alike', async () => {
  const mbs = ['e-mbs-assad', 'e-mbs-us', 'a-mbs'];
  for (const name of ['Mohammed bin Salman', 'محمد بن سلمان', 'mbs', 'MUHAMMAD BIN SALMAN'])
    assert.deepEqual(await slugs(person(name)), mbs, name);
  const assad = ['e-mbs-assad', 'e-erdogan', 'a-assad'];
  for (const name of ['Bashar al-Assad', 'بشار الأسد', 'Bashar Assad']) assert.deepEqual(await slugs(person(name)), assad, name);
  assert.deepEqual(await slugs(person('Recep Tayyip Erdogan')), ['e-erdogan', 'a-erdogan']);
  assert.deepEqual(await slugs(person('أردوغان')), ['e-erdogan', 'a-erdogan']);
  assert.deepEqual(await slugs(person('Mohammed bin Zayed')), ['e-mbz', 'a-mbz']);
  assert.deepEqual(await slugs(person('Ashton Carter')), ['e-carter']);
});

test('namesakes stay apart: Abdullah II of Jordan and Abdullah bin Abdulaziz; bin Salman and bin Zayed', async () => {
  assert.deepEqual(await slugs(person('Abdullah II')), ['e-abdullah-jordan', 'a-abdullah-jordan']);
  assert.deepEqual(await slugs(person('Abdullah bin Abdulaziz')), ['e-abdullah-saudi', 'a-abdullah-saudi']);
  assert.deepEqual(await slugs(person('Mohammed bin Salman')), ['e-mbs-assad', 'e-mbs-us', 'a-mbs']);
});

test('a person no list knows is linked across scripts from the archive itself', async () => {
  assert.deepEqual(await slugs(person('Samir Haddad')), ['e-haddad', 'a-haddad']);
  assert.deepEqual(await slugs(person('سمير حداد')), ['e-haddad', 'a-haddad']);
});

test('the person facet shows one value per person with the combined count', async () => {
  const res = await request(sys.app).get('/api/search?perPage=1').expect(200);
  const persons = (res.body as { facets: { persons: { value: string; count: number }[] } }).facets.persons;
  const count = (v: string) => persons.find((p) => p.value === v)?.count;
  assert.deepEqual(
    [
      'Mohammed bin Salman',
      'Bashar al-Assad',
      'Recep Tayyip Erdogan',
      'Abdullah II',
      'Abdullah bin Abdulaziz',
      'Mohammed bin Zayed Al Nahyan',
      'Samir Haddad',
    ].map(count),
    [3, 3, 2, 2, 2, 2, 2],
  );
  assert.equal(
    persons.some((p) => /\p{Script=Arabic}/u.test(p.value)),
    false,
  );
});

test('nation filters forgive case, codes, dots and Arabic: usa, USA, U.S., الولايات المتحدة, الأردن, france', async () => {
  const us = ['e-mbs-us', 'e-carter'];
  // an Arabic demonym with the article, as text writes it after a noun, as well as without
  for (const name of ['usa', 'USA', 'U.S.', 'united states', 'الولايات المتحدة', 'American', 'أمريكية', 'الأمريكية', 'الأمريكي'])
    assert.deepEqual(await slugs(nation(name)), us, name);
  assert.deepEqual(await slugs(nation('الأردن')), ['e-abdullah-jordan', 'a-abdullah-jordan']);
  assert.deepEqual(await slugs(nation('الأردني')), ['e-abdullah-jordan', 'a-abdullah-jordan']);
  assert.deepEqual(await slugs(nation('france')), ['e-carter', 'e-macron']);
  assert.deepEqual(
    await slugs('section=news'),
    DOCS.filter((d) => d.lang === 'en').map((d) => SLUG.get(d.id)),
  );
});

test('the answer echoes the resolved labels', async () => {
  const res = await request(sys.app)
    .get(`/api/search?${nation('usa')}&${person('mbs')}`)
    .expect(200);
  assert.deepEqual(
    [res.body.query.nations, res.body.query.persons, res.body.total, res.body.suggestions],
    [['United States'], ['Mohammed bin Salman'], 1, undefined],
  );
});

test('a surname the registry lists finds its person: person=macron (issue "One person, one nation")', async () => {
  assert.deepEqual(await slugs(person('macron')), ['e-macron']);
});

test('a value that matches nothing: 200, no hits, and the closest labels as suggestions', async () => {
  const res = await request(sys.app)
    .get(`/api/search?${nation('Frence')}&${person('Samir Hadad')}`)
    .expect(200);
  assert.deepEqual(
    [res.body.total, res.body.suggestions],
    [
      0,
      [
        { parameter: 'nation', value: 'Frence', suggestions: ['France'] },
        { parameter: 'person', value: 'Samir Hadad', suggestions: ['Samir Haddad'] },
      ],
    ],
  );
  const page = await request(sys.app)
    .get(`/?${nation('Frence')}`)
    .expect(200);
  assert.match(page.text, /No nation “<bdi>Frence<\/bdi>”\. Did you mean <a href="[^"]*nation=France[^"]*"><bdi>France<\/bdi><\/a>\?/);
});

test('a misspelling is near an entity by any of its names: its Arabic name, an alias, a surname', async () => {
  const res = await request(sys.app)
    .get(`/api/search?${nation('فرنساا')}&${person('رجب طيب أردوغا')}&${person('Erdogann')}&${nation('الأردنن')}`)
    .expect(200);
  assert.deepEqual(res.body.suggestions, [
    { parameter: 'nation', value: 'فرنساا', suggestions: ['France'] },
    { parameter: 'nation', value: 'الأردنن', suggestions: ['Jordan'] },
    { parameter: 'person', value: 'رجب طيب أردوغا', suggestions: ['Recep Tayyip Erdogan'] },
    { parameter: 'person', value: 'Erdogann', suggestions: ['Recep Tayyip Erdogan'] },
  ]);
});

test('facet value search matches any name or alias in either script', async () => {
  const nations = await request(sys.app)
    .get(`/api/facets/nations?q=${encodeURIComponent('سور')}`)
    .expect(200);
  assert.deepEqual(nations.body, [{ value: 'Syria', count: 3 }]);
  const persons = await request(sys.app)
    .get(`/api/facets/persons?q=${encodeURIComponent('أردوغان')}`)
    .expect(200);
  assert.deepEqual(persons.body, [{ value: 'Recep Tayyip Erdogan', count: 2 }]);
  const mbs = await request(sys.app).get('/api/facets/persons?q=mbs').expect(200);
  assert.deepEqual(mbs.body, [{ value: 'Mohammed bin Salman', count: 3 }]);
});

test('a short Arabic prefix lists the most frequent of the many names it matches, not the first found', async () => {
  // ال begins the Arabic names of Saudi Arabia, Jordan, the UAE, the United States, Iraq and
  // dozens of nations the archive does not hold
  const nations = await request(sys.app)
    .get(`/api/facets/nations?q=${encodeURIComponent('ال')}&limit=3`)
    .expect(200);
  assert.deepEqual(nations.body, [
    { value: 'Saudi Arabia', count: 5 },
    { value: 'Jordan', count: 2 },
    { value: 'United Arab Emirates', count: 2 },
  ]);
  const persons = await request(sys.app)
    .get(`/api/facets/persons?q=${encodeURIComponent('محمد')}&limit=2`)
    .expect(200);
  assert.deepEqual(persons.body, [
    { value: 'Mohammed bin Salman', count: 3 },
    { value: 'Mohammed bin Zayed Al Nahyan', count: 2 },
  ]);
});

test('U.S. and US find each other in full text', async () => {
  assert.deepEqual(await slugs('q=U.S.'), ['e-mbs-us', 'e-carter']);
  assert.deepEqual(await slugs('q=US'), ['e-mbs-us', 'e-carter']);
});

test('an Arabic article page shows each entity under its label with the Arabic name beside it', async () => {
  const id = DOCS.find((d) => d.url.endsWith('a-mbs'))!.id;
  const page = await request(sys.app).get(`/articles/${id}`).expect(200);
  assert.match(
    page.text,
    /<a class="chip chip-person" href="\/persons\/Mohammed%20bin%20Salman" title="Profile of Mohammed bin Salman" dir="auto">Mohammed bin Salman · محمد بن سلمان<\/a><a class="chip-profile" href="\/\?person=Mohammed\+bin\+Salman"/,
  );
  assert.match(
    page.text,
    /<a class="chip chip-nation" href="\/nations\/Saudi%20Arabia" title="Profile of Saudi Arabia" dir="auto">Saudi Arabia · السعودية<\/a>/,
  );
});
