import { test } from 'node:test';
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { decodeHtml, type DecodeWarning } from '../../src/extract/index.js';
import { ParseError } from '../../src/errors.js';
import { LYING_CONTENT_TYPE, LYING_PAGE_BYTES, LYING_PAGE_TITLE } from '../helpers/lying-charset.js';

test('bytes invalid in the header charset but valid in the meta one: decoded by the meta, with a warning', () => {
  const warnings: DecodeWarning[] = [];
  const text = decodeHtml(LYING_PAGE_BYTES, { contentType: LYING_CONTENT_TYPE, source: 'old.html', onWarning: (w) => warnings.push(w) });
  assert.equal(text.includes(`<title>${LYING_PAGE_TITLE}</title>`), true);
  assert.deepEqual(warnings, [
    {
      code: 'charset_mismatch',
      message: "old.html: bytes are not valid utf-8 as the HTTP header declares; decoded as windows-1256 as the page's <meta> declares",
      declared: 'utf-8',
      used: 'windows-1256',
    },
  ]);
});

test('a header charset the bytes are valid in still wins over the meta, silently', () => {
  const html = '<html><head><meta charset="windows-1256"></head><body><p>مرحبا بكم</p></body></html>';
  const warnings: DecodeWarning[] = [];
  const text = decodeHtml(Buffer.from(html, 'utf8'), { contentType: LYING_CONTENT_TYPE, onWarning: (w) => warnings.push(w) });
  assert.equal(text, html);
  assert.deepEqual(warnings, []);
});

test('bytes valid in neither: the header charset is used and the page fails as before (decode_failed)', () => {
  const html = `<html><head><meta charset="utf-8"></head><body><p>${'أخبار الأردن اليوم '.repeat(20)}</p></body></html>`;
  const bytes = iconv.encode(html, 'windows-1256');
  assert.throws(
    () => decodeHtml(bytes, { contentType: 'text/html; charset=utf-8', source: 'x.html' }),
    (err: unknown) => err instanceof ParseError && err.code === 'decode_failed' && err.message === 'x.html: bytes are not valid utf-8 text',
  );
});
