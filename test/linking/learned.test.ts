import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LearnedPersons } from '../../src/linking/learned.js';
import { EntityRegistry } from '../../src/linking/registry.js';

const registry = new EntityRegistry(
  [],
  [
    {
      id: 'person:mohammed-bin-salman',
      label: 'Mohammed bin Salman',
      labelAr: 'محمد بن سلمان',
      names: ['Mohammed bin Salman', 'محمد بن سلمان', 'MBS'],
      weakNames: [],
    },
    { id: 'person:staffan-de-mistura', label: 'Staffan de Mistura', labelAr: null, names: ['Staffan de Mistura'], weakNames: [] },
  ],
);

function learned(names: [string, number][]): LearnedPersons {
  const l = new LearnedPersons(registry);
  l.learn(names.map(([value, count]) => ({ value, count })));
  return l;
}

test('an Arabic name and its one Latin spelling in the archive become one person, labelled in English', () => {
  const l = learned([
    ['Ayman Safadi', 5],
    ['أيمن الصفدي', 3],
    ['Ayman al-Safadi', 1],
  ]);
  const en = l.entityOf('Ayman Safadi');
  assert.deepEqual(en, { id: 'person:~ayman safadi', facet: 'persons', label: 'Ayman Safadi', labelAr: 'أيمن الصفدي' });
  assert.equal(l.entityOf('أيمن الصفدي'), en);
  assert.equal(l.entityOf('Ayman al-Safadi'), en);
});

test('spelling variants of one script join without any Arabic form; the most frequent spelling is the label', () => {
  const l = learned([
    ['Mohamed Salah', 2],
    ['Mohammed Salah', 7],
  ]);
  assert.equal(l.entityOf('Mohamed Salah').label, 'Mohammed Salah');
  assert.equal(l.entityOf('Mohamed Salah'), l.entityOf('Mohammed Salah'));
});

test('an Arabic name two Latin names could be, or a Latin name two Arabic names could be, links to neither', () => {
  // حمد and حامد can both be written "Hamad": the Latin name could be either, so neither is linked
  const l = learned([
    ['Hamad bin Khalifa', 4],
    ['حمد بن خليفة', 3],
    ['حامد بن خليفة', 2],
  ]);
  assert.deepEqual(
    ['Hamad bin Khalifa', 'حمد بن خليفة', 'حامد بن خليفة'].map((n) => l.entityOf(n).label),
    ['Hamad bin Khalifa', 'حمد بن خليفة', 'حامد بن خليفة'],
  );
  // حمد بن خليفة could be "Hamad" or "Hamid": linked to neither
  const m = learned([
    ['Hamad bin Khalifa', 4],
    ['Hamid bin Khalifa', 1],
    ['حمد بن خليفة', 3],
  ]);
  assert.equal(m.entityOf('حمد بن خليفة').label, 'حمد بن خليفة');
});

test('"Mahmud" is Mahmoud (محمود), never Mohammed (محمد)', () => {
  const l = learned([
    ['Mahmud Abbas', 4],
    ['محمود عباس', 3],
    ['محمد عباس', 2],
  ]);
  assert.deepEqual(
    ['Mahmud Abbas', 'محمود عباس', 'محمد عباس'].map((n) => l.entityOf(n).label),
    ['Mahmud Abbas', 'Mahmud Abbas', 'محمد عباس'],
  );
});

test('one-word and short names are never linked across scripts', () => {
  const l = learned([
    ['Hassan', 9],
    ['حسن', 9],
    ['Ali Said', 2],
    ['علي سعيد', 2],
  ]);
  assert.deepEqual(
    ['Hassan', 'حسن', 'Ali Said', 'علي سعيد'].map((n) => l.entityOf(n).labelAr),
    [null, 'حسن', null, 'علي سعيد'],
  );
});

test('two people with near names are not merged: Mohammed bin Salman and Mohammed bin Zayed', () => {
  const l = learned([
    ['Mohammed bin Zayed', 4],
    ['محمد بن زايد', 2],
  ]);
  const mbz = l.entityOf('محمد بن زايد');
  assert.equal(mbz.label, 'Mohammed bin Zayed');
  assert.notEqual(mbz.id, 'person:mohammed-bin-salman');
});

test('a registry person with no Arabic name is found by an Arabic spelling; a later Arabic name joins a Latin person', () => {
  const l = learned([['ستافان دي ميستورا', 2]]);
  assert.equal(l.entityOf('ستافان دي ميستورا').id, 'person:staffan-de-mistura');
  const later = learned([['Khaled Meshaal', 3]]);
  assert.equal(later.entityOf('خالد مشعل').label, 'Khaled Meshaal');
});
