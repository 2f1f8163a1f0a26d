import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities, nations } from './helpers.js';

test('aliases and abbreviations map to the canonical short name', () => {
  assert.deepEqual(nations('The US, the U.S., USA and America all joined; the United States of America signed too.'), ['United States']);
  assert.deepEqual(nations('UK officials and Britain agreed, as did Great Britain.'), ['United Kingdom']);
  assert.deepEqual(nations('The UAE and the Emirates are one country.'), ['United Arab Emirates']);
  assert.deepEqual(nations('KSA and the Kingdom of Saudi Arabia.'), ['Saudi Arabia']);
});

// Values are sorted by UTF-16 code unit (Array.prototype.sort), so "Czech" comes before "Côte".
test('canonical names follow the everyday English short form', () => {
  assert.deepEqual(
    nations('Talks involved the Russian Federation, the Islamic Republic of Iran, the Syrian Arab Republic and the Republic of Korea.'),
    ['Iran', 'Russia', 'South Korea', 'Syria'],
  );
  assert.deepEqual(nations('Türkiye, Czechia, Holland and Ivory Coast sent delegates.'), [
    'Czech Republic',
    "Côte d'Ivoire",
    'Netherlands',
    'Turkey',
  ]);
  assert.deepEqual(nations('Fighting spread from the DRC to the Republic of the Congo.'), [
    'Democratic Republic of the Congo',
    'Republic of the Congo',
  ]);
  assert.deepEqual(nations('North Korea fired a missile; the State of Palestine protested.'), ['North Korea', 'Palestine']);
});

test('demonyms and adjectives name the state', () => {
  assert.deepEqual(nations('The French defense minister met Iraqi forces and Emirati pilots in a Saudi-led mission.'), [
    'France',
    'Iraq',
    'Saudi Arabia',
    'United Arab Emirates',
  ]);
  assert.deepEqual(nations('Iraqis, Americans and Britons voted; Dutch and Swiss observers watched.'), [
    'Iraq',
    'Netherlands',
    'Switzerland',
    'United Kingdom',
    'United States',
  ]);
  assert.deepEqual(nations('An Israeli-Palestinian meeting and a US-brokered truce.'), ['Israel', 'Palestine', 'United States']);
});

test('"us" and "Us" are not the United States, "US" is', () => {
  assert.deepEqual(nations('Tell us what you think, the minister said to us.'), []);
  assert.deepEqual(nations('He said the US would help.'), ['United States']);
});

test('the food turkey is not Turkey', () => {
  assert.deepEqual(nations('Families ate roast turkey and stuffing.'), []);
  assert.deepEqual(nations('Chefs say demand is high.', 'Dubai Restaurants Roll Out the Turkey as Expats Mark Thanksgiving'), []);
  assert.deepEqual(nations('Turkey dinner sales rose in Dubai.'), []);
  assert.deepEqual(nations('Turkey and Greece agreed to talk.'), ['Greece', 'Turkey']);
});

test('Michael Jordan, Jordan Henderson and the Jordan River are not Jordan', () => {
  assert.deepEqual(nations('Fans watched Michael Jordan highlights. Jordan, now 57, won six titles.'), []);
  assert.deepEqual(nations('Jordan Henderson joined a Saudi club. Henderson said he was proud.'), ['Saudi Arabia']);
  assert.deepEqual(nations('Water levels in the Jordan River fell again.'), []);
  assert.deepEqual(nations('Farmers along the Jordan have lost their wells.'), []);
  assert.deepEqual(nations('Jordan reopened its border with Iraq.'), ['Iraq', 'Jordan']);
});

test('Georgia the US state is not Georgia the country', () => {
  assert.deepEqual(nations('She is a teacher from Atlanta, Georgia, who moved to Doha.'), []);
  assert.deepEqual(nations('Georgia Governor Brian Kemp signed the bill.'), []);
  assert.deepEqual(nations('The pipeline crosses Georgia and Turkey.'), ['Georgia', 'Turkey']);
});

test('Chad as a first name, china plates and china the material', () => {
  assert.deepEqual(nations('"It was busy," said Chad Morrison, a vet in Doha.'), []);
  assert.deepEqual(nations('She packed her fine china plates.'), []);
  assert.deepEqual(nations('Chad and Niger closed the border.'), ['Chad', 'Niger']);
});

test('a company name holding a country word does not mention the country', () => {
  assert.deepEqual(nations('Qatar Airways, Oman Air and Saudi Aramco reported results.'), []);
  assert.deepEqual(nations('Emirates carried more passengers.'), []);
  assert.deepEqual(nations('Saudi Air Force jets flew over Riyadh.'), ['Saudi Arabia']);
});

test('cities, regions, organisations and US states are not nations', () => {
  assert.deepEqual(
    nations('Paris, Mosul, Amman and Dubai; the Gulf, the Middle East, the Levant, Kurdistan, Sinai, Gaza and the West Bank.'),
    [],
  );
  assert.deepEqual(nations('The EU, NATO, the UN, OPEC, the GCC and the Arab League met in Indiana.'), []);
  assert.deepEqual(nations('KUWAIT CITY — Flights resumed in Kuwait City and Mexico City.'), []);
  assert.deepEqual(nations('Ships crossed the Indian Ocean and the South China Sea towards North America.'), []);
});

test('the language sense of a demonym is not the state', () => {
  assert.deepEqual(nations('The book was translated into French and Spanish.'), []);
  assert.deepEqual(nations('French troops arrived.'), ['France']);
});

test('possessives and datelines', () => {
  assert.deepEqual(nations("AMMAN, Jordan — France's envoy praised Qatar’s role."), ['France', 'Jordan', 'Qatar']);
});

test('a surname that is a nation stays the nation when listed with nations', () => {
  assert.deepEqual(nations('Fans queued for trainers once worn by Michael Jordan. Officials from Syria, Kuwait and Jordan will meet.'), [
    'Jordan',
    'Kuwait',
    'Syria',
  ]);
});

test('irregular demonym plurals', () => {
  assert.deepEqual(nations('Spaniards, Croats and Azeris travelled.'), ['Azerbaijan', 'Croatia', 'Spain']);
});

test('alternative spellings that are English words or given names do not fire', () => {
  assert.deepEqual(nations('Tourists visited Jeju Island; Dominique Martin met Nippon Steel executives.'), []);
});

test('a title after an ambiguous name keeps the country', () => {
  assert.deepEqual(entities('Jordan King Abdullah II met China President Xi Jinping.'), {
    nations: ['China', 'Jordan'],
    persons: ['Abdullah II', 'Xi Jinping'],
  });
});
