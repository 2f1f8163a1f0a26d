import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities } from './helpers.js';

const ar = (text: string | string[]) => entities(text, 'خبر', 'ar');

test('Arabic names and demonyms with their clitics map to English canonical names', () => {
  assert.deepEqual(ar('زار الوفد مصر والسعودية وبالعراق.').nations, ['Egypt', 'Iraq', 'Saudi Arabia']);
  assert.deepEqual(ar('أكدت الحكومة المصرية والقوات العراقية ومسؤولون أمريكيون ذلك.').nations, ['Egypt', 'Iraq', 'United States']);
  assert.deepEqual(ar('وصل اللاجئون السوريون والفلسطينيين إلى الإمارات.').nations, ['Palestine', 'Syria', 'United Arab Emirates']);
  assert.deepEqual(ar('التقى مسؤولون من الولايات المتحدة وكوريا الجنوبية.').nations, ['South Korea', 'United States']);
});

test('عمان is Amman in a Jordanian text and Oman with the Sultanate', () => {
  assert.deepEqual(ar('أعلنت الحكومة الأردنية افتتاح المشروع في العاصمة عمان، وقال سكان عمان إنهم سعداء.').nations, ['Jordan']);
  assert.deepEqual(ar('تسعى سلطنة عمان إلى جذب الاستثمارات، ويرى محللون أن عمان تواجه ضغوطاً.').nations, ['Oman']);
});

test('نهر الأردن is the river, the airline is not Qatar, the right foot is not Yemen', () => {
  assert.deepEqual(ar('فقد نهر الأردن معظم مياهه.').nations, []);
  assert.deepEqual(ar('أعلنت الخطوط الجوية القطرية زيادة رحلاتها.').nations, []);
  assert.deepEqual(ar('سدد الكرة بقدمه اليمنى.').nations, []);
  assert.deepEqual(ar('يضم المعرض فناني المغرب العربي.').nations, []);
});

test('titles are removed and the fullest form is kept', () => {
  assert.deepEqual(ar('وقال الشيخ سالم بن حمد الراشدي إن السلطنة وقعت اتفاقيات. وأضاف الراشدي أن العمل مستمر.').persons, [
    'سالم بن حمد الراشدي',
  ]);
  assert.deepEqual(ar('وقالت الدكتورة منى البلوشي إن النجاح ممكن.').persons, ['منى البلوشي']);
  assert.deepEqual(ar('استقبل الملك عبدالله الثاني الرئيس محمود عباس.').persons, ['عبدالله الثاني', 'محمود عباس']);
  assert.deepEqual(ar('مرر البديل عبد الرحمن الغامدي كرة إلى المهاجم علي كاظم الربيعي.').persons, [
    'عبد الرحمن الغامدي',
    'علي كاظم الربيعي',
  ]);
});

test('names led by a role are found even when the given name is unknown', () => {
  assert.deepEqual(ar('وقالت الكاتبة الأردنية سميحة خريس إن المعرض مهم.').persons, ['سميحة خريس']);
});

test('a surname that is also a demonym belongs to the person, not the nation', () => {
  assert.deepEqual(ar('ويرى الخبير الاقتصادي خالد المصري أن الخطوة ضرورية. وأضاف المصري أن الحكومة مطالبة بالتحرك.'), {
    nations: [],
    persons: ['خالد المصري'],
  });
  assert.deepEqual(ar('وافتتح تركي الجهني التسجيل للمنتخب السعودي.'), { nations: ['Saudi Arabia'], persons: ['تركي الجهني'] });
});

test('places named after persons and verbs after role nouns are not persons', () => {
  assert.deepEqual(ar('قالت أستاذة في جامعة السلطان قابوس إن المواطن ينتظر نتائج ملموسة.').persons, []);
});

test('a demonym after a definite noun is the nation even when a person bears it as a surname', () => {
  assert.deepEqual(ar(['قال المدرب رامي المصري إن الفريق جاهز.', 'وأكد وزير الدفاع المصري عمر حبيب أن الخطة ماضية.']), {
    nations: ['Egypt'],
    persons: ['رامي المصري', 'عمر حبيب'],
  });
});

test('a given name that is also a word needs a clear family name', () => {
  assert.deepEqual(ar('وقال حسن خوري، مدير الشركة، إن العمل تم بشكل حسن جدا مع حسن النية.').persons, ['حسن خوري']);
});

test('Gulf patronymics with the article, and a country after أمير is a title', () => {
  assert.deepEqual(ar('استقبل الملك سلمان بن عبدالعزيز أمير الكويت الشيخ مشعل الأحمد الجابر الصباح أمس.'), {
    nations: ['Kuwait'],
    persons: ['سلمان بن عبدالعزيز', 'مشعل الأحمد الجابر الصباح'],
  });
});

test('a transliterated van/von name ends after its family name', () => {
  assert.deepEqual(ar('وأشاد المدرب الهولندي بيرت فان مارفيك بأداء اللاعبين.').persons, ['بيرت فان مارفيك']);
});

test('"his counterpart" (نظيره) is a role word: its demonym is the nation, not a name', () => {
  assert.deepEqual(ar('التقى وزير الخارجية نظيره الفرنسي، وأكد الجانبان أهمية التعاون.'), { nations: ['France'], persons: [] });
});

test('a name the person list spells out is taken whole, with no cue and with parts the rules do not know', () => {
  // رجب is no given name to the rules (it is also a month): one unknown part was all they allowed
  assert.deepEqual(ar('وقال الرئيس التركي رجب طيب أردوغان إن الاتفاق مهم.'), { nations: ['Turkey'], persons: ['رجب طيب أردوغان'] });
  assert.deepEqual(ar('وقال رجب طيب أردوغان إن الاتفاق مهم.').persons, ['رجب طيب أردوغان']);
  assert.deepEqual(ar('ورجب طيب أردوغان قال ذلك.').persons, ['رجب طيب أردوغان']);
});

test('after a known name, a definite noun or a demonym is not its family name; آل and a nisba are', () => {
  assert.deepEqual(ar('ترأس محمد بن سلمان الجلسة.').persons, ['محمد بن سلمان']);
  assert.deepEqual(ar('استقبل محمد بن سلمان الرئيس الفرنسي.'), { nations: ['France'], persons: ['محمد بن سلمان'] });
  assert.deepEqual(ar('قال محمد بن سلمان السعودي ذلك.'), { nations: ['Saudi Arabia'], persons: ['محمد بن سلمان'] });
  assert.deepEqual(ar('وصل محمد بن سلمان آل سعود إلى الرياض.').persons, ['محمد بن سلمان آل سعود']);
  assert.deepEqual(ar('افتتحت جامعة محمد بن سلمان فرعاً جديداً.').persons, []);
});

test("عمان with its vowels is Oman (عُمان) or Amman (عمّان); Jordan's king makes a text one about Jordan", () => {
  assert.deepEqual(ar('وصل الوفد إلى عُمان.').nations, ['Oman']);
  assert.deepEqual(ar('وصل الوفد إلى عمّان.').nations, []);
  assert.deepEqual(ar('استقبل الملك عبدالله الثاني الوفد الأمريكي في عمان.').nations, ['United States']);
  assert.deepEqual(ar('استقبل الملك عبد الله الثاني الوفد في عمان.').nations, []);
  assert.deepEqual(ar('زار الوفد المملكة الأردنية الهاشمية وعمان.').nations, ['Jordan']);
  assert.deepEqual(ar('قال مسؤولون في عمان إن المحادثات مستمرة.').nations, ['Oman']);
});
