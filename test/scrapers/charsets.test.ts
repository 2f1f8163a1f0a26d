import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { parseDocument } from '../../src/parse/index.js';

const ARABIC_PAGE = `<!DOCTYPE html><html lang="ar" dir="rtl"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">
<title>أمطار غزيرة في العقبة | Al Bawaba</title>
<link rel="canonical" href="https://www.albawaba.com/ar/أخبار/أمطار-غزيرة-في-العقبة-5501">
</head><body>
<ol class="breadcrumb"><li><a href="/">الرئيسية</a></li><li><a href="/ar/أخبار">أخبار</a></li></ol>
<h1 class="page-header">أمطار غزيرة في العقبة</h1>
<div class="field field-name-field-publish-date"><span class="date-display-single">نشر بتاريخ 3 شباط 2013 - 18:45 بتوقيت غرينتش</span></div>
<div class="field field-name-field-author"><div class="field-item">البوابة</div></div>
<div class="field field-name-body"><div class="field-item">
<p>هطلت أمطار غزيرة على مدينة العقبة مساء الأحد، ما أدى إلى إغلاق عدد من الطرق الرئيسية لساعات.</p>
<p>وقالت مديرية الدفاع المدني إن فرقها تعاملت مع عشرات البلاغات دون تسجيل إصابات.</p>
</div></div></body></html>`;

const LATIN1_PAGE = `<!DOCTYPE html><html lang="fr"><head>
<meta charset="iso-8859-1">
<title>Café de la gare rouvre ses portes</title>
<meta property="og:url" content="https://journal.example/ville/cafe-de-la-gare">
<meta property="article:published_time" content="2014-10-09T08:00:00+02:00">
</head><body><h1>Café de la gare rouvre ses portes</h1>
<div class="article-body">
<p>Après deux ans de travaux, le café de la gare a rouvert ses portes lundi, à la grande joie des habitués du quartier.</p>
<p>\u201cC'est comme retrouver un vieil ami\u201d, confie une cliente fidèle, venue dès l'ouverture à sept heures.</p>
</div></body></html>`;

test('a windows-1256 Arabic page decodes through its meta charset', () => {
  // windows-1256 has no Arabic-Indic digits: pages in it write dates with ASCII digits.
  const bytes = iconv.encode(ARABIC_PAGE, 'windows-1256');
  assert.notEqual(bytes.length, Buffer.byteLength(ARABIC_PAGE)); // truly single-byte Arabic, not UTF-8
  const doc = parseDocument({ bytes, source: 'cp1256.html' }, { entities: false });
  assert.equal(doc.title, 'أمطار غزيرة في العقبة');
  assert.equal(doc.publishedAt, '2013-02-03T18:45:00Z');
  assert.deepEqual(doc.authors, ['البوابة']);
  assert.equal(doc.section, 'أخبار');
  assert.deepEqual(doc.paragraphs, [
    'هطلت أمطار غزيرة على مدينة العقبة مساء الأحد، ما أدى إلى إغلاق عدد من الطرق الرئيسية لساعات.',
    'وقالت مديرية الدفاع المدني إن فرقها تعاملت مع عشرات البلاغات دون تسجيل إصابات.',
  ]);
});

test('the HTTP Content-Type charset wins over a wrong meta declaration', () => {
  const bytes = iconv.encode(ARABIC_PAGE.replace('charset=windows-1256', 'charset=utf-8'), 'windows-1256');
  const doc = parseDocument({ bytes, contentType: 'text/html; charset=windows-1256', source: 'x' }, { entities: false });
  assert.equal(doc.title, 'أمطار غزيرة في العقبة');
});

test('an iso-8859-1 page decodes as windows-1252 (curly quotes in 0x80-0x9F survive)', () => {
  const bytes = iconv.encode(LATIN1_PAGE, 'windows-1252');
  assert.equal(bytes.includes(0x93), true);
  const doc = parseDocument({ bytes, source: 'latin1.html' }, { entities: false });
  assert.equal(doc.lang, 'fr');
  assert.equal(doc.title, 'Café de la gare rouvre ses portes');
  assert.equal(doc.publishedAt, '2014-10-09T06:00:00Z');
  assert.deepEqual(doc.paragraphs, [
    'Après deux ans de travaux, le café de la gare a rouvert ses portes lundi, à la grande joie des habitués du quartier.',
    "“C'est comme retrouver un vieil ami”, confie une cliente fidèle, venue dès l'ouverture à sept heures.",
  ]);
});
