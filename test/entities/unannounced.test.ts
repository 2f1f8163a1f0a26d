/**
 * Persons that no title, role or unambiguous given name announces, found by how the text uses
 * them (a later bare surname, a list with a found person, the subject slot after the opening
 * verb), and the everyday words that must stay words under the same rules. Texts are our own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities, persons } from './helpers.js';

const ar = (text: string | string[]) => entities(text, 'خبر', 'ar').persons;

test('Arabic: a given name that is also a word opens a name right after the opening verb', () => {
  assert.deepEqual(ar('وأحرز سليم كوليبالي هدف التعادل قبل نهاية المباراة بدقائق.'), ['سليم كوليبالي']);
  assert.deepEqual(ar('فاز الفريق، وافتتح بشير موسوني التسجيل في الدقيقة العاشرة.'), ['بشير موسوني']);
});

test('Arabic: the same words as adjectives stay words', () => {
  assert.deepEqual(ar('اتخذ المجلس قرارا حكيما، ووصفه المراقبون بأنه قرار حكيم جدا.'), []);
  assert.deepEqual(ar('وقال رجل حكيم من القرية إن الأمر بسيط.'), []);
  assert.deepEqual(ar('وتعامل الفريق مع الأزمة بشكل سليم ومتوازن.'), []);
  assert.deepEqual(ar('وبدا المشهد جميل جدا في المساء.'), []);
});

test('Arabic: a two-word name whose family name later follows a verb of saying', () => {
  assert.deepEqual(ar(['شاركت أوفا موانغي في جلسة الحوار حول المناخ.', 'وقالت موانغي إن القارة تدفع ثمن انبعاثات لم تتسبب بها.']), [
    'أوفا موانغي',
  ]);
});

test('Arabic: recurring everyday nouns after a verb of saying are no family names', () => {
  assert.deepEqual(ar('صرح مصدر مسؤول بأن الاجتماع تأجل، وقال مسؤول إن الموعد الجديد لم يحدد.'), []);
  assert.deepEqual(ar('نقلت وكالة رويترز الخبر، وقالت رويترز إن الأسعار ارتفعت.'), []);
  assert.deepEqual(ar('شارك فريق برشلونة في البطولة، وقال برشلونة إن اللاعبين جاهزون.'), []);
  // a found person's family name after a verb is that person again, not a new one
  assert.deepEqual(ar('التقى الوزير فيصل صالح بالوفد. وبحث صالح مع الوفد التعاون، وقال صالح إن النتائج جيدة.'), ['فيصل صالح']);
});

test('Arabic: a two-word name joined by و to a found person', () => {
  assert.deepEqual(ar('تألق في المباراة محمد صلاح وساديو ماني أمام جماهير غفيرة.'), ['ساديو ماني', 'محمد صلاح']);
});

test('Arabic: an object or a construct after a found person and و is no person', () => {
  assert.deepEqual(ar('استقبل الرئيس محمود عباس وفدا رفيعا من اليابان.'), ['محمود عباس']);
  assert.deepEqual(ar('استقبل الملك عبدالله الثاني وقادة دول الخليج في عمان.'), ['عبدالله الثاني']);
});

test('Arabic: a word joined by و to a given name starts the next person', () => {
  assert.deepEqual(ar('التقى محمد وأحمد في المقهى.'), []);
});

test('English: a name without a cue whose surname later stands alone', () => {
  assert.deepEqual(persons('Olayemi Cardoso attended the meeting. Cardoso later raised rates.'), ['Olayemi Cardoso']);
  assert.deepEqual(persons('Bill Gates donated $50 million to the fund. Gates has long backed vaccine programmes.'), ['Bill Gates']);
});

test('English: a known given name before everyday words, with a cue', () => {
  assert.deepEqual(persons('Bill Gates said the fund would grow.'), ['Bill Gates']);
  assert.deepEqual(persons('Microsoft founder Bill Gates toured the site.'), ['Bill Gates']);
});

test('English: lone words after "the" or a place preposition, or owned by a found person, vouch for nobody', () => {
  assert.deepEqual(persons('Bayern Munich beat Dortmund. Fans celebrated in Munich.'), []);
  assert.deepEqual(persons('Grace Church hosted the event. The Church was full.'), []);
  assert.deepEqual(persons('Fighters clashed near Kfar Kila. Kila residents fled.'), []);
  assert.deepEqual(persons('Rose Garden visitors queued. The Garden opened late.'), []);
  assert.deepEqual(persons('The Finance Bill passed. Bill sponsors celebrated.'), []);
  assert.deepEqual(persons('President Omar al-Bashir met envoys. Presidents Bashir and Kiir then spoke. Bashir left.'), ['Omar al-Bashir']);
});
