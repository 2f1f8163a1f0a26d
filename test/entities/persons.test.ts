import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities, persons } from './helpers.js';

test('titles and honorifics are stripped', () => {
  assert.deepEqual(persons('Defense Secretary Ash Carter met Senator Lindsey Graham and Dr. Amal Haddad.'), [
    'Amal Haddad',
    'Ash Carter',
    'Lindsey Graham',
  ]);
  assert.deepEqual(persons('Crown Prince Mohammed bin Salman greeted Sheikh Mohammed bin Rashid Al Maktoum.'), [
    'Mohammed bin Rashid Al Maktoum',
    'Mohammed bin Salman',
  ]);
  assert.deepEqual(persons('King Abdullah II received the envoy.'), ['Abdullah II']);
  assert.deepEqual(persons('British Defence Secretary Michael Fallon and Israeli Prime Minister Benjamin Netanyahu spoke.'), [
    'Benjamin Netanyahu',
    'Michael Fallon',
  ]);
  assert.deepEqual(persons('Mr. Fallon said little.'), ['Fallon']);
});

test('particles and Arabic name parts are kept', () => {
  assert.deepEqual(persons("France's Jean-Yves Le Drian met Ursula von der Leyen, and officials discussed Abu Bakr al-Baghdadi."), [
    'Abu Bakr al-Baghdadi',
    'Jean-Yves Le Drian',
    'Ursula von der Leyen',
  ]);
  assert.deepEqual(persons('President George W. Bush spoke with Sheikh Sabah Al-Ahmad Al-Jaber Al-Sabah.'), [
    'George W. Bush',
    'Sabah Al-Ahmad Al-Jaber Al-Sabah',
  ]);
});

test('a surname-only mention resolves to the fullest name and adds no person', () => {
  assert.deepEqual(persons(['US Defense Secretary Ash Carter arrived.', '"We agreed," Carter said.', 'Carter left.']), ['Ash Carter']);
  assert.deepEqual(persons(['Sultan Haitham bin Tariq Al Said was sworn in.', 'Sultan Haitham pledged continuity.']), [
    'Haitham bin Tariq Al Said',
  ]);
  assert.deepEqual(persons(['Saad Sherida al-Kaabi spoke.', 'Kaabi said demand was strong.']), ['Saad Sherida al-Kaabi']);
});

test('possessives are removed', () => {
  assert.deepEqual(persons("Kylian Mbappé's hat-trick was not enough for Lionel Messi’s rivals."), ['Kylian Mbappé', 'Lionel Messi']);
});

test('names found by their cues: said, told, apposition, role nouns, lists', () => {
  assert.deepEqual(persons('"It is hard," said Tomasz Wierzbicki, an engineer in Gdansk.'), ['Tomasz Wierzbicki']);
  assert.deepEqual(persons('Energy analyst Deniz Yıldız expects growth.'), ['Deniz Yıldız']);
  assert.deepEqual(persons("The club signed Karim Benzema, N'Golo Kanté and Roberto Firmino."), [
    'Karim Benzema',
    "N'Golo Kanté",
    'Roberto Firmino',
  ]);
});

test('places and organisations named after people are not persons', () => {
  assert.deepEqual(persons('Traffic on the King Fahd Causeway and at Charles de Gaulle Airport was heavy.'), []);
  assert.deepEqual(persons('Students at Zayed University and the Sultan Qaboos Grand Mosque visitors.'), []);
  assert.deepEqual(persons('The King Abdullah Financial District hosts the Mohammed bin Rashid Al Maktoum Foundation.'), []);
});

test('Al Bawaba, nations, demonyms and places are never persons', () => {
  assert.deepEqual(persons('Al Bawaba reported that Saudi Arabia and Abu Dhabi signed a deal with New York.'), []);
  assert.deepEqual(persons('The Black Panther film and the Champions League final drew crowds.'), []);
});

test('ALL-CAPS datelines are neither persons nor part of one', () => {
  assert.deepEqual(entities('RIYADH — Chief executive Amin Nasser said shares rose.'), { nations: [], persons: ['Amin Nasser'] });
});

test('Michael Jordan and Chad Morrison are persons, not nations', () => {
  assert.deepEqual(entities('A documentary about Michael Jordan aired. Jordan, now 57, won six titles.'), {
    nations: [],
    persons: ['Michael Jordan'],
  });
  assert.deepEqual(entities('"We are busy," said Chad Morrison, a vet. Morrison added more.'), { nations: [], persons: ['Chad Morrison'] });
});

test('a title word used as a first name stays in the name', () => {
  assert.deepEqual(persons('Sultan Al Jaber, who presided over the summit, spoke.'), ['Sultan Al Jaber']);
});

test('a person named in a Title-Case headline ends at the verb', () => {
  assert.deepEqual(persons('The visit lasted two days.', 'Klaus Meier Welcomes New Trade Deal During Visit to Oman'), ['Klaus Meier']);
  assert.deepEqual(persons('The talks ended.', 'Javier Ortega Reaffirms Support for the Plan'), ['Javier Ortega']);
  assert.deepEqual(persons('Prices rose.', 'Gulf Markets Rally as Oil Climbs'), []);
});

test('a title word is a first name after another title', () => {
  assert.deepEqual(persons('Egyptian President Sultan Khoury met His Majesty Sultan Haitham.'), ['Haitham', 'Sultan Khoury']);
});

test('a capitalised run led by "the" is an organisation', () => {
  assert.deepEqual(persons('The Talno Logistics said revenue rose, and the Marven Holdings said little.'), []);
});

test('Korean names keep a family name that is also a place word', () => {
  assert.deepEqual(persons('"We are ready," said Seo-yeon Park, a coach in Seoul.'), ['Seo-yeon Park']);
});

test('a role noun before a name allows a surname that is an everyday word', () => {
  assert.deepEqual(persons('Liverpool manager Arne Slot praised the team.'), ['Arne Slot']);
});

test('an inner word that is never a name on its own does not break a titled name', () => {
  assert.deepEqual(persons('Iraqi Prime Minister Mohammed Shia al-Sudani met US Secretary of State Antony Blinken.'), [
    'Antony Blinken',
    'Mohammed Shia al-Sudani',
  ]);
});

test('plural organisation words: accords, holdings', () => {
  assert.deepEqual(persons('Columnist Thomas Friedman wrote about the Abraham Accords, said Omar Holdings.'), ['Thomas Friedman']);
});

test('ships and storms named after people are not persons', () => {
  assert.deepEqual(persons('The aircraft carrier Charles de Gaulle sailed after Hurricane Katrina Moore passed.'), []);
});

test('everyday words after a title are not a name', () => {
  assert.deepEqual(persons('Officials discussed the Senior Security Pact with President Bush.'), ['Bush']);
});

test('the last word of the headline does not act as a cue for the first paragraph', () => {
  assert.deepEqual(
    entities('Ghassan Saleh, a director at a firm based in Sao Paulo, spoke.', 'Brazil and China Announce Target on Series'),
    { nations: ['Brazil', 'China'], persons: ['Ghassan Saleh'] },
  );
});

test('Sultan before a family name with a glued article is a first name', () => {
  assert.deepEqual(persons('Emirati astronaut Sultan AlNeyadi landed, and Sultan al-Qassimi wrote about it.'), [
    'Sultan AlNeyadi',
    'Sultan al-Qassimi',
  ]);
});
